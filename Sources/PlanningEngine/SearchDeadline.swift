/// When a search must stop: asked by the planner every ``checkInterval`` search nodes.
///
/// The planner never reads a clock. A front end that wants a wall-clock limit passes a deadline that reads
/// its own clock; tests pass one that counts its checks, so that the same input and the same budget give the
/// same plan. A stopped search returns the best plan found so far, marked as not proven optimal, with the
/// bound it could not close (see ``SearchStatistics/bound``).
public struct SearchDeadline: Sendable {
    private let check: @Sendable () -> Bool

    /// A deadline that has passed as soon as `hasPassed` returns `true`; it is called from the planning
    /// thread only, every ``checkInterval`` nodes, and should be cheap.
    public init(hasPassed: @escaping @Sendable () -> Bool) { self.check = hasPassed }

    /// No deadline: the search stops only at the node limit.
    public static let never = SearchDeadline { false }

    /// Search nodes between two checks (the first check comes after this many nodes).
    public static let checkInterval = 1024

    /// Whether the search must stop now.
    public func hasPassed() -> Bool { check() }
}
