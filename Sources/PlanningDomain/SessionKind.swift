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

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
