import GRDB

/// A table or column the current schema has and the workspace file lacks (renamed or dropped by hand), or a
/// row that must be there and is not.
struct SchemaMismatch: Error {
    /// What is wrong, as the end of a sentence: `table 'participant' has no column 'status'`.
    var problem: String

    /// A table that is missing.
    static func missing(_ table: String) -> Self { Self(problem: "table '\(table)' is missing") }

    /// A column that is missing from its table.
    static func missing(_ table: String, column: String) -> Self {
        Self(problem: "table '\(table)' has no column '\(column)'")
    }
}

extension WorkspaceSchema {
    /// Every table of the current schema with the columns the code reads and writes.
    static let tables: [(name: String, columns: [String])] = [
        (
            "workspace_group",
            [
                "id", "title", "theme", "type", "region", "quorum", "maximum_size", "initiator", "rules",
                "session_rules",
                "calendar_title",
            ]
        ),
        (
            "centre",
            [
                "id", "name", "time_zone", "language", "organiser_name", "organiser_email", "uid_domain", "phone",
                "travel_buffer_minutes",
            ]
        ),
        (
            "facilitator",
            [
                "id", "name", "email", "phone", "away_dates", "languages", "session_kinds", "workshops",
                "all_workshops", "weekly_limit", "monthly_limit",
            ]
        ),
        ("venue", ["id", "name", "address", "capacity", "has_step_free_access", "opening_hours", "access"]),
        ("closure", ["id", "first_day", "last_day", "reason"]),
        ("group_facilitator", ["group_id", "facilitator_id", "position"]),
        ("facilitator_slot", ["group_id", "facilitator_id", "slot_id", "kind"]),
        ("group_venue", ["group_id", "venue_id", "position"]),
        ("venue_booking", ["group_id", "venue_id", "slot_id"]),
        (
            "candidate_slot",
            ["group_id", "id", "position", "kind", "start", "duration_minutes", "venue", "facilitator"]
        ),
        (
            "participant",
            [
                "group_id", "id", "position", "status", "name", "email", "language", "is_initiator",
                "needs_step_free_access", "email_key",
            ]
        ),
        (
            "answer",
            [
                "group_id", "participant_id", "slot_id", "origin_kind", "origin_detail", "origin_order",
                "availability", "given_at",
            ]
        ),
        ("forgotten_answer_count", ["group_id", "slot_id", "availability", "count"]),
        ("pinned_session", ["group_id", "kind", "slot_id"]),
        (
            "session_publication",
            ["group_id", "kind", "uid", "sequence", "slot_id", "start", "end", "venue", "is_cancelled", "facilitator"]
        ),
        ("recipient_copy", ["group_id", "kind", "participant_id", "sequence", "is_cancelled", "reply"]),
        ("facilitator_copy", ["group_id", "kind", "facilitator_id", "sequence", "is_cancelled", "reply"]),
        ("publication_run", ["number", "group_id", "created_at", "reason"]),
        (
            "handover",
            [
                "group_id", "uid", "sequence", "every_weeks", "first_start", "duration_minutes", "last_day",
                "skipped_days", "venue", "is_cancelled",
            ]
        ),
        ("handover_copy", ["group_id", "participant_id", "sequence", "is_cancelled", "reply"]),
        (
            "outbox_message",
            [
                "id", "run", "group_id", "workshop_id", "recipient_kind", "recipient_id", "session_kind", "uid",
                "sequence", "method",
                "reason", "file_stem", "ics", "eml", "envelope_from", "envelope_to", "state", "state_text",
                "state_at", "attempts", "last_attempt_at", "is_erased",
            ]
        ),
        ("staff_account", ["name", "password_hash", "created_at", "password_changed_at"]),
        ("web_session", ["key_digest", "value", "expires_at"]),
        ("personal_link", ["digest", "group_id", "participant_id", "issued_at", "revoked_at"]),
        ("rate_limit", ["bucket", "window_start", "count"]),
        ("group_web", ["group_id", "is_poll_open", "shows_title", "shows_counts"]),
        ("participant_phone", ["group_id", "participant_id", "phone"]),
        (
            "link_message",
            ["id", "group_id", "participant_id", "requested_at", "state", "state_text", "state_at", "attempts"]
        ),
        ("server_key", ["id", "key"]),
        (
            "registration",
            ["group_id", "participant_id", "registered_at", "source", "consent_at", "consent_version", "waiting_rank"]
        ),
        ("intake_record", ["group_id", "need", "theme", "member_profile", "type", "initiator_role"]),
        ("intake_interview", ["id", "staff_id", "status", "start_at", "sequence", "link_digest"]),
        ("group_public", ["group_id", "public_text", "audience", "staff_in_charge"]),
        (
            "recruitment_message",
            ["id", "kind", "recipient_kind", "body", "state", "mail", "envelope_from", "envelope_to", "state_text"]
        ),
        (
            "workshop_publication",
            ["workshop_id", "person_id", "uid", "sequence", "slot_id", "start", "end", "venue", "status"]
        ),
        ("waiting_notice", ["workshop_id", "person_id", "rank"]),
        ("workshop_person", ["id", "status", "name", "email", "language"]),
    ]

    /// Throws ``SchemaMismatch`` for the first table or column of the current schema the file lacks, so that a
    /// workspace edited by hand is refused when opened, naming what is missing, instead of failing later.
    static func checkTables(_ db: Database) throws {
        for table in tables {
            let present = Set(
                try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table.name]).compactMap {
                    row -> String? in
                    if case .string(let name) = (row.first?.1 ?? .null).storage { return name.lowercased() }
                    return nil
                }
            )
            guard !present.isEmpty else { throw SchemaMismatch.missing(table.name) }
            if let missing = table.columns.first(where: { !present.contains($0) }) {
                throw SchemaMismatch.missing(table.name, column: missing)
            }
        }
    }
}
