public import PlanningDomain

/// The coordinator's calendar optimiser: every group and every workshop of the year in one plan.
///
/// An anytime large-neighbourhood search. A first calendar is built fast (each group placed exactly by the
/// single-group planner with the calendar so far as bookings, then each workshop solved exactly); then, at
/// each iteration, a few groups or workshops are taken out and put back one at a time, each exactly, and the
/// change is kept when the objective (`ObjectiveTerm` order) is not worse. The bound plans each group and each
/// workshop alone; the search stops early when the calendar reaches it.
///
/// Equal problems, seeds and iteration budgets give equal plans: with an iteration budget the clock is only
/// read for progress reports, never to decide anything.
public struct RegionalOptimiser: Sendable {
    /// The problem, valid (the initialiser checks it).
    public let problem: RegionalProblem
    /// How long and how to search.
    public var options: Options

    /// An optimiser for a valid problem.
    ///
    /// - Throws: `RegionalInputError` with every problem of `problem` (see `RegionalProblem/problems()`).
    public init(problem: RegionalProblem, options: Options = Options()) throws(RegionalInputError) {
        try problem.validate()
        self.problem = problem
        self.options = options
    }

    /// Search settings.
    public struct Options: Hashable, Sendable {
        /// Seed of the neighbourhood choices.
        public var seed: UInt64
        /// Iterations after the first calendar; when given, the time limit is not consulted, so the result does
        /// not depend on the machine.
        public var iterationLimit: Int?
        /// Wall time after which the search returns its best calendar (ignored when ``iterationLimit`` is set).
        public var timeLimit: Duration?
        /// Planner calls one group's repair search may make before it settles (see `GroupPlacer`).
        public var repairBudget: Int

        /// Settings; with neither an iteration limit nor a time limit the search makes 10 000 iterations.
        public init(
            seed: UInt64 = 1,
            iterationLimit: Int? = nil,
            timeLimit: Duration? = .seconds(10),
            repairBudget: Int = 64
        ) {
            self.seed = seed
            self.iterationLimit = iterationLimit
            self.timeLimit = timeLimit
            self.repairBudget = repairBudget
        }
    }

    /// Plans the calendar, reporting progress and stopping when `isCancelled` returns true (then the best
    /// calendar so far is returned, complete and valid).
    ///
    /// - Parameters:
    ///   - clock: measures elapsed time for the time limit and progress reports.
    ///   - progress: called after the first calendar, after each improvement and every 500 iterations.
    ///   - isCancelled: polled between steps; Ctrl-C in the CLI sets what it reads.
    /// - Returns: the best calendar found, with its objective, bound, explanations and loads.
    public func optimise<C: Clock>(
        clock: C,
        progress: (RegionalProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) -> RegionalPlan where C.Duration == Duration {
        let region = CompiledRegion(problem: problem)
        var search = NeighbourhoodSearch(region: region, options: options)
        let started = clock.now
        let stop = search.run(
            elapsed: { started.duration(to: clock.now) },
            progress: progress,
            isCancelled: isCancelled
        )
        return PlanAssembly(search: search).plan(stop: stop)
    }

    /// Plans the calendar with the continuous clock.
    ///
    /// - Returns: as ``optimise(clock:progress:isCancelled:)``.
    public func optimise(
        progress: (RegionalProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) -> RegionalPlan {
        optimise(clock: ContinuousClock(), progress: progress, isCancelled: isCancelled)
    }
}

/// What the search reports while it runs: the CLI's progress line.
public struct RegionalProgress: Hashable, Sendable, CustomStringConvertible {
    /// The best calendar's objective so far.
    public var objective: RegionalObjective
    /// The bound.
    public var bound: RegionalObjective
    /// Time since the search started.
    public var elapsed: Duration
    /// Iterations so far.
    public var iterations: Int

    /// A progress report.
    public init(objective: RegionalObjective, bound: RegionalObjective, elapsed: Duration, iterations: Int) {
        self.objective = objective
        self.bound = bound
        self.elapsed = elapsed
        self.iterations = iterations
    }

    /// `12.3 s, 4 500 iterations, gap enrolled 312 (bound 318, 1.9 %)`, or `… proven optimal`.
    public var description: String {
        let tenths =
            Int(elapsed.components.seconds) * 10 + Int(elapsed.components.attoseconds / 100_000_000_000_000_000)
        let gap = objective.gap(to: bound).map { "gap \($0)" } ?? "proven optimal"
        return "\(tenths / 10).\(tenths % 10) s, \(iterations) iterations, \(gap)"
    }
}
