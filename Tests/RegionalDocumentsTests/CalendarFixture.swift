import PlanningDomain
import PlanningSamples
import RegionalCheck
import RegionalPlanning
import Testing

/// The hand-written small region planned, and a version where a weekly limit leaves a group out; every calendar
/// goes through the independent checker.
enum CalendarFixture {
    static func planned(_ problem: RegionalProblem = SmallRegion.make().problem) throws -> RegionalPlan {
        let plan = try RegionalOptimiser(problem: problem, options: .init(seed: 3, iterationLimit: 200)).optimise()
        let check = RegionalChecker(problem: problem).check(plan)
        #expect(check.isValid, "\(check)")
        return plan
    }

    /// Only ben leads the workshop, its published run is in 2027-W09, ben leads one session a week: g2, whose
    /// candidates fall in that week and after, cannot start (as `InfeasibilityTests` sets it up).
    static func withAWeeklyLimit() -> RegionalProblem {
        var problem = SmallRegion.make().problem
        problem.centre.facilitators[0].qualifications.allWorkshops = false
        problem.centre.facilitators[1].weeklyLimit = 1
        problem.publishedRuns = [PublishedRun(workshop: "cnv", slot: "cnv-1")]
        for (index, day) in ["2027-03-03", "2027-03-17", "2027-03-31"].enumerated() {
            problem.groups[1].scenario.candidates[index].start = SmallRegion.at(day, "18:30")
        }
        return problem
    }
}
