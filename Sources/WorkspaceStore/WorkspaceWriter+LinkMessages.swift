import GRDB
public import PlanningDomain

extension WorkspaceReader {
    /// The link e-mails of one group (all for `nil`) in some states (all for `nil`), in the order asked for.
    public func linkMessages(
        group: Group.ID?,
        states: Set<DeliveryState.Kind>?
    ) throws(WorkspaceError) -> [LinkMessageEntry] {
        guard let filter = DeliveryFilter(group: group, states: states) else { return [] }
        return try run { db in
            try StoredRow.fetchAll(
                db,
                table: "link_message",
                key: ["id"],
                sql: "SELECT * FROM link_message\(filter.clause) ORDER BY id",
                arguments: filter.arguments
            ).map { row in
                let state = try DeliveryQueue.state(of: row)
                return LinkMessageEntry(
                    id: LinkMessageEntry.ID(try row.integer("id")),
                    group: try row.id("group_id"),
                    participant: try row.id("participant_id"),
                    requestedAt: try row.instant("requested_at"),
                    state: state,
                    attempts: try row.integer("attempts")
                )
            }
        }
    }
}

extension WorkspaceWriter {
    /// Queues an e-mail carrying a new personal link to an active participant; returns its id.
    ///
    /// - Throws: `invalid-identifier`, `unknown-group`, `unknown-participant`, `inactive-participant`.
    @discardableResult
    public func queueLinkMessage(
        to participant: Participant.ID,
        in group: Group.ID,
        at instant: Instant
    ) throws(WorkspaceError) -> LinkMessageEntry.ID {
        try requireActiveParticipant(participant, in: group)
        return try run { db in
            try db.execute(
                sql: """
                    INSERT INTO link_message (group_id, participant_id, requested_at, state, attempts)
                    VALUES (?, ?, ?, 'pending', 0)
                    """,
                arguments: [group.rawValue, participant.rawValue, instant.secondsSince1970]
            )
            return LinkMessageEntry.ID(Int(db.lastInsertedRowID))
        }
    }

    /// `sending` before the SMTP conversation starts (from `pending` or `failed`); counts the attempt.
    public func markLinkMessageSending(_ id: LinkMessageEntry.ID, at instant: Instant) throws(WorkspaceError) {
        try linkTransition(id, from: [.pending, .failed], to: .sending, text: nil, at: instant, action: "be sent")
    }

    /// `sent` with the server's answer (from `sending` or `uncertain`).
    public func markLinkMessageSent(
        _ id: LinkMessageEntry.ID,
        answer: String,
        at instant: Instant
    ) throws(WorkspaceError) {
        try linkTransition(id, from: [.sending, .uncertain], to: .sent, text: answer, at: instant, action: "be sent")
    }

    /// `failed` with the reason (from `sending` or `uncertain`).
    public func markLinkMessageFailed(
        _ id: LinkMessageEntry.ID,
        reason: String,
        at instant: Instant
    ) throws(WorkspaceError) {
        try linkTransition(id, from: [.sending, .uncertain], to: .failed, text: reason, at: instant, action: "fail")
    }

    /// Every `sending` link e-mail becomes `uncertain` (a sender died during the attempt); returns how many.
    @discardableResult
    public func markInterruptedLinkMessagesUncertain() throws(WorkspaceError) -> Int {
        try run { db in
            try db.execute(sql: "UPDATE link_message SET state = 'uncertain' WHERE state = 'sending'")
            return db.changesCount
        }
    }

    /// Puts a failed, uncertain or sent link e-mail back in the queue (an explicit resend).
    public func requeueLinkMessage(_ id: LinkMessageEntry.ID) throws(WorkspaceError) {
        try linkTransition(
            id,
            from: [.failed, .uncertain, .sent],
            to: .pending,
            text: nil,
            at: nil,
            action: "be resent"
        )
    }

    private func linkTransition(
        _ id: LinkMessageEntry.ID,
        from states: Set<DeliveryState.Kind>,
        to state: DeliveryState.Kind,
        text: String?,
        at instant: Instant?,
        action: String
    ) throws(WorkspaceError) {
        try transition(.linkMessage, id.rawValue, from: states, to: state, text: text, at: instant, action: action)
    }
}
