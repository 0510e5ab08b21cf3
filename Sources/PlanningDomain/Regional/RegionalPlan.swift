/// The coordinator's calendar: every group's plan, every run with its facilitators and enrolment, the waiting
/// lists, what could not be placed and why, the moves of published sessions, the objective with its bound, and
/// each facilitator's weekly load.
public struct RegionalPlan: Hashable, Sendable {
    /// One outcome per group, in the problem's order.
    public var groups: [GroupOutcome]
    /// The runs held, by workshop (in the problem's order) then start.
    public var runs: [WorkshopRun]
    /// One waiting list per workshop with someone waiting, in the problem's order.
    public var waitingLists: [WaitingList]
    /// Workshops holding fewer runs than their number of runs, with the rule that stopped the others.
    public var unheldRuns: [UnheldRuns]
    /// Published sessions and runs not kept, each with its reason.
    public var moves: [SessionMove]
    /// The value of every objective term.
    public var objective: RegionalObjective
    /// An upper bound on the objective (lexicographic: each term's bound holds given the earlier bounds).
    public var bound: RegionalObjective
    /// Each facilitator's weekly load, in the centre's order.
    public var loads: [FacilitatorLoad]
    /// What the optimiser did.
    public var statistics: RegionalSearchStatistics

    /// A calendar.
    public init(
        groups: [GroupOutcome],
        runs: [WorkshopRun],
        waitingLists: [WaitingList],
        unheldRuns: [UnheldRuns],
        moves: [SessionMove],
        objective: RegionalObjective,
        bound: RegionalObjective,
        loads: [FacilitatorLoad],
        statistics: RegionalSearchStatistics
    ) {
        self.groups = groups
        self.runs = runs
        self.waitingLists = waitingLists
        self.unheldRuns = unheldRuns
        self.moves = moves
        self.objective = objective
        self.bound = bound
        self.loads = loads
        self.statistics = statistics
    }

    /// A calendar of choices only, as another solver or a test writes one for the checker: no waiting lists,
    /// explanations, moves or loads, and a zero objective and bound (the checker recomputes the objective).
    public init(groups: [GroupOutcome], runs: [WorkshopRun]) {
        self.init(
            groups: groups,
            runs: runs,
            waitingLists: [],
            unheldRuns: [],
            moves: [],
            objective: RegionalObjective(),
            bound: RegionalObjective(),
            loads: [],
            statistics: RegionalSearchStatistics(iterations: 0, improvements: 0, stop: .iterationLimit)
        )
    }

    /// The first term on which the calendar falls short of its bound; `nil` when it is proven optimal.
    public var gap: ObjectiveGap? { objective.gap(to: bound) }

    /// The outcome of one group, or `nil` when the group is not in the problem.
    public func outcome(of group: Group.ID) -> GroupOutcome? { groups.first { $0.group == group } }

    /// The runs of one workshop, by start.
    public func runs(of workshop: Workshop.ID) -> [WorkshopRun] { runs.filter { $0.workshop == workshop } }
}

/// What the optimiser did; no wall-clock time here, so equal inputs give equal plans.
public struct RegionalSearchStatistics: Hashable, Sendable {
    /// Neighbourhoods tried after the first plan.
    public var iterations: Int
    /// Neighbourhoods that gave a strictly better calendar.
    public var improvements: Int
    /// Why the search stopped.
    public var stop: Stop

    /// Statistics.
    public init(iterations: Int, improvements: Int, stop: Stop) {
        self.iterations = iterations
        self.improvements = improvements
        self.stop = stop
    }

    /// Why the search stopped.
    public enum Stop: String, Hashable, Sendable, CaseIterable {
        /// The calendar reached its bound on every term.
        case provenOptimal = "proven-optimal"
        /// The iteration budget was spent.
        case iterationLimit = "iteration-limit"
        /// The time limit passed.
        case timeLimit = "time-limit"
        /// The caller cancelled (Ctrl-C): the best calendar so far.
        case cancelled
    }
}
