/// The meetings staff facilitate for a new group, in the order they happen.
public enum SessionKind: String, Hashable, Sendable, CaseIterable, Comparable {
    /// The information session (séance d'information).
    case information
    /// Founding session 1 (première séance de fondation).
    case founding1
    /// Founding session 2 (deuxième séance de fondation).
    case founding2
    /// The review a few months after the group opens (bilan de fonctionnement).
    case review
    /// A training workshop open to members of many groups (atelier).
    case workshop

    /// The founding sequence, in order: the sessions whose shared attendance is the group's continuity.
    public static let foundingSequence: [SessionKind] = [.information, .founding1, .founding2]

    /// The sessions a group's plan is made of, in order.
    public static let groupSequence: [SessionKind] = [.information, .founding1, .founding2, .review]

    /// The order in which the sessions happen: information, founding 1, founding 2, review, workshop.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.position < rhs.position }

    /// The position in declaration order, which is the order of ``allCases``.
    private var position: Int {
        switch self {
        case .information: 0
        case .founding1: 1
        case .founding2: 2
        case .review: 3
        case .workshop: 4
        }
    }
}
