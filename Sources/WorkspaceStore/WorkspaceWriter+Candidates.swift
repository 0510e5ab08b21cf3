import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceWriter {
    /// Adds candidate dates after the group's others (one, or those a window generated).
    ///
    /// Each must have a new id and use a venue and a facilitator the group names. All or none are added.
    /// - Throws: `invalid-identifier`, `unknown-group`, `duplicate-id`, `unknown-venue`, `unknown-facilitator`.
    public func addCandidates(_ slots: [CandidateSlot], to group: Group.ID) throws(WorkspaceError) {
        try ImportChecks.id(group.rawValue, Phrase("workspace.what.groupID"), file)
        try requireGroup(group)
        let (existing, venues, facilitators) = try run { db in
            (
                Set(try ScenarioRows.candidates(of: group, db).map(\.id)),
                Set(try ScenarioRows.venues(of: group, db).map(\.id)),
                Set(try ScenarioRows.facilitators(of: group, db).map(\.id))
            )
        }
        var seen = existing
        for slot in slots {
            try ImportChecks.id(slot.id.rawValue, Phrase("workspace.what.candidateID"), file)
            guard seen.insert(slot.id).inserted else { throw .duplicate("candidate", slot.id.rawValue, file) }
            guard venues.contains(slot.venue) else {
                throw .notNamedByGroup("venue", slot.venue.rawValue, group: group.rawValue, file)
            }
            guard facilitators.contains(slot.facilitator) else {
                throw .notNamedByGroup("facilitator", slot.facilitator.rawValue, group: group.rawValue, file)
            }
        }
        try run { db in
            for slot in slots {
                try db.execute(
                    sql: """
                        INSERT INTO candidate_slot (group_id, id, position, kind, start, duration_minutes, venue,
                            facilitator)
                        VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM candidate_slot WHERE group_id = ?),
                            ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        group.rawValue, slot.id.rawValue, group.rawValue, slot.kind.rawValue, slot.start.description,
                        slot.durationMinutes, slot.venue.rawValue, slot.facilitator.rawValue,
                    ]
                )
            }
        }
    }
}

extension WorkspaceReader {
    /// The ids of the group's candidates (empty for an unknown group).
    public func candidateIDs(of group: Group.ID) throws(WorkspaceError) -> Set<CandidateSlot.ID> {
        try run { db in
            Set(
                try StoredRow.fetchAll(
                    db,
                    table: "candidate_slot",
                    key: ["group_id", "id"],
                    sql: "SELECT group_id, id FROM candidate_slot WHERE group_id = ?",
                    arguments: [group.rawValue]
                ).map { try $0.id("id") as CandidateSlot.ID }
            )
        }
    }
}
