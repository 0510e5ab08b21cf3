/// What the calendar holds for one group: its plan, or why it could not be placed.
public struct GroupOutcome: Hashable, Sendable {
    /// The group.
    public var group: Group.ID
    /// The group's sessions, in sequence order, with who can come; `nil` when the group is not placed.
    public var plan: Plan?
    /// Why the group is not placed: the first rule that stops its best plan; `nil` when placed.
    public var blocker: RuleBreach?

    /// An outcome.
    public init(group: Group.ID, plan: Plan?, blocker: RuleBreach? = nil) {
        self.group = group
        self.plan = plan
        self.blocker = blocker
    }
}
