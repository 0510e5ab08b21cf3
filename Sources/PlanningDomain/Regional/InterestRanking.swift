/// The one rule that ranks people interested in a workshop: who gets a place first, and the waiting list's order.
///
/// Built once per problem, so ranking thousands of interests does not look each group up again.
///
/// Priority: members of a group founding in the plan (``GroupStage/founding``) or founded during the plan's year
/// come first, then members of other groups (a group the problem does not list counts as another group), then
/// people from outside. Within a priority the earlier registration ranks first, an interest without a
/// registration time after those with one, then the person's id.
public struct InterestRanking: Sendable {
    private let newGroups: Set<Group.ID>

    /// The ranking of a problem's interests.
    public init(problem: RegionalProblem) {
        newGroups = Set(
            problem.groups.filter { $0.stage == .founding || $0.foundedOn?.year == problem.year }.map(\.id)
        )
    }

    /// The priority of an interest.
    public func priority(of interest: WorkshopInterest) -> InterestPriority {
        guard let group = interest.group else { return .outsider }
        return newGroups.contains(group) ? .newGroupMember : .groupMember
    }

    /// Whether `lhs` ranks before `rhs`: priority, then registration (none last), then id.
    public func ranks(_ lhs: WorkshopInterest, before rhs: WorkshopInterest) -> Bool {
        let left = priority(of: lhs)
        let right = priority(of: rhs)
        if left != right { return left < right }
        switch (lhs.registeredAt, rhs.registeredAt) {
        case (let l?, let r?) where l != r: return l < r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.person < rhs.person
        }
    }
}
