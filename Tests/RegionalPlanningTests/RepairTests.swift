import PlanningDomain
import PlanningSamples
import RegionalCheck
import RegionalPlanning
import Testing

/// A group left out of the first calendar is placed by moving the group that holds what it needs.
@Suite struct RepairTests {
    /// The sample region with g2's only founding session 1 where g1's first choice for its own is.
    ///
    /// That is Tuesday 26 January, 18:30, in "big". g1 has a published session, so the first calendar places it
    /// first and leaves g2 out; g1 may move to its spare founding session 1 on 2 February, and then both are
    /// placed.
    static func crowdedRegion() -> RegionalProblem {
        var problem = SmallRegion.make().problem
        let index = problem.groups[1].scenario.candidates.firstIndex { $0.id == "g2-f1" }
        if let index {
            problem.groups[1].scenario.candidates[index].start = SmallRegion.at("2027-01-26", "18:30")
            problem.groups[1].scenario.candidates[index].venue = "big"
        }
        return problem
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func aGroupLeftOutIsPlacedByMovingTheGroupInItsWay(seed: UInt64) throws {
        let problem = Self.crowdedRegion()
        // Alone, each group has a plan: the bound counts both.
        let plan = try RegionalOptimiser(problem: problem, options: .init(seed: seed, iterationLimit: 1)).optimise()
        #expect(plan.bound[.groupsPlaced] == 2)
        #expect(plan.objective[.groupsPlaced] == 2)
        #expect(plan.objective[.publishedKept] == 1)
        #expect(plan.outcome(of: "g2")?.plan?.sessions.map(\.slot.id) == ["g2-info", "g2-f1", "g2-f2"])
        #expect(plan.outcome(of: "g1")?.plan?.sessions.map(\.slot.id).contains("g1-f1-b") == true)
        let report = RegionalChecker(problem: problem).check(plan)
        #expect(report.isValid, "\(report)")
    }
}
