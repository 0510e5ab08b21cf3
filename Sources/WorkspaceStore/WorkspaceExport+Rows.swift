import GRDB

extension WorkspaceExport {
    /// Reads every group from its rows, withdrawn and forgotten participants included.
    static func document(_ db: Database) throws -> WorkspaceExport {
        let groups = try Row.fetchAll(db, sql: "SELECT * FROM workspace_group ORDER BY id").map { row in
            try group(row, db)
        }
        return WorkspaceExport(schemaVersion: WorkspaceSchema.currentVersion, groups: groups)
    }

    // MARK: - Private helpers

    private static func group(_ row: Row, _ db: Database) throws -> Group {
        let id: String = row["id"]
        let what = "group '\(id)'"
        let key: StatementArguments = [id]
        return Group(
            id: id,
            title: row["title"],
            theme: row["theme"],
            type: row["type"],
            region: row["region"],
            quorum: row["quorum"],
            maximumSize: row["maximum_size"],
            initiator: row["initiator"],
            organisation: try StoredSettings.decoded(StoredSettings.Organisation.self, row["organisation"], what),
            rules: try StoredSettings.decoded(StoredSettings.Rules.self, row["rules"], what),
            sessions: try StoredSettings.decoded([StoredSettings.SessionRule].self, row["session_rules"], what),
            facilitators: try StoredSettings.decoded([StoredSettings.Facilitator].self, row["facilitators"], what),
            venues: try StoredSettings.decoded([StoredSettings.Venue].self, row["venues"], what),
            closures: try StoredSettings.decoded([StoredSettings.Closure].self, row["closures"], what),
            candidates: try Row.fetchAll(
                db,
                sql: "SELECT * FROM candidate_slot WHERE group_id = ? ORDER BY position, id",
                arguments: key
            ).map {
                Candidate(
                    id: $0["id"],
                    kind: $0["kind"],
                    start: $0["start"],
                    durationMinutes: $0["duration_minutes"],
                    venue: $0["venue"],
                    facilitator: $0["facilitator"]
                )
            },
            participants: try participants(of: id, db),
            forgottenAnswerCounts: try Row.fetchAll(
                db,
                sql: "SELECT * FROM forgotten_answer_count WHERE group_id = ? ORDER BY slot_id, availability",
                arguments: key
            ).map { AnswerCount(candidate: $0["slot_id"], availability: $0["availability"], count: $0["count"]) },
            pinned: Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db,
                    sql: "SELECT kind, slot_id FROM pinned_session WHERE group_id = ?",
                    arguments: key
                ).map { ($0["kind"] as String, $0["slot_id"] as String) }
            ),
            publications: try publications(of: id, db)
        )
    }

    private static func participants(of group: String, _ db: Database) throws -> [Participant] {
        var answers: [String: [String: String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM answer WHERE group_id = ?", arguments: [group]) {
            answers[row["participant_id"], default: [:]][row["slot_id"]] = row["availability"]
        }
        return try Row.fetchAll(
            db,
            sql: "SELECT * FROM participant WHERE group_id = ? ORDER BY position, id",
            arguments: [group]
        ).map { row in
            let id: String = row["id"]
            let status: String = row["status"]
            guard status != ParticipantStatus.forgotten.rawValue else { return Participant(id: id, status: status) }
            return Participant(
                id: id,
                status: status,
                name: row["name"],
                email: row["email"],
                language: row["language"],
                initiator: row["is_initiator"],
                stepFree: row["needs_step_free_access"],
                answers: answers[id] ?? [:]
            )
        }
    }

    private static func publications(of group: String, _ db: Database) throws -> [Publication] {
        var copies: [String: [String: Copy]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM recipient_copy WHERE group_id = ?", arguments: [group]) {
            copies[row["kind"], default: [:]][row["participant_id"]] = Copy(
                sequence: row["sequence"],
                cancelled: row["is_cancelled"],
                reply: row["reply"]
            )
        }
        return try Row.fetchAll(
            db,
            sql: "SELECT * FROM session_publication WHERE group_id = ?",
            arguments: [group]
        ).map { row in
            let kind: String = row["kind"]
            return Publication(
                kind: kind,
                uid: row["uid"],
                sequence: row["sequence"],
                candidate: row["slot_id"],
                start: row["start"],
                end: row["end"],
                venue: row["venue"],
                cancelled: row["is_cancelled"],
                recipients: copies[kind] ?? [:]
            )
        }.sorted { sessionOrder($0.kind) < sessionOrder($1.kind) }
    }

    /// Publications in the order sessions happen (an unknown kind last, by name).
    private static func sessionOrder(_ kind: String) -> (Int, String) {
        let order = ["information", "founding1", "founding2", "review", "workshop"]
        return (order.firstIndex(of: kind) ?? order.count, kind)
    }
}
