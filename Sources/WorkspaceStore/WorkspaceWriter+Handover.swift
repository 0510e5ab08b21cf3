public import PlanningDomain

extension WorkspaceWriter {
    /// Records a hand-over of a group: the series' new state and every message it sends, in this one
    /// transaction, as a publication run numbered after every earlier run of the workspace (the outbox holds
    /// them `pending` until `send` delivers them, as it does a publication's).
    ///
    /// - Parameters:
    ///   - group: the group.
    ///   - handover: the hand-over's state after these messages.
    ///   - instant: when (`--now`).
    ///   - reason: why, a short text with ids only.
    ///   - messages: every message to send, in order; when empty, only the state is stored and `nil` returned.
    /// - Returns: the run, or `nil` when there was no message.
    /// - Throws: as ``recordPublication(group:publications:pinned:at:reason:messages:)``; nothing is then changed.
    public func recordHandover(
        group: Group.ID,
        handover: HandoverPublication,
        at instant: Instant,
        reason: String,
        messages: [OutboxDraft]
    ) throws(WorkspaceError) -> PublicationRun? {
        try requireGroup(group)
        try checkRecipients(of: messages, in: group)
        return try run { db in
            try HandoverRows.replace(handover, of: group, db)
            guard !messages.isEmpty else { return nil }
            let run = try OutboxRows.insertRun(of: group, at: instant, reason: reason, db)
            for message in messages { try OutboxRows.insert(message, run: run, db) }
            return run
        }
    }
}
