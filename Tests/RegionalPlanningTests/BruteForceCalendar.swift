import PlanningDomain
import RegionalCheck

/// The best calendar of a tiny regional problem by trying them all, written from the rules' statements: every
/// calendar is judged by the independent checker, which verifies the rules and computes the objective.
///
/// Groups come first in the objective, so the groups' part is searched first (every group unplaced or at any
/// chain of its own candidates); the workshops are then tried with every group choice that reaches the best
/// groups' part: any subset of at most `runs` candidates, any qualified facilitators, any enrolment.
struct BruteForceCalendar {
    let problem: RegionalProblem
    let checker: RegionalChecker

    init(problem: RegionalProblem) {
        self.problem = problem
        checker = RegionalChecker(problem: problem)
    }

    /// The best objective over every valid calendar (the empty calendar is always one).
    func best() -> RegionalObjective {
        var best: (value: [Int], choices: [[GroupOutcome]]) = ([], [])
        for outcomes in groupChoices() {
            let report = checker.check(calendar(outcomes, runs: []))
            guard report.violations.isEmpty else { continue }
            let value = Array(report.objective.oriented.prefix(9))
            if best.value.isEmpty || best.value.lexicographicallyPrecedes(value) {
                best = (value, [outcomes])
            } else if value == best.value {
                best.choices.append(outcomes)
            }
        }
        var top: RegionalObjective?
        for outcomes in best.choices {
            for runs in runChoices() {
                let report = checker.check(calendar(outcomes, runs: runs))
                guard report.violations.isEmpty else { continue }
                if top.map({ $0 < report.objective }) ?? true { top = report.objective }
            }
        }
        return top ?? RegionalObjective()
    }

    // MARK: - Enumeration

    private func groupChoices() -> [[GroupOutcome]] {
        var all: [[GroupOutcome]] = [[]]
        for group in problem.groups {
            let scenario = group.scenario
            var kinds: [SessionKind] = [.information, .founding1, .founding2]
            if scenario.sessionRules.contains(where: { $0.kind == .review }) { kinds.append(.review) }
            var chains: [[CandidateSlot]] = [[]]
            for kind in kinds {
                chains = chains.flatMap { chain in scenario.candidates(of: kind).map { chain + [$0] } }
            }
            let options =
                [GroupOutcome(group: group.id, plan: nil)]
                + chains.map { chain in
                    GroupOutcome(
                        group: group.id,
                        plan: Plan(
                            sessions: chain.map { PlannedSession(slot: $0, participants: scenario.participants) }
                        )
                    )
                }
            all = all.flatMap { prefix in options.map { prefix + [$0] } }
        }
        return all
    }

    private func runChoices() -> [[WorkshopRun]] {
        var all: [[WorkshopRun]] = [[]]
        for workshop in problem.workshops {
            let people = problem.interests.filter { $0.workshop == workshop.id }.map(\.person)
            let leaders = problem.centre.facilitators.filter {
                $0.qualifications.mayLead(workshop: workshop.id.rawValue)
            }
            .map(\.id)
            let teams = Self.subsets(of: leaders, size: workshop.facilitatorsNeeded)
            var options: [[WorkshopRun]] = []
            for size in 0...min(workshop.runs, workshop.candidates.count) {
                for slots in Self.subsets(of: workshop.candidates, size: size) {
                    var staffed: [[(WorkshopSlot, [Facilitator.ID])]] = [[]]
                    for slot in slots {
                        staffed = staffed.flatMap { prefix in teams.map { prefix + [(slot, $0)] } }
                    }
                    for runs in staffed {
                        // Each interested person in one of the runs, or in none (index `runs.count`).
                        var assignments: [[Int]] = [[]]
                        for _ in people { assignments = assignments.flatMap { a in (0...runs.count).map { a + [$0] } } }
                        for assignment in assignments {
                            options.append(
                                runs.enumerated().map { index, run in
                                    WorkshopRun(
                                        workshop: workshop.id,
                                        slot: run.0,
                                        facilitators: run.1,
                                        enrolled: people.indices.filter { assignment[$0] == index }.map { people[$0] }
                                    )
                                }
                            )
                        }
                    }
                }
            }
            all = all.flatMap { prefix in options.map { prefix + $0 } }
        }
        return all
    }

    private func calendar(_ groups: [GroupOutcome], runs: [WorkshopRun]) -> RegionalPlan {
        RegionalPlan(groups: groups, runs: runs)
    }

    static func subsets<T>(of items: [T], size: Int) -> [[T]] {
        guard size > 0 else { return [[]] }
        guard items.count >= size else { return [] }
        var result: [[T]] = []
        for (index, item) in items.enumerated() {
            for rest in subsets(of: Array(items[(index + 1)...]), size: size - 1) { result.append([item] + rest) }
        }
        return result
    }
}
