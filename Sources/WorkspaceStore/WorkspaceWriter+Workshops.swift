import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceWriter {
    /// Records a publication of the coordinator's workshops: what each person now holds, the waiting-list ranks
    /// written, and every message it sends, in this one transaction.
    ///
    /// Replaces every workshop publication record and waiting notice; when `messages` is not empty, opens a
    /// publication run that belongs to no group (``PublicationRun/group`` is `nil`), numbered after every earlier
    /// run, and puts each message in the outbox as `pending` (each draft names its ``OutboxDraft/workshop``), in
    /// the order given. Nothing is sent here: `entraide send` sends them as it sends a group's.
    /// - Parameters:
    ///   - publications: every person's record after this publication.
    ///   - notices: the waiting-list ranks written, after this publication.
    ///   - instant: when the publication was made (`--now`).
    ///   - reason: why, in a short text with ids only.
    ///   - messages: every message to send, in the order they are to be sent.
    /// - Returns: the run, or `nil` when `messages` is empty (the records are still replaced).
    /// - Throws: `invalid-identifier` for a recipient id or a file stem that breaks `IdentifierRule`, or for a
    ///   message that names no workshop. Nothing is then changed.
    public func recordWorkshopPublication(
        _ publications: [WorkshopPublication],
        notices: [WaitingNotice],
        at instant: Instant,
        reason: String,
        messages: [OutboxDraft]
    ) throws(WorkspaceError) -> PublicationRun? {
        for (index, message) in messages.enumerated() {
            let what = Phrase("workspace.what.recipientID", ["number": .number(index + 1)])
            try ImportChecks.id(message.recipient.rawID, what, file)
            try ImportChecks.id(message.workshop?.rawValue ?? "", what, file)
            for component in message.fileStem.split(separator: "/", omittingEmptySubsequences: false) {
                try ImportChecks.id(
                    String(component),
                    Phrase("workspace.what.fileStemPart", ["number": .number(index + 1)]),
                    file
                )
            }
        }
        return try run { db in
            try WorkshopPublicationRows.replace(publications, notices: notices, db)
            guard !messages.isEmpty else { return nil }
            let run = try OutboxRows.insertRun(of: nil, at: instant, reason: reason, db)
            for message in messages { try OutboxRows.insert(message, run: run, db) }
            return run
        }
    }
}
