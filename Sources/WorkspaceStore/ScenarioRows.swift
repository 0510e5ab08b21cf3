import GRDB
import PlanningDomain

/// Where a participant stands in the workspace (the `participant.status` column).
enum ParticipantStatus: String, CaseIterable {
    /// In the group's latest import.
    case active
    /// Imported once, absent from the latest import; kept so that their copies can be cancelled.
    case withdrawn
    /// Erased on request: an anonymous tombstone without name, e-mail, language or answers.
    case forgotten
}

/// Reads a group's scenario back from its rows and the centre's records.
enum ScenarioRows {
    static func scenario(of group: Group.ID, _ db: Database) throws -> Scenario? {
        guard
            let row = try StoredRow.fetchAll(
                db,
                table: "workspace_group",
                key: ["id"],
                sql: "SELECT * FROM workspace_group WHERE id = ?",
                arguments: [group.rawValue]
            ).first
        else { return nil }
        guard let (organisation, travelBuffer) = try CentreRows.organisation(db) else {
            throw SchemaMismatch(problem: "table 'centre' has no row, yet groups were imported")
        }
        let rules = try row.json("rules", StoredSettings.Rules.self, "the rules (JSON)")
        let sessionRules = try row.json("session_rules", [StoredSettings.SessionRule].self, "the sessions (JSON)")
        let initiator = try row.optionalText("initiator")
        return Scenario(
            organisation: organisation,
            group: Group(
                id: group,
                title: try row.text("title"),
                theme: try row.text("theme"),
                type: try row.value("type", GroupType.self),
                region: try row.text("region"),
                quorum: try row.integer("quorum"),
                maximumSize: try row.integer("maximum_size"),
                initiator: initiator.map { Participant.ID($0) },
                calendarTitle: try row.value("calendar_title", CalendarTitle.self)
            ),
            facilitators: try facilitators(of: group, db),
            venues: try venues(of: group, db),
            sessionRules: try sessionRules.map { try $0.domain(row, "session_rules") },
            candidates: try candidates(of: group, db),
            participants: try participants(of: group, status: .active, db),
            closures: try CentreRows.closures(db),
            rules: try rules.domain(row, "rules"),
            travelBufferMinutes: travelBuffer
        )
    }

    /// The facilitators the group's scenario named, in its order, from the centre's records, with the group's
    /// busy and tentative candidates.
    static func facilitators(of group: Group.ID, _ db: Database) throws -> [Facilitator] {
        let records = try CentreRows.facilitators(db)
        var busy: [Facilitator.ID: Set<CandidateSlot.ID>] = [:]
        var tentative: [Facilitator.ID: Set<CandidateSlot.ID>] = [:]
        for row in try StoredRow.fetchAll(
            db,
            table: "facilitator_slot",
            key: ["group_id", "facilitator_id", "slot_id"],
            sql: "SELECT * FROM facilitator_slot WHERE group_id = ?",
            arguments: [group.rawValue]
        ) {
            let facilitator: Facilitator.ID = try row.id("facilitator_id")
            let slot: CandidateSlot.ID = try row.id("slot_id")
            switch try row.value("kind", SlotKind.self) {
            case .busy: busy[facilitator, default: []].insert(slot)
            case .tentative: tentative[facilitator, default: []].insert(slot)
            }
        }
        return try named(of: group, table: "group_facilitator", column: "facilitator_id", db).map { row, id in
            guard var facilitator = records[Facilitator.ID(id)] else {
                throw row.problem("facilitator_id", "a facilitator of the centre's records")
            }
            facilitator.busySlots = busy[facilitator.id] ?? []
            facilitator.tentativeSlots = tentative[facilitator.id] ?? []
            return facilitator
        }
    }

    /// The venues the group's scenario named, in its order, from the centre's records, with the group's
    /// booked candidates.
    static func venues(of group: Group.ID, _ db: Database) throws -> [Venue] {
        let records = try CentreRows.venues(db)
        var booked: [Venue.ID: Set<CandidateSlot.ID>] = [:]
        for row in try StoredRow.fetchAll(
            db,
            table: "venue_booking",
            key: ["group_id", "venue_id", "slot_id"],
            sql: "SELECT * FROM venue_booking WHERE group_id = ?",
            arguments: [group.rawValue]
        ) {
            booked[try row.id("venue_id"), default: []].insert(try row.id("slot_id"))
        }
        return try named(of: group, table: "group_venue", column: "venue_id", db).map { row, id in
            guard var venue = records[Venue.ID(id)] else {
                throw row.problem("venue_id", "a venue of the centre's records")
            }
            venue.bookedSlots = booked[venue.id] ?? []
            return venue
        }
    }

    /// The group's candidate slots, in the order of the scenario imported.
    static func candidates(of group: Group.ID, _ db: Database) throws -> [CandidateSlot] {
        try StoredRow.fetchAll(
            db,
            table: "candidate_slot",
            key: ["group_id", "id"],
            sql: "SELECT * FROM candidate_slot WHERE group_id = ? ORDER BY position, id",
            arguments: [group.rawValue]
        ).map { row in
            CandidateSlot(
                id: try row.id("id"),
                kind: try row.value("kind", SessionKind.self),
                start: try row.dateTime("start"),
                durationMinutes: try row.integer("duration_minutes"),
                venue: try row.id("venue"),
                facilitator: try row.id("facilitator")
            )
        }
    }

    /// The group's participants of one status with their merged answers (`AnswerMerge`), in the order of the
    /// scenario imported.
    static func participants(of group: Group.ID, status: ParticipantStatus, _ db: Database) throws -> [Participant] {
        let given = try AnswerRows.givenAnswers(of: group, status: status, db)
        return try StoredRow.fetchAll(
            db,
            table: "participant",
            key: ["group_id", "id"],
            sql: "SELECT * FROM participant WHERE group_id = ? AND status = ? ORDER BY position, id",
            arguments: [group.rawValue, status.rawValue]
        ).map { row in
            let id: Participant.ID = try row.id("id")
            return Participant(
                id: id,
                name: try row.text("name"),
                email: try row.text("email"),
                language: Language(try row.text("language")),
                isInitiator: try row.bool("is_initiator"),
                needsStepFreeAccess: try row.bool("needs_step_free_access"),
                answers: AnswerRows.merged(given[id] ?? [:])
            )
        }
    }

    // MARK: - Private helpers

    /// Busy or tentative (`facilitator_slot.kind`).
    enum SlotKind: String, CaseIterable {
        case busy, tentative
    }

    /// The ids a group names in `table` (`group_facilitator`, `group_venue`), in order, with their rows.
    private static func named(
        of group: Group.ID,
        table: String,
        column: String,
        _ db: Database
    ) throws
        -> [(StoredRow, String)]
    {
        try StoredRow.fetchAll(
            db,
            table: table,
            key: ["group_id", column],
            sql: "SELECT * FROM \(table) WHERE group_id = ? ORDER BY position, \(column)",
            arguments: [group.rawValue]
        ).map { row in (row, try row.text(column)) }
    }
}
