import EntraideTestSupport
import PlanningDomain
import PlanningEngine
import Testing

/// The objective, one criterion at a time, with the loss each runner-up reports.
@Suite struct PlanObjectiveTests {
    struct NoPlan: Error {}

    func result(_ scenario: Scenario) throws -> PlanningResult {
        guard case .planned(let result) = Planner(scenario: scenario).plan() else { throw NoPlan() }
        return result
    }

    @Test func continuityComesBeforeAttendance() throws {
        var builder = ScenarioBuilder(people: .init(count: 8), initiator: "p1")
        // founding1-a: all yes but p8, who cannot come; founding1-b: everyone, but only if need be.
        // b has less attendance and more continuity: continuity wins.
        builder.add(ScenarioBuilder.slot("founding1-b", .founding1, "2027-01-27", "18:30"), answer: .ifNeedBe)
        builder.answer("p8", "founding1-a", .no)
        let result = try result(builder.scenario)
        #expect(result.plan.session(.founding1)?.slot.id == "founding1-b")
        #expect(result.score.continuity == 8)
        let runnerUp = try #require(result.alternatives.first)
        #expect(runnerUp.loss == .continuity(fewer: 1, missing: ["p8"], gained: []))
    }

    @Test func regularRhythmBreaksAttendanceTies() throws {
        var builder = ScenarioBuilder(initiator: "p1")
        // founding2-b (Wednesday) ties with founding2-a (Tuesday, the rhythm of founding1-a) on attendance.
        builder.add(ScenarioBuilder.slot("founding2-b", .founding2, "2027-02-03", "18:30"))
        let result = try result(builder.scenario)
        #expect(result.plan.session(.founding2)?.slot.id == "founding2-a")
        #expect(result.score.hasRegularRhythm)
        #expect(result.alternatives.first?.loss == .irregularRhythm)
    }

    @Test func earliestInformationSessionLast() throws {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-b", .information, "2027-01-13", "18:30"))
        let result = try result(builder.scenario)
        #expect(result.plan.session(.information)?.slot.id == "information-a")
        #expect(result.alternatives.first?.loss == .laterInformation(days: 1))
    }

    @Test func reviewMaximisesTheContinuitySet() throws {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("review-b", .review, "2027-06-08", "18:30"))
        builder.answer("p2", "review-a", .no)
        let result = try result(builder.scenario)
        #expect(result.plan.session(.review)?.slot.id == "review-b")
        #expect(result.score.reviewContinuity == 6)
    }

    @Test func sessionsListWhoCanCome() throws {
        var builder = ScenarioBuilder(people: .init(count: 7), initiator: "p1")
        builder.answer("p7", "information-a", .ifNeedBe)
        builder.answer("p6", "founding1-a", .no)
        let result = try result(builder.scenario)
        let information = try #require(result.plan.session(.information))
        #expect(information.yes == ["p1", "p2", "p3", "p4", "p5", "p6"])
        #expect(information.ifNeedBe == ["p7"])
        #expect(result.plan.session(.founding1)?.cannot == ["p6"])
        #expect(result.continuitySet == ["p1", "p2", "p3", "p4", "p5", "p7"])
        #expect(result.score.attendanceHalves == 2 * 6 + 1 + 2 * 6 + 2 * 7)
    }
}
