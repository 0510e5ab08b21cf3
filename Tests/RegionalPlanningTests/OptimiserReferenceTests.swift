import PlanningDomain
import PlanningSamples
import RegionalCheck
import RegionalPlanning
import Testing

/// The optimiser against the brute-force reference on tiny seeded regional problems.
@Suite struct OptimiserReferenceTests {
    /// Two groups with two candidates per session, one workshop with three candidates and four interested
    /// people (minimum 2, maximum 3), two facilitators and two rooms: small enough to try every calendar.
    static func tiny(seed: UInt64) -> RegionalProblem {
        var shape = RegionShape(groups: 2, facilitators: 2, venues: 2, workshops: 1)
        shape.candidatesPerSession = 2
        shape.participants = 6...7
        shape.workshopCandidates = 3
        shape.interested = 4...4
        shape.reviewShare = 0.5
        shape.publishedRunShare = 0
        var problem = RandomRegion.make(seed: seed, shape: shape)
        for index in problem.workshops.indices {
            problem.workshops[index].minimumParticipants = 2
            problem.workshops[index].maximumParticipants = 3
            problem.workshops[index].runs = min(problem.workshops[index].runs, 2)
            problem.workshops[index].facilitatorsNeeded = 1
        }
        return problem
    }

    @Test("optimiser equals the brute-force reference", arguments: 1...16)
    func matchesReference(seed: Int) throws {
        let problem = Self.tiny(seed: UInt64(seed))
        let plan = try RegionalOptimiser(problem: problem, options: .init(seed: 1, iterationLimit: 300)).optimise()
        let report = RegionalChecker(problem: problem).check(plan)
        #expect(report.isValid, "\(report)")
        let reference = BruteForceCalendar(problem: problem).best()
        #expect(plan.objective == reference)
        #expect(!(plan.bound < reference), "the bound \(plan.bound) is below the optimum \(reference)")
    }

    @Test func theTinyProblemsCoverBothPlacedAndUnplacedGroupsAndHeldRuns() {
        let problems = (1...16).map { Self.tiny(seed: UInt64($0)) }
        let plans = problems.compactMap {
            try? RegionalOptimiser(problem: $0, options: .init(iterationLimit: 50)).optimise()
        }
        #expect(plans.count == 16)
        #expect(plans.contains { $0.groups.contains { $0.plan == nil } })
        #expect(plans.contains { !$0.runs.isEmpty })
        #expect(plans.contains { $0.groups.allSatisfy { $0.plan != nil } })
    }
}
