public import PlanningDomain

/// The exact planner of a group's sessions.
///
/// It chooses one candidate for each of the information session, founding sessions 1 and 2 and, when
/// planned, the review, under the hard rules (see ``CandidateExclusion/Reason`` for the rules that apply to
/// one candidate alone; the gaps, booking conflicts and the sequence quorum apply between sessions) and
/// maximises ``PlanScore``. The search is complete unless ``Options/nodeLimit`` stops it, so a finished
/// search proves the plan optimal.
public struct Planner: Sendable {
    /// What to plan: the group, its candidates and everyone's answers.
    public var scenario: Scenario
    /// Limits of the search.
    public var options: Options

    /// Creates a planner; nothing is computed until ``plan()``.
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

        /// Creates limits; by default 500 million nodes and 3 alternatives.
        public init(nodeLimit: Int = 500_000_000, alternativeCount: Int = 3) {
            self.nodeLimit = nodeLimit
            self.alternativeCount = alternativeCount
        }
    }

    /// Plans the scenario: the best plan with its alternatives, or why none exists.
    public func plan() -> PlanningOutcome {
        let problem = CompiledProblem(scenario: scenario)
        var search = PlanSearch(
            problem: problem,
            nodeLimit: options.nodeLimit,
            plans: options.alternativeCount + 1
        )
        search.run()
        let entries = search.top.entries
        guard let best = entries.first else {
            guard search.isComplete else {
                return .infeasible(
                    Infeasibility(reasons: [.searchStopped(nodes: search.nodes)], exclusions: problem.exclusions)
                )
            }
            return .infeasible(explainInfeasibility(of: problem, search: search))
        }
        let chosen = makePlan(best, problem: problem)
        let alternatives = entries.dropFirst().map { entry in
            let plan = makePlan(entry, problem: problem)
            return Alternative(
                plan: plan.plan,
                score: entry.score,
                continuitySet: plan.continuitySet,
                loss: Self.loss(
                    of: (entry.score, plan.continuitySet),
                    against: (best.score, chosen.continuitySet)
                )
            )
        }
        return .planned(
            PlanningResult(
                plan: chosen.plan,
                score: best.score,
                continuitySet: chosen.continuitySet,
                alternatives: alternatives,
                exclusions: problem.exclusions,
                statistics: SearchStatistics(nodes: search.nodes, isProvenOptimal: search.isComplete)
            )
        )
    }

    // MARK: - Building results

    private func makePlan(
        _ entry: TopPlans.Entry,
        problem: CompiledProblem
    ) -> (plan: Plan, continuitySet: [Participant.ID]) {
        let sessions = entry.indices.enumerated().map { level, index in
            PlannedSession(slot: problem.slots[level][index].source, participants: problem.participants)
        }
        let continuity = problem.participants.filter { participant in
            sessions.prefix(3).allSatisfy { participant.availability(for: $0.slot.id).canAttend }
        }
        return (Plan(sessions: sessions), continuity.map(\.id))
    }

    /// The first objective on which `score` is worse than `best`.
    static func loss(
        of alternative: (score: PlanScore, continuity: [Participant.ID]),
        against chosen: (score: PlanScore, continuity: [Participant.ID])
    ) -> Alternative.Loss {
        let (score, best) = (alternative.score, chosen.score)
        let mine = score.objectiveVector
        let theirs = best.objectiveVector
        guard let index = mine.indices.first(where: { mine[$0] != theirs[$0] }) else { return .tieBreak }
        let difference = theirs[index] - mine[index]
        switch index {
        case 0:
            return .continuity(
                fewer: difference,
                missing: chosen.continuity.filter { !alternative.continuity.contains($0) },
                gained: alternative.continuity.filter { !chosen.continuity.contains($0) }
            )
        case 1: return .attendance(fewerHalves: difference)
        case 2: return .irregularRhythm
        case 3: return .laterInformation(days: best.informationStart.date.days(to: score.informationStart.date))
        case 4: return .reviewContinuity(fewer: difference)
        case 5: return .reviewAttendance(fewerHalves: difference)
        default:
            guard let bestReview = best.reviewStart, let review = score.reviewStart else { return .tieBreak }
            return .laterReview(days: bestReview.date.days(to: review.date))
        }
    }
}
