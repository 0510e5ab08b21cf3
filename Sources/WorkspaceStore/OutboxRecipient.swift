public import PlanningDomain

/// Who an outbox message goes to: a participant of the message's group, or a facilitator of the centre.
public enum OutboxRecipient: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A participant of the group.
    case participant(Participant.ID)
    /// A facilitator (their own invitation, as ROLE=CHAIR).
    case facilitator(Facilitator.ID)

    /// `participant` or `facilitator`: how the workspace and the export name the kind.
    public var kind: String {
        switch self {
        case .participant: "participant"
        case .facilitator: "facilitator"
        }
    }

    /// The id, as text.
    public var id: String {
        switch self {
        case .participant(let id): id.rawValue
        case .facilitator(let id): id.rawValue
        }
    }

    /// Participants first, then by id.
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.kind, lhs.id) < (rhs.kind, rhs.id) }

    /// `participant p01`, `facilitator anne`: ids only.
    public var description: String { "\(kind) \(id)" }
}
