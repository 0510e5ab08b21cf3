public import PlanningDomain

/// The exact planner of a group's sessions.
public struct Planner: Sendable {
    public var scenario: Scenario
    public var options: Options

    public init(scenario: Scenario, options: Options = Options()) {
        self.scenario = scenario
        self.options = options
    }

    /// Search limits.
    public struct Options: Hashable, Sendable {
        /// Nodes after which the search stops and returns its best plan, not proven optimal.
        public var nodeLimit: Int
        /// How many runner-up plans to explain.
        public var alternativeCount: Int

        public init(nodeLimit: Int = 500_000_000, alternativeCount: Int = 3) {
            self.nodeLimit = nodeLimit
            self.alternativeCount = alternativeCount
        }
    }
}
