/// Who a message goes to: a participant, or a facilitator (who receives their own invitation as chair).
///
/// Per-person files live in one folder per kind (`participants/p01/…`, `facilitators/anne/…`), so a person's
/// file can never take the name of another kind's file or of a shared one (`calendar.ics`).
public enum MessageRecipient: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// A registered participant.
    case participant(Participant.ID)
    /// A staff member who facilitates the session.
    case facilitator(Facilitator.ID)

    /// The folder of this kind of recipient's files: `participants` or `facilitators`.
    public var folder: String {
        switch self {
        case .participant: "participants"
        case .facilitator: "facilitators"
        }
    }

    /// The id, as written in files and messages.
    public var rawID: String {
        switch self {
        case .participant(let id): id.rawValue
        case .facilitator(let id): id.rawValue
        }
    }

    /// The participant's id, when it is one.
    public var participant: Participant.ID? {
        if case .participant(let id) = self { return id }
        return nil
    }

    /// The facilitator's id, when it is one.
    public var facilitator: Facilitator.ID? {
        if case .facilitator(let id) = self { return id }
        return nil
    }

    /// `participant p01`, `facilitator anne`: how reports name a recipient (ids only).
    public var description: String {
        switch self {
        case .participant(let id): "participant \(id)"
        case .facilitator(let id): "facilitator \(id)"
        }
    }

    /// Participants first, then facilitators; by id within each.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.participant(let left), .participant(let right)): left < right
        case (.facilitator(let left), .facilitator(let right)): left < right
        case (.participant, .facilitator): true
        case (.facilitator, .participant): false
        }
    }
}
