import GRDB
public import PlanningDomain

/// What a command may read and change inside ``Workspace/write(_:)``: all of it is one transaction.
///
/// Valid only inside the closure it is passed to. Every change is committed when the closure returns and
/// rolled back when it throws.
public final class WorkspaceWriter: WorkspaceReader {
    /// Whether a participant was forgotten, so that the file must be compacted after the commit.
    var hasErasedData = false

    /// Replaces the group's publication state: the pinned sessions of the published plan and what was sent.
    ///
    /// - Throws: `unknown-group` when the group was never imported.
    public func recordPublications(
        _ publications: [SessionPublication],
        pinned: [SessionKind: CandidateSlot.ID],
        for group: Group.ID
    ) throws(WorkspaceError) {
        try requireGroup(group)
        try run { db in try PublicationRows.replace(publications, pinned: pinned, of: group, db) }
    }

    /// Erases a participant's name, e-mail address, language, access need and answers (the right to erasure).
    ///
    /// The id stays as an anonymous tombstone, so that a re-import does not bring the person back (see
    /// ``importScenario(_:restoring:)``) and their publication copies, which hold no personal data, stay
    /// consistent. Their answers are added to the group's anonymous counts per candidate and answer. After the
    /// transaction commits, the file is compacted so that the erased bytes are gone from the disk.
    /// - Parameters:
    ///   - participant: the participant's id.
    ///   - group: the group; `nil` when the id is in one group only.
    /// - Returns: true when data was erased, false when the participant was already forgotten (the file is then
    ///   compacted again all the same).
    /// - Throws: `unknown-group`, `unknown-participant`, or `ambiguous-participant` when `group` is `nil` and the
    ///   id is in several groups.
    public func forget(_ participant: Participant.ID, in group: Group.ID?) throws(WorkspaceError) -> Bool {
        if let group { try requireGroup(group) }
        let found = try run { db in
            try Row.fetchAll(
                db,
                sql: "SELECT group_id, status FROM participant WHERE id = ? ORDER BY group_id",
                arguments: [participant.rawValue]
            ).map { (group: Group.ID($0["group_id"]), status: $0["status"] as String) }
        }
        let candidates = group.map { wanted in found.filter { $0.group == wanted } } ?? found
        guard let match = candidates.first else {
            throw .unknownParticipant(participant.rawValue, group: group?.rawValue, file)
        }
        guard candidates.count == 1 else {
            throw .ambiguousParticipant(participant.rawValue, groups: candidates.map(\.group.rawValue), file)
        }
        // Forgetting again erases nothing more, but compacts the file again (in case that failed the first time).
        hasErasedData = true
        guard match.status != ParticipantStatus.forgotten.rawValue else { return false }
        try run { db in try Self.erase(participant, of: match.group, db) }
        return true
    }

    // MARK: - Private helpers

    private static func erase(_ participant: Participant.ID, of group: Group.ID, _ db: Database) throws {
        let arguments: StatementArguments = [group.rawValue, participant.rawValue]
        try db.execute(
            sql: """
                INSERT INTO forgotten_answer_count (group_id, slot_id, availability, count)
                SELECT group_id, slot_id, availability, 1 FROM answer WHERE group_id = ? AND participant_id = ?
                ON CONFLICT (group_id, slot_id, availability) DO UPDATE SET count = count + 1
                """,
            arguments: arguments
        )
        try db.execute(sql: "DELETE FROM answer WHERE group_id = ? AND participant_id = ?", arguments: arguments)
        try db.execute(
            sql: """
                UPDATE participant SET status = 'forgotten', name = '', email = '', email_key = '', language = '',
                    is_initiator = 0, needs_step_free_access = 0
                WHERE group_id = ? AND id = ?
                """,
            arguments: arguments
        )
    }
}
