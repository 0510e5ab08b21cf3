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
        ///
        /// A time limit is not an option: pass a ``SearchDeadline`` to ``Planner/plan(deadline:)``.
        public init(nodeLimit: Int = 500_000_000, alternativeCount: Int = 3) {
            self.nodeLimit = nodeLimit
            self.alternativeCount = alternativeCount
        }
    }

    /// Plans the scenario: the best plan with its alternatives, or why none exists.
    ///
    /// The same as ``plan(deadline:)`` with no deadline: only ``Options/nodeLimit`` can stop the search.
    public func plan() -> PlanningOutcome { plan(deadline: .never) }

    /// Plans the scenario, stopping the search when `deadline` has passed (it is asked every
    /// ``SearchDeadline/checkInterval`` nodes) or at ``Options/nodeLimit``.
    ///
    /// A stopped search returns the best plan found, with ``SearchStatistics/isProvenOptimal`` false and
    /// ``SearchStatistics/bound`` the best continuity and attendance an unexplored plan could still reach; one
    /// stopped before finding any plan is ``Infeasibility/Reason/searchStopped(nodes:)``, which claims nothing.
    public func plan(deadline: SearchDeadline) -> PlanningOutcome {
        plan(deadline: deadline, answers: AnswerMatrix(scenario: scenario))
    }

    /// Plans the scenario with its answers already read into `answers`, which must have been built from
    /// ``scenario``: a caller that also renders the answers (`plan.html`) reads them once for both.
    public func plan(deadline: SearchDeadline, answers: AnswerMatrix) -> PlanningOutcome {
        let problem = CompiledProblem(scenario: scenario, answers: answers)
        var search = PlanSearch(
            problem: problem,
            nodeLimit: options.nodeLimit,
            deadline: deadline,
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
            return .infeasible(explainInfeasibility(of: problem, search: search, deadline: deadline))
        }
        let chosen = makePlan(best, problem: problem, answers: answers)
        let alternatives = entries.dropFirst().map { entry in
            let plan = makePlan(entry, problem: problem, answers: answers)
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
        var bound = ObjectiveBound(continuity: best.score.continuity, attendanceHalves: best.score.attendanceHalves)
        if let open = search.openBound, (open.continuity, open.halves) > (bound.continuity, bound.attendanceHalves) {
            bound = ObjectiveBound(continuity: open.continuity, attendanceHalves: open.halves)
        }
        return .planned(
            PlanningResult(
                plan: chosen.plan,
                score: best.score,
                continuitySet: chosen.continuitySet,
                alternatives: alternatives,
                exclusions: problem.exclusions,
                statistics: SearchStatistics(nodes: search.nodes, isProvenOptimal: search.isComplete, bound: bound)
            )
        )
    }

    // MARK: - Building results

    /// The plan of a search entry, its sessions' answers and its continuity set read from the bit sets.
    private func makePlan(
        _ entry: TopPlans.Entry,
        problem: CompiledProblem,
        answers: AnswerMatrix
    ) -> (plan: Plan, continuitySet: [Participant.ID]) {
        let words = problem.wordCount
        var continuity = [UInt64](repeating: ~0, count: words)
        var sessions: [PlannedSession] = []
        for (level, index) in entry.indices.enumerated() {
            let slot = problem.slots[level][index]
            if level < 3 {
                for w in 0..<words { continuity[w] &= problem.attendance[level][index * words + w] }
            }
            var yes: [Participant.ID] = []
            var ifNeedBe: [Participant.ID] = []
            var cannot: [Participant.ID] = []
            for (bit, id) in problem.participants.enumerated() {
                switch answers.answer(participant: bit, candidate: slot.position) {
                case .yes: yes.append(id)
                case .ifNeedBe: ifNeedBe.append(id)
                case .no, nil: cannot.append(id)
                }
            }
            sessions.append(
                PlannedSession(slot: problem.candidates[slot.position], yes: yes, ifNeedBe: ifNeedBe, cannot: cannot)
            )
        }
        let continuitySet = problem.participants.indices.filter { continuity[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
        return (Plan(sessions: sessions), continuitySet.map { problem.participants[$0] })
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
        case 3: return .tentativeFacilitator(sessions: difference)
        case 4: return .laterInformation(days: best.informationStart.date.days(to: score.informationStart.date))
        case 5: return .reviewContinuity(fewer: difference)
        case 6: return .reviewAttendance(fewerHalves: difference)
        case 7: return .reviewTentativeFacilitator
        default:
            guard let bestReview = best.reviewStart, let review = score.reviewStart else { return .tieBreak }
            return .laterReview(days: bestReview.date.days(to: review.date))
        }
    }
}
