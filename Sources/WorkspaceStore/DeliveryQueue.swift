import GRDB
import PlanningDomain

/// What the delivery queues that keep their outcome in `state`, `state_text` and `state_at` share (the link
/// e-mails' `link_message` and the recruitment messages' `recruitment_message`): reading a row's state and
/// moving a message from one state to the next.
enum DeliveryQueue: String {
    case linkMessage = "link_message"
    case recruitmentMessage = "recruitment_message"

    /// How a message of this queue is named in an error: `link e-mail 3`, `recruitment message 3`.
    func name(_ id: Int) -> String {
        switch self {
        case .linkMessage: "link e-mail \(id)"
        case .recruitmentMessage: "recruitment message \(id)"
        }
    }

    /// A row's delivery state, with the server's answer or the failure's reason and when.
    static func state(of row: StoredRow) throws -> DeliveryState {
        switch try row.value("state", DeliveryState.Kind.self) {
        case .pending: .pending
        case .sending: .sending
        case .uncertain: .uncertain
        case .sent: .sent(answer: try row.optionalText("state_text") ?? "", at: try row.instant("state_at"))
        case .failed: .failed(reason: try row.optionalText("state_text") ?? "", at: try row.instant("state_at"))
        }
    }
}

extension WorkspaceWriter {
    /// Moves message `id` of `queue` from one of `states` to `state`, recording `text` (the answer or the reason)
    /// and `instant`; `sending` counts an attempt.
    ///
    /// - Throws: `unknown-message`, or `delivery-state` when the message is in none of `states`.
    func transition(
        _ queue: DeliveryQueue,
        _ id: Int,
        from states: Set<DeliveryState.Kind>,
        to state: DeliveryState.Kind,
        text: String?,
        at instant: Instant?,
        action: String
    ) throws(WorkspaceError) {
        let table = queue.rawValue
        let current = try run { db in
            try StoredRow.fetchAll(
                db,
                table: table,
                key: ["id"],
                sql: "SELECT id, state FROM \(table) WHERE id = ?",
                arguments: [id]
            ).first.map { try $0.value("state", DeliveryState.Kind.self) }
        }
        guard let current else { throw .unknownMessage(queue.name(id), file) }
        guard states.contains(current) else {
            throw .deliveryState(queue.name(id), is: current.rawValue, cannot: action, file)
        }
        try run { db in
            try db.execute(
                sql: """
                    UPDATE \(table) SET state = ?, state_text = ?, state_at = coalesce(?, state_at),
                        attempts = attempts + ?
                    WHERE id = ?
                    """,
                arguments: [state.rawValue, text, instant?.secondsSince1970, state == .sending ? 1 : 0, id]
            )
        }
    }
}
