public import PlanningDomain

/// What a calendar holds, in a few numbers, and whether anything could be placed at all.
public struct CalendarOutcome: Hashable, Sendable {
    /// Groups with a plan.
    public var groupsPlaced: Int
    /// Groups in the problem.
    public var groups: Int
    /// Runs held.
    public var runsHeld: Int
    /// Enrolments.
    public var enrolments: Int

    /// The outcome of a calendar.
    public init(plan: RegionalPlan) {
        groupsPlaced = plan.groups.count { $0.plan != nil }
        groups = plan.groups.count
        runsHeld = plan.runs.count
        enrolments = plan.runs.reduce(0) { $0 + $1.enrolled.count }
    }

    /// Whether nothing could be placed: no group and no run.
    ///
    /// The CLI then exits with status 3, and the report names the rules.
    public var isEmpty: Bool { groupsPlaced == 0 && runsHeld == 0 }
}
