import GRDB
import PlanningDomain

extension ScenarioImport {
    /// Candidates the import renames: an id the workspace holds that the scenario no longer has, while exactly
    /// one new candidate is the same slot (same session, start, length, room and facilitator) under another id.
    ///
    /// Generated ids used to depend on the other entries of their window (`f1-20270202-1830` when the window had
    /// one room and one facilitator); they now always name both (`f1-20270202-1830-paroisse-marc`). Without
    /// this, a workspace made before would see its published sessions' slots vanish — and move them — and lose
    /// the answers recorded one at a time for them.
    static func renamedCandidates(from before: Scenario?, to scenario: Scenario) -> [CandidateSlot.ID: CandidateSlot.ID]
    {
        guard let before else { return [:] }
        let newIDs = Set(scenario.candidates.map(\.id))
        let oldIDs = Set(before.candidates.map(\.id))
        var bySlot: [SlotKey: [CandidateSlot.ID]] = [:]
        for candidate in scenario.candidates where !oldIDs.contains(candidate.id) {
            bySlot[SlotKey(candidate), default: []].append(candidate.id)
        }
        var renames: [CandidateSlot.ID: CandidateSlot.ID] = [:]
        for candidate in before.candidates where !newIDs.contains(candidate.id) {
            guard let matches = bySlot[SlotKey(candidate)], matches.count == 1, let match = matches.first else {
                continue
            }
            renames[candidate.id] = match
        }
        // Two old ids for one new slot: ambiguous, rename neither.
        let targets = Dictionary(grouping: renames.values, by: { $0 })
        return renames.filter { targets[$0.value]?.count == 1 }
    }

    /// Applies the renames to every table that names a candidate of the group.
    static func rename(_ renames: [CandidateSlot.ID: CandidateSlot.ID], of group: Group.ID, _ db: Database) throws {
        for (old, new) in renames.sorted(by: { $0.key < $1.key }) {
            let arguments: StatementArguments = [new.rawValue, group.rawValue, old.rawValue]
            // An answer already given for the new id wins over the same source's answer for the old one.
            try db.execute(
                sql: "UPDATE OR IGNORE answer SET slot_id = ? WHERE group_id = ? AND slot_id = ?",
                arguments: arguments
            )
            try db.execute(
                sql: "DELETE FROM answer WHERE group_id = ? AND slot_id = ?",
                arguments: [group.rawValue, old.rawValue]
            )
            try db.execute(
                sql: """
                    INSERT INTO forgotten_answer_count (group_id, slot_id, availability, count)
                    SELECT group_id, ?, availability, count FROM forgotten_answer_count
                    WHERE group_id = ? AND slot_id = ? AND true
                    ON CONFLICT (group_id, slot_id, availability) DO UPDATE SET count = count + excluded.count
                    """,
                arguments: arguments
            )
            try db.execute(
                sql: "DELETE FROM forgotten_answer_count WHERE group_id = ? AND slot_id = ?",
                arguments: [group.rawValue, old.rawValue]
            )
            for table in ["pinned_session", "session_publication"] {
                try db.execute(
                    sql: "UPDATE \(table) SET slot_id = ? WHERE group_id = ? AND slot_id = ?",
                    arguments: arguments
                )
            }
        }
    }

    /// What makes two candidates the same slot, whatever their ids.
    private struct SlotKey: Hashable {
        var kind: SessionKind
        var start: LocalDateTime
        var minutes: Int
        var venue: Venue.ID
        var facilitator: Facilitator.ID

        init(_ slot: CandidateSlot) {
            kind = slot.kind
            start = slot.start
            minutes = slot.durationMinutes
            venue = slot.venue
            facilitator = slot.facilitator
        }
    }
}
