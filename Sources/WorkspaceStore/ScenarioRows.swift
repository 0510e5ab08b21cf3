import GRDB
import PlanningDomain

/// Where a participant stands in the workspace (the `participant.status` column).
enum ParticipantStatus: String {
    /// In the group's latest import.
    case active
    /// Imported once, absent from the latest import; kept so that their copies can be cancelled.
    case withdrawn
    /// Erased on request: an anonymous tombstone without name, e-mail, language or answers.
    case forgotten
}

/// Reads a group's scenario back from its rows.
enum ScenarioRows {
    static func scenario(of group: Group.ID, _ db: Database) throws -> Scenario? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT * FROM workspace_group WHERE id = ?",
                arguments: [group.rawValue]
            )
        else { return nil }
        let what = "group '\(group)'"
        let organisation = try StoredSettings.decoded(StoredSettings.Organisation.self, row["organisation"], what)
        let rules = try StoredSettings.decoded(StoredSettings.Rules.self, row["rules"], what)
        let sessionRules = try StoredSettings.decoded([StoredSettings.SessionRule].self, row["session_rules"], what)
        let facilitators = try StoredSettings.decoded([StoredSettings.Facilitator].self, row["facilitators"], what)
        let venues = try StoredSettings.decoded([StoredSettings.Venue].self, row["venues"], what)
        let closures = try StoredSettings.decoded([StoredSettings.Closure].self, row["closures"], what)
        let initiator: String? = row["initiator"]
        return Scenario(
            organisation: organisation.domain,
            group: Group(
                id: group,
                title: row["title"],
                theme: row["theme"],
                type: try StoredValueError.decode(GroupType.self, row["type"], "\(what): type"),
                region: row["region"],
                quorum: row["quorum"],
                maximumSize: row["maximum_size"],
                initiator: initiator.map { Participant.ID($0) }
            ),
            facilitators: try facilitators.map { try $0.domain("\(what): facilitator '\($0.id)'") },
            venues: venues.map(\.domain),
            sessionRules: try sessionRules.map { try $0.domain("\(what): sessions") },
            candidates: try candidates(of: group, db),
            participants: try participants(of: group, status: .active, db),
            closures: try closures.map { try $0.domain("\(what): closures") },
            rules: try rules.domain("\(what): rules")
        )
    }

    /// The group's candidate slots, in the order of the scenario imported.
    static func candidates(of group: Group.ID, _ db: Database) throws -> [CandidateSlot] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM candidate_slot WHERE group_id = ? ORDER BY position",
            arguments: [group.rawValue]
        ).map { row in
            let id: String = row["id"]
            let what = "candidate '\(id)' of group '\(group)'"
            return CandidateSlot(
                id: CandidateSlot.ID(id),
                kind: try StoredValueError.decode(SessionKind.self, row["kind"], what),
                start: try StoredValueError.dateTime(row["start"], what),
                durationMinutes: row["duration_minutes"],
                venue: Venue.ID(row["venue"]),
                facilitator: Facilitator.ID(row["facilitator"])
            )
        }
    }

    /// The group's participants of one status with their answers, in the order of the scenario imported.
    static func participants(of group: Group.ID, status: ParticipantStatus, _ db: Database) throws -> [Participant] {
        let answerRows = try Row.fetchAll(
            db,
            sql: """
                SELECT answer.participant_id, answer.slot_id, answer.availability FROM answer
                JOIN participant ON participant.group_id = answer.group_id AND participant.id = answer.participant_id
                WHERE answer.group_id = ? AND participant.status = ?
                """,
            arguments: [group.rawValue, status.rawValue]
        )
        var answers: [String: [CandidateSlot.ID: Availability]] = [:]
        for row in answerRows {
            let participant: String = row["participant_id"]
            let slot: String = row["slot_id"]
            answers[participant, default: [:]][CandidateSlot.ID(slot)] = try StoredValueError.decode(
                Availability.self,
                row["availability"],
                "answer of '\(participant)' in group '\(group)'"
            )
        }
        return try Row.fetchAll(
            db,
            sql: "SELECT * FROM participant WHERE group_id = ? AND status = ? ORDER BY position",
            arguments: [group.rawValue, status.rawValue]
        ).map { row in
            let id: String = row["id"]
            return Participant(
                id: Participant.ID(id),
                name: row["name"],
                email: row["email"],
                language: Language(row["language"]),
                isInitiator: row["is_initiator"],
                needsStepFreeAccess: row["needs_step_free_access"],
                answers: answers[id] ?? [:]
            )
        }
    }
}
