import PlanningDomain
import RegionalCheck
import Testing

/// Each objective term recomputed from the choices, on the fixture and after a change that moves that term.
struct TermCase: Sendable, CustomTestStringConvertible {
    let term: ObjectiveTerm
    let expected: Int
    let change: @Sendable (inout RegionFixture) -> Void

    var testDescription: String { term.name }

    static let all: [TermCase] = [
        TermCase(term: .publishedKept, expected: 0) { fixture in
            let other = RegionFixture.slot("g1-info-b", .information, "2027-01-11", venue: "big", facilitator: "anne")
            fixture.problem.groups[0].scenario.candidates.append(other)
            let people = fixture.problem.groups[0].scenario.participants
            fixture.plan.groups[0].plan?.sessions[0] = PlannedSession(slot: other, participants: people)
        },
        TermCase(term: .groupsPlaced, expected: 1) { $0.plan.groups[1].plan = nil },
        TermCase(term: .continuity, expected: 10) { $0.answer("g1", "p6", "g1-f2", .no) },
        TermCase(term: .attendance, expected: 65) { $0.answer("g1", "p6", "g1-f2", .ifNeedBe) },
        TermCase(term: .rhythm, expected: 1) { $0.move("g2", "g2-f2", to: "2027-02-10", "19:00") },
        TermCase(term: .informationStart, expected: 16_950 + 18_390 - 1440) {
            $0.move("g2", "g2-info", to: "2027-01-12", venue: "old")
        },
        TermCase(term: .reviewContinuity, expected: 5) { $0.answer("g1", "p6", "g1-review", .no) },
        TermCase(term: .reviewAttendance, expected: 11) { $0.answer("g1", "p6", "g1-review", .ifNeedBe) },
        TermCase(term: .reviewStart, expected: 218_550 + 7 * 1440) { $0.move("g1", "g1-review", to: "2027-06-08") },
        TermCase(term: .enrolled, expected: 2) { $0.plan.runs[0].enrolled = ["g1-p1", "o1"] },
        TermCase(term: .enrolmentPriority, expected: 2) { $0.plan.runs[0].enrolled = ["g1-p1", "o1"] },
        TermCase(term: .workshopSpread, expected: 0) { $0.plan.runs.removeAll() },
        TermCase(term: .peakLoad, expected: 2) { $0.move("g2", "g2-info", to: "2027-01-13", facilitator: "anne") },
        TermCase(term: .peakWeeks, expected: 7) { $0.plan.runs.removeAll() },
        TermCase(term: .travel, expected: 1) { fixture in
            fixture.move("g2", "g2-info", to: "2027-03-06", "18:00", facilitator: "ben")
        },
    ]
}

@Suite struct CheckerObjectiveTests {
    @Test func theFixturesObjectiveIsWorkedOutByHand() {
        let fixture = RegionFixture()
        let report = RegionalChecker(problem: fixture.problem).check(fixture.plan)
        #expect(report.objective == RegionFixture.expectedObjective)
        #expect(report.mismatchedTerms.isEmpty)
    }

    @Test("each term is recomputed from the choices", arguments: TermCase.all)
    func term(_ term: TermCase) {
        var fixture = RegionFixture()
        term.change(&fixture)
        let objective = RegionalChecker(problem: fixture.problem).check(fixture.plan).objective
        #expect(objective[term.term] == term.expected)
    }

    @Test func everyTermHasACase() {
        #expect(TermCase.all.map(\.term) == ObjectiveTerm.allCases)
    }

    @Test func theObjectiveComparesTermByTermInOrder() {
        var better = RegionFixture.expectedObjective
        var worse = better
        worse[.continuity] -= 1
        worse[.enrolled] += 100
        #expect(worse < better)
        better[.travel] += 1
        #expect(better < RegionFixture.expectedObjective)
        #expect(RegionFixture.expectedObjective.gap(to: RegionFixture.expectedObjective) == nil)
        #expect(worse.gap(to: RegionFixture.expectedObjective)?.term == .continuity)
    }
}
