import GRDB
import Phrasebook
public import PlanningDomain

/// What a command may read and change inside ``Workspace/write(_:)``: all of it is one transaction.
///
/// Valid only inside the closure it is passed to. Every change is committed when the closure returns and
/// rolled back when it throws.
public final class WorkspaceWriter: WorkspaceReader {
    /// Whether a participant was forgotten, so that the file must be compacted after the commit.
    var hasErasedData = false

    /// Replaces the group's publication state — the pinned sessions and what each recipient holds — without a
    /// publication run: for changes that send nothing, such as recording replies.
    ///
    /// A publication that sends messages is recorded with
    /// ``recordPublication(group:publications:pinned:at:reason:messages:)``, which also keeps the messages.
    /// - Throws: `unknown-group` when the group was never imported.
    public func recordPublications(
        _ publications: [SessionPublication],
        pinned: [SessionKind: CandidateSlot.ID],
        for group: Group.ID
    ) throws(WorkspaceError) {
        try requireGroup(group)
        try run { db in try PublicationRows.replace(publications, pinned: pinned, of: group, db) }
    }

    /// Erases a participant's name, e-mail address, language, access need, answers and the bytes and addresses
    /// of their outbox messages (the right to erasure).
    ///
    /// The id stays as an anonymous tombstone, so that a re-import does not bring the person back (see
    /// ``importScenario(_:restoring:answers:at:)``) and their publication copies, which hold no personal data,
    /// stay consistent. Their answers (as merged, one per candidate) are added to the group's anonymous counts
    /// per candidate and answer. Their outbox messages keep their ids and states but lose their bytes, their
    /// envelope and the server's text, and are never sent. After the transaction commits, the file is
    /// compacted so that the erased bytes are gone from the disk.
    /// - Parameters:
    ///   - participant: the participant's id.
    ///   - group: the group; `nil` when the id is in one group only.
    /// - Returns: true when data was erased, false when the participant was already forgotten (the file is then
    ///   compacted again all the same).
    /// - Throws: `invalid-identifier`, `unknown-group`, `unknown-participant`, or `ambiguous-participant` when
    ///   `group` is `nil` and the id is in several groups.
    public func forget(_ participant: Participant.ID, in group: Group.ID?) throws(WorkspaceError) -> Bool {
        try ImportChecks.id(participant.rawValue, Phrase("workspace.what.participantID"), file)
        if let group {
            try ImportChecks.id(group.rawValue, Phrase("workspace.what.groupID"), file)
            try requireGroup(group)
        }
        let found = try run { db in
            try StoredRow.fetchAll(
                db,
                table: "participant",
                key: ["group_id", "id"],
                sql: "SELECT group_id, id, status FROM participant WHERE id = ? ORDER BY group_id",
                arguments: [participant.rawValue]
            ).map { (group: try $0.id("group_id") as Group.ID, status: try $0.value("status", ParticipantStatus.self)) }
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
        guard match.status != .forgotten else { return false }
        try run { db in try Self.erase(participant, of: match.group, db) }
        return true
    }

    // MARK: - Private helpers

    private static func erase(_ participant: Participant.ID, of group: Group.ID, _ db: Database) throws {
        let arguments: StatementArguments = [group.rawValue, participant.rawValue]
        let given = try AnswerRows.givenAnswers(of: group, status: nil, db)[participant] ?? [:]
        for (slot, availability) in AnswerRows.merged(given).sorted(by: { $0.key < $1.key }) {
            try db.execute(
                sql: """
                    INSERT INTO forgotten_answer_count (group_id, slot_id, availability, count) VALUES (?, ?, ?, 1)
                    ON CONFLICT (group_id, slot_id, availability) DO UPDATE SET count = count + 1
                    """,
                arguments: [group.rawValue, slot.rawValue, availability.rawValue]
            )
        }
        try db.execute(sql: "DELETE FROM answer WHERE group_id = ? AND participant_id = ?", arguments: arguments)
        // The web page's records of them (schema 6): phone, links, link e-mails.
        for table in ["participant_phone", "personal_link", "link_message"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE group_id = ? AND participant_id = ?", arguments: arguments)
        }
        try db.execute(
            sql: """
                UPDATE participant SET status = 'forgotten', name = '', email = '', email_key = '', language = '',
                    is_initiator = 0, needs_step_free_access = 0
                WHERE group_id = ? AND id = ?
                """,
            arguments: arguments
        )
        try db.execute(
            sql: """
                UPDATE outbox_message SET ics = X'', eml = X'', envelope_from = '', envelope_to = '',
                    state_text = CASE WHEN state_text IS NULL THEN NULL ELSE '' END, is_erased = 1
                WHERE group_id = ? AND recipient_kind = 'participant' AND recipient_id = ?
                """,
            arguments: arguments
        )
    }
}
