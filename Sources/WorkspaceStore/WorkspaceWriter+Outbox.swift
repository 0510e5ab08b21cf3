import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceWriter {
    /// Records a publication of a group: its new state and every message it sends, in this one transaction.
    ///
    /// Replaces the group's pinned sessions and publications (as ``recordPublications(_:pinned:for:)``), opens a
    /// publication run numbered after every earlier run of the workspace, and puts each message in the outbox
    /// as `pending`, with an id that increases in the order given. Nothing is sent here: whoever sends marks
    /// each message (``markSending(_:at:)``, then ``markSent(_:answer:at:)`` or ``markFailed(_:reason:at:)``).
    /// - Parameters:
    ///   - group: the group published.
    ///   - publications: the group's publication state after this publication.
    ///   - pinned: the candidate of each session of the published plan.
    ///   - instant: when the publication was made (`--now`).
    ///   - reason: why, in a short text with ids only (the reasons of the moves, "first publication").
    ///   - messages: every message to send, in the order they are to be sent.
    /// - Returns: the run, with its number.
    /// - Throws: `unknown-group`; `invalid-identifier` for a recipient id or a file stem that breaks
    ///   `IdentifierRule`; `unknown-participant` for a recipient who is not a participant of the group (or was
    ///   forgotten); `unknown-facilitator` for one who is not among the centre's records. Nothing is then changed.
    public func recordPublication(
        group: Group.ID,
        publications: [SessionPublication],
        pinned: [SessionKind: CandidateSlot.ID],
        at instant: Instant,
        reason: String,
        messages: [OutboxDraft]
    ) throws(WorkspaceError) -> PublicationRun {
        try requireGroup(group)
        try checkRecipients(of: messages, in: group)
        return try run { db in
            try PublicationRows.replace(publications, pinned: pinned, of: group, db)
            let run = try OutboxRows.insertRun(of: group, at: instant, reason: reason, db)
            for message in messages { try OutboxRows.insert(message, run: run, db) }
            return run
        }
    }

    /// Records that an attempt to send the message starts: call it, in its own transaction, before the SMTP
    /// conversation begins.
    ///
    /// Counts the attempt. Only a `pending` or `failed` message that was not erased may be sent: a second
    /// sender finds the message `sending` and is refused, so no message is sent twice.
    /// - Throws: `unknown-message`; `delivery-state` for any other state.
    public func markSending(_ id: OutboxMessage.ID, at instant: Instant) throws(WorkspaceError) {
        try transition(id, from: [.pending, .failed], action: "send") { db in
            try db.execute(
                sql: """
                    UPDATE outbox_message SET state = 'sending', state_text = NULL, state_at = ?,
                        attempts = attempts + 1, last_attempt_at = ?
                    WHERE id = ?
                    """,
                arguments: [instant.secondsSince1970, instant.secondsSince1970, id.rawValue]
            )
        }
    }

    /// Records that the server accepted the message, with its reply line.
    ///
    /// From `sending`, or from `uncertain` when the attempt that was thought interrupted did finish.
    /// - Throws: `unknown-message`; `delivery-state` for any other state.
    public func markSent(_ id: OutboxMessage.ID, answer: String, at instant: Instant) throws(WorkspaceError) {
        try transition(id, from: [.sending, .uncertain], action: "markSent") { db in
            try OutboxRows.setState(id, .sent, text: answer, at: instant, db)
        }
    }

    /// Records that the attempt failed and why (the server's reply, or what went wrong with the connection).
    ///
    /// From `sending` or `uncertain`. A failed message is sent again by the next `send`.
    /// - Throws: `unknown-message`; `delivery-state` for any other state.
    public func markFailed(_ id: OutboxMessage.ID, reason: String, at instant: Instant) throws(WorkspaceError) {
        try transition(id, from: [.sending, .uncertain], action: "markFailed") { db in
            try OutboxRows.setState(id, .failed, text: reason, at: instant, db)
        }
    }

    /// Marks every `sending` message `uncertain`: call it when a sender starts, so that the attempts a killed
    /// process left half-way are shown and never sent again automatically.
    ///
    /// Only one sender may run at a time (the caller holds the write transaction while it looks): a message
    /// another running sender is sending would otherwise be marked uncertain too — its own `markSent` or
    /// `markFailed` still records the outcome.
    /// - Returns: the ids marked, in order.
    public func markInterruptedAttemptsUncertain() throws(WorkspaceError) -> [OutboxMessage.ID] {
        try run { db in
            let ids = try OutboxRows.entries(group: nil, states: [.sending], db).map(\.id)
            try db.execute(sql: "UPDATE outbox_message SET state = 'uncertain' WHERE state = 'sending'")
            return ids
        }
    }

    /// Puts messages back in the queue (`pending`): an explicit resend of failed, uncertain or even sent ones.
    ///
    /// A pending message stays pending. The attempt count is kept.
    /// - Throws: `unknown-message`; `delivery-state` for a message being sent or erased. Nothing is then
    ///   changed.
    public func requeue(_ ids: [OutboxMessage.ID]) throws(WorkspaceError) {
        for id in ids {
            try transition(id, from: [.pending, .failed, .uncertain, .sent], action: "sendAgain") { db in
                try OutboxRows.setState(id, .pending, db)
            }
        }
    }

    // MARK: - Private helpers

    /// Runs `change` when the message exists, was not erased and is in one of `states`.
    private func transition(
        _ id: OutboxMessage.ID,
        from states: Set<DeliveryState.Kind>,
        action: String,
        _ change: (Database) throws -> Void
    ) throws(WorkspaceError) {
        let found = try run { db in
            try StoredRow.fetchAll(
                db,
                table: "outbox_message",
                key: OutboxRows.key,
                sql: "SELECT id, state, is_erased FROM outbox_message WHERE id = ?",
                arguments: [id.rawValue]
            ).first.map { (try $0.value("state", DeliveryState.Kind.self), try $0.bool("is_erased")) }
        }
        guard let (state, isErased) = found else { throw .unknownMessage(id.description, file) }
        guard !isErased else { throw .deliveryState(id.description, is: "erased", cannot: action, file) }
        guard states.contains(state) else {
            throw .deliveryState(id.description, is: state.rawValue, cannot: action, file)
        }
        try run(change)
    }

    func checkRecipients(of messages: [OutboxDraft], in group: Group.ID) throws(WorkspaceError) {
        let (participants, facilitators) = try run { db in
            (
                Set(
                    try StoredRow.fetchAll(
                        db,
                        table: "participant",
                        key: ["group_id", "id"],
                        sql: "SELECT group_id, id FROM participant WHERE group_id = ? AND status != 'forgotten'",
                        arguments: [group.rawValue]
                    ).map { try $0.text("id") }
                ),
                Set(try CentreRows.facilitators(db).keys.map(\.rawValue))
            )
        }
        for (index, message) in messages.enumerated() {
            try ImportChecks.id(
                message.recipient.rawID,
                Phrase("workspace.what.recipientID", ["number": .number(index + 1)]),
                file
            )
            let components = message.fileStem.split(separator: "/", omittingEmptySubsequences: false)
            for component in components {
                try ImportChecks.id(
                    String(component),
                    Phrase("workspace.what.fileStemPart", ["number": .number(index + 1)]),
                    file
                )
            }
            switch message.recipient {
            case .participant(let id) where !participants.contains(id.rawValue):
                throw .unknownParticipant(id.rawValue, group: group.rawValue, file)
            case .facilitator(let id) where !facilitators.contains(id.rawValue):
                throw .unknownFacilitator(id.rawValue, file)
            default:
                break
            }
        }
    }
}
