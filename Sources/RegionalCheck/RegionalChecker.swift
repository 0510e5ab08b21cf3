public import PlanningDomain

/// The independent checker of a coordinator's calendar.
///
/// Written from the statements of `RegionalRule` and the definitions of `ObjectiveTerm` alone: it reads the
/// problem and the calendar as domain values, verifies every hard rule and recomputes every objective term,
/// without any code of the optimiser or of the single-group planner. Every calendar the tests and the
/// benchmark produce goes through it.
public struct RegionalChecker: Sendable {
    /// The problem the calendar claims to solve.
    public let problem: RegionalProblem

    /// A checker for calendars of `problem`.
    public init(problem: RegionalProblem) { self.problem = problem }

    /// Checks a calendar.
    ///
    /// - Returns: every rule it breaks, its objective recomputed, and the terms it misreports.
    public func check(_ plan: RegionalPlan) -> RegionalCheckReport {
        var log = BreachLog()
        var sessions: [Booked] = []
        checkGroups(plan, sessions: &sessions, log: &log)
        checkRuns(plan, sessions: &sessions, log: &log)
        checkShared(sessions, log: &log)
        let objective = objective(of: plan, sessions: sessions)
        let mismatched = ObjectiveTerm.allCases.filter { plan.objective[$0] != objective[$0] }
        return RegionalCheckReport(violations: log.breaches, objective: objective, mismatchedTerms: mismatched)
    }

    // MARK: - Lookups shared by the checks

    func centreFacilitator(_ id: Facilitator.ID) -> Facilitator? {
        problem.centre.facilitators.first { $0.id == id }
    }

    func centreVenue(_ id: Venue.ID) -> Venue? { problem.centre.venues.first { $0.id == id } }

    /// The kinds a group's scenario plans: information, founding 1 and 2, and the review when it has a rule.
    func plannedKinds(of scenario: Scenario) -> [SessionKind] {
        var kinds: [SessionKind] = [.information, .founding1, .founding2]
        if scenario.sessionRules.contains(where: { $0.kind == .review }) { kinds.append(.review) }
        return kinds
    }
}

/// One session of the calendar, as the shared rules see it.
struct Booked {
    /// `group g01 information` or `workshop w01 run w01-c3`.
    let label: String
    let start: LocalDateTime
    let end: LocalDateTime
    let venue: Venue.ID
    let facilitators: [Facilitator.ID]
}

/// The breaches found so far.
struct BreachLog {
    private(set) var breaches: [RuleBreach] = []

    mutating func add(_ rule: RegionalRule, _ explanation: String) {
        breaches.append(RuleBreach(rule, explanation))
    }
}
