public import PlanningDomain

/// Where an outbox message stands on its way to the SMTP server.
///
/// `pending` → `sending` (recorded before the SMTP conversation starts) → `sent` or `failed`. A `sending`
/// message found by a later run is `uncertain`: the process died during the attempt and the server may or may
/// not have accepted it, so it is never sent again automatically. `failed`, `uncertain` and `sent` messages go
/// back to `pending` only when asked to (`requeue`, an explicit resend).
public enum DeliveryState: Hashable, Sendable {
    /// Written, not sent.
    case pending
    /// An attempt is under way.
    case sending
    /// An attempt was under way when its process died: the server may or may not have the message.
    case uncertain
    /// The server accepted it: its reply line and when.
    case sent(answer: String, at: Instant)
    /// The attempt failed: why (the server's reply or the connection's failure) and when.
    case failed(reason: String, at: Instant)

    /// The state without its details, for filtering.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
        case pending, sending, uncertain, sent, failed

        /// In the order of the states' life: pending, sending, uncertain, sent, failed.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// The state without its details.
    public var kind: Kind {
        switch self {
        case .pending: .pending
        case .sending: .sending
        case .uncertain: .uncertain
        case .sent: .sent
        case .failed: .failed
        }
    }
}
