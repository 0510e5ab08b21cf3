/// What a message to a person is about: one session of the group's plan, or the group's own recurring meeting
/// handed over after founding session 2.
///
/// The raw value is what the outbox stores and lists: the session kind (`founding2`) or `handover`.
public enum MessageSubject: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// A session of the plan.
    case session(SessionKind)
    /// The recurring meeting the group keeps after founding session 2 (`entraide handover`).
    case handover

    /// `founding2`, `handover`.
    public var rawValue: String {
        switch self {
        case .session(let kind): kind.rawValue
        case .handover: "handover"
        }
    }

    /// The subject a raw value names, `nil` for any other text.
    public init?(rawValue: String) {
        if rawValue == "handover" {
            self = .handover
        } else if let kind = SessionKind(rawValue: rawValue) {
            self = .session(kind)
        } else {
            return nil
        }
    }

    /// The session, `nil` for the hand-over.
    public var session: SessionKind? {
        if case .session(let kind) = self { return kind }
        return nil
    }

    /// Sessions in their order, then the hand-over.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.session(let left), .session(let right)): left < right
        case (.session, .handover): true
        case (.handover, _): false
        }
    }

    /// The raw value.
    public var description: String { rawValue }
}
