import PlanningDomain
import PlanningSamples
import RegionalCheck
import RegionalPlanning
import Testing

/// The same problem, seed and iteration budget give the same calendar, whatever the machine's speed.
@Suite struct DeterminismTests {
    @Test func sameSeedAndBudgetGiveTheSamePlan() throws {
        let problem = RandomRegion.make(seed: 3, shape: .r1)
        let optimiser = try RegionalOptimiser(problem: problem, options: .init(seed: 9, iterationLimit: 400))
        let first = optimiser.optimise()
        let second = optimiser.optimise()
        #expect(first == second)
        #expect(first.statistics.iterations == 400 || first.statistics.stop == .provenOptimal)
        #expect(RegionalChecker(problem: problem).check(first).isValid)
    }

    @Test func anotherSeedStillGivesAValidPlan() throws {
        let problem = RandomRegion.make(seed: 3, shape: .r1)
        let plan = try RegionalOptimiser(problem: problem, options: .init(seed: 10, iterationLimit: 200)).optimise()
        #expect(RegionalChecker(problem: problem).check(plan).isValid)
    }

    @Test func cancellingReturnsAValidPlanSoFar() throws {
        let problem = RandomRegion.make(seed: 2, shape: .r1)
        let optimiser = try RegionalOptimiser(problem: problem, options: .init(iterationLimit: 100_000))
        nonisolated(unsafe) var calls = 0
        var reports: [RegionalProgress] = []
        let plan = optimiser.optimise(
            progress: { reports.append($0) },
            isCancelled: {
                calls += 1
                return calls > 50
            }
        )
        #expect(plan.statistics.stop == .cancelled || plan.statistics.stop == .provenOptimal)
        #expect(plan.statistics.iterations < 100_000)
        #expect(RegionalChecker(problem: problem).check(plan).isValid)
        #expect(!reports.isEmpty)
        #expect(reports.allSatisfy { !($0.bound < $0.objective) })
    }
}
