public import PlanningDomain

/// What the planner found: a proven best plan with its reasons, or why no plan exists.
public enum PlanningOutcome: Hashable, Sendable {
    /// A plan satisfies every hard rule: the best one, with alternatives and exclusions.
    case planned(PlanningResult)
    /// No plan satisfies the hard rules; a result, not an error (the CLI exits with 3).
    case infeasible(Infeasibility)
}

/// The best plan, the ones that came next and what the search did.
public struct PlanningResult: Hashable, Sendable {
    /// The best plan found; the optimum when ``SearchStatistics/isProvenOptimal`` is true.
    public var plan: Plan
    /// The score of ``plan``.
    public var score: PlanScore
    /// Participants who can attend all three first sessions, sorted by id.
    public var continuitySet: [Participant.ID]
    /// The best plans whose first three dates differ from the chosen plan's and from each other, best first.
    public var alternatives: [Alternative]
    /// Candidates that no plan may use, and the rule that removes each.
    public var exclusions: [CandidateExclusion]
    /// How much the search did and whether it finished.
    public var statistics: SearchStatistics

    /// Creates a result from what the search found.
    public init(
        plan: Plan,
        score: PlanScore,
        continuitySet: [Participant.ID],
        alternatives: [Alternative],
        exclusions: [CandidateExclusion],
        statistics: SearchStatistics
    ) {
        self.plan = plan
        self.score = score
        self.continuitySet = continuitySet
        self.alternatives = alternatives
        self.exclusions = exclusions
        self.statistics = statistics
    }
}

/// A runner-up plan and the first objective on which it loses to the chosen plan.
public struct Alternative: Hashable, Sendable {
    /// The runner-up plan itself.
    public var plan: Plan
    /// Its score, lower than the chosen plan's.
    public var score: PlanScore
    /// Participants who can attend its three first sessions, sorted by id.
    public var continuitySet: [Participant.ID]
    /// The first objective on which it does worse than the chosen plan.
    public var loss: Loss

    /// Creates an alternative from a runner-up plan and how it compares with the chosen one.
    public init(plan: Plan, score: PlanScore, continuitySet: [Participant.ID], loss: Loss) {
        self.plan = plan
        self.score = score
        self.continuitySet = continuitySet
        self.loss = loss
    }

    /// Why an alternative ranks below the chosen plan: the first objective where it is worse.
    public enum Loss: Hashable, Sendable {
        /// Fewer people can attend all three first sessions; `missing` are those of the chosen plan's
        /// continuity set who cannot, `gained` those who can only in the alternative.
        case continuity(fewer: Int, missing: [Participant.ID], gained: [Participant.ID])
        /// Less attendance over the three first sessions, in halves.
        case attendance(fewerHalves: Int)
        /// Founding 1 and 2 are not on the same weekday and start time.
        case irregularRhythm
        /// More of the three first sessions fall on their facilitator's tentative time (a pencilled meeting).
        case tentativeFacilitator(sessions: Int)
        /// The information session is later.
        case laterInformation(days: Int)
        /// Fewer of the continuity set can attend the review.
        case reviewContinuity(fewer: Int)
        /// Less attendance at the review, in halves.
        case reviewAttendance(fewerHalves: Int)
        /// The review falls on its facilitator's tentative time, the chosen plan's does not.
        case reviewTentativeFacilitator
        /// The review is later.
        case laterReview(days: Int)
        /// Equal on every objective; only the tie-break on candidate ids decided.
        case tieBreak
    }
}

/// Counters of one search.
public struct SearchStatistics: Hashable, Sendable {
    /// Partial and complete plans the search looked at.
    public var nodes: Int
    /// Whether the search finished, which proves the plan optimal.
    public var isProvenOptimal: Bool
    /// The best continuity (then attendance) that any plan could reach; `nil` when not known.
    ///
    /// The chosen plan's own when the search finished; when it was stopped, what the unexplored plans might
    /// still reach.
    public var bound: ObjectiveBound?

    /// Creates the counters of a finished or stopped search, without a bound.
    public init(nodes: Int, isProvenOptimal: Bool) {
        self.init(nodes: nodes, isProvenOptimal: isProvenOptimal, bound: nil)
    }

    /// Creates the counters of a finished or stopped search.
    public init(nodes: Int, isProvenOptimal: Bool, bound: ObjectiveBound?) {
        self.nodes = nodes
        self.isProvenOptimal = isProvenOptimal
        self.bound = bound
    }
}

/// An upper bound of the two first objectives: no plan has more continuity, and none with that continuity
/// has more attendance.
public struct ObjectiveBound: Hashable, Sendable {
    /// The most participants any plan could bring to all three first sessions.
    public var continuity: Int
    /// The most attendance (in halves) a plan with ``continuity`` could have.
    public var attendanceHalves: Int

    /// Creates a bound.
    public init(continuity: Int, attendanceHalves: Int) {
        self.continuity = continuity
        self.attendanceHalves = attendanceHalves
    }

    /// How far a score is from the bound: participants on continuity, else halves of attendance (0 when the
    /// score reaches the bound).
    public func gap(to score: PlanScore) -> (continuity: Int, attendanceHalves: Int) {
        let continuity = max(0, self.continuity - score.continuity)
        guard continuity == 0 else { return (continuity, 0) }
        return (0, max(0, attendanceHalves - score.attendanceHalves))
    }
}
