public import PlanningDomain

extension WorkspaceReader {
    /// The outbox's messages without their bytes and addresses, in id order: all of them, or those of one group
    /// and of some states.
    public func outbox(
        group: Group.ID? = nil,
        states: Set<DeliveryState.Kind>? = nil
    ) throws(WorkspaceError) -> [OutboxEntry] {
        try run { db in try OutboxRows.entries(group: group, states: states, db) }
    }

    /// One message with its bytes and envelope, to send it or write it out again; `nil` for an unknown id or
    /// a message whose bytes were erased (its participant was forgotten: see ``outbox(group:states:)``).
    public func outboxMessage(_ id: OutboxMessage.ID) throws(WorkspaceError) -> OutboxMessage? {
        try run { db in try OutboxRows.message(id, db) }.flatMap { $0.entry.isErased ? nil : $0 }
    }

    /// The messages to send, with their bytes.
    ///
    /// `pending` and `failed` ones that were not erased, in id order (the order they were recorded).
    /// `uncertain` ones are never among them: they wait for an explicit requeue.
    public func sendableMessages() throws(WorkspaceError) -> [OutboxMessage] {
        try run { db in try OutboxRows.sendable(db) }
    }

    /// The publication runs of a group (of every group for `nil`), in number order.
    public func publicationRuns(of group: Group.ID?) throws(WorkspaceError) -> [PublicationRun] {
        try run { db in try OutboxRows.runs(of: group, db) }
    }
}
