import PlanningDomain
import RegionalCheck
import Testing

/// One case per hard rule: a change to the fixture that breaks that rule, and only what it implies.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: RegionalRule
    let change: @Sendable (inout RegionFixture) -> Void

    var testDescription: String { rule.name }

    static let all: [RuleCase] = [
        RuleCase(rule: .sessionSequence) { $0.plan.groups[0].plan?.sessions.removeLast() },
        RuleCase(rule: .closure) { fixture in
            let day = RegionFixture.date("2027-01-12")
            fixture.problem.centre.closures.append(Closure(from: day, to: day, reason: "Inventaire"))
        },
        RuleCase(rule: .facilitatorAway) {
            $0.problem.centre.facilitators[0].awayDates.insert(RegionFixture.date("2027-01-26"))
        },
        RuleCase(rule: .facilitatorBusy) { $0.problem.groups[0].scenario.facilitators[0].busySlots.insert("g1-f1") },
        RuleCase(rule: .venueBooked) {
            $0.problem.bookings.append(
                VenueBooking(
                    venue: "big",
                    start: RegionFixture.at("2027-02-09", "18:00"),
                    end: RegionFixture.at("2027-02-09", "19:00")
                )
            )
        },
        RuleCase(rule: .venueCapacity) { $0.problem.groups[0].scenario.venues[0].capacity = 6 },
        RuleCase(rule: .stepFree) { fixture in
            fixture.problem.groups[1].scenario.participants[1].needsStepFreeAccess = true
            fixture.refreshPlan(of: "g2")
        },
        RuleCase(rule: .initiator) { $0.answer("g1", "p1", "g1-info", .no) },
        RuleCase(rule: .quorum) { fixture in
            fixture.answer("g1", "p2", "g1-f1", .no)
            fixture.answer("g1", "p3", "g1-f1", .no)
        },
        RuleCase(rule: .sequenceQuorum) { fixture in
            fixture.problem.groups[0].scenario.rules.quorumScope = .wholeSequence
            fixture.answer("g1", "p2", "g1-info", .no)
            fixture.answer("g1", "p3", "g1-f1", .no)
        },
        RuleCase(rule: .sessionGap) { $0.move("g1", "g1-f1", to: "2027-01-14") },
        RuleCase(rule: .qualification) {
            $0.problem.centre.facilitators[0].qualifications = Qualifications(
                sessionKinds: Set(SessionKind.foundingSequence)
            )
        },
        RuleCase(rule: .facilitatorOverlap) { $0.move("g2", "g2-info", to: "2027-01-12", facilitator: "anne") },
        RuleCase(rule: .travelBuffer) { $0.move("g2", "g2-info", to: "2027-01-12", "20:10", facilitator: "anne") },
        RuleCase(rule: .venueOverlap) { $0.move("g2", "g2-info", to: "2027-01-12", venue: "big") },
        RuleCase(rule: .weeklyLimit) { fixture in
            fixture.problem.centre.facilitators[0].weeklyLimit = 1
            fixture.move("g2", "g2-info", to: "2027-01-13", facilitator: "anne")
        },
        RuleCase(rule: .monthlyLimit) { $0.problem.centre.facilitators[0].monthlyLimit = 1 },
        RuleCase(rule: .openingHours) { $0.move("g2", "g2-info", to: "2027-01-13", "21:00") },
        RuleCase(rule: .workshopCandidate) { $0.plan.runs[0].slot.start = RegionFixture.at("2027-03-07", "09:30") },
        RuleCase(rule: .workshopRuns) { fixture in
            fixture.problem.workshops[0].runs = 1
            fixture.plan.runs.append(
                WorkshopRun(
                    workshop: "cnv",
                    slot: fixture.problem.workshops[0].candidates[1],
                    facilitators: ["ben"],
                    enrolled: ["o2", "o1"]
                )
            )
            fixture.plan.runs[0].enrolled = ["g1-p1", "g1-p2"]
        },
        RuleCase(rule: .workshopFacilitators) { $0.plan.runs[0].facilitators = ["anne", "ben"] },
        RuleCase(rule: .workshopCapacity) { $0.problem.workshops[0].maximumParticipants = 2 },
        RuleCase(rule: .workshopMinimum) { $0.problem.workshops[0].minimumParticipants = 4 },
        RuleCase(rule: .enrolmentInterest) { $0.plan.runs[0].enrolled = ["g1-p1", "g1-p2", "o2"] },
        RuleCase(rule: .enrolmentOnce) { fixture in
            fixture.plan.runs.append(
                WorkshopRun(
                    workshop: "cnv",
                    slot: fixture.problem.workshops[0].candidates[1],
                    facilitators: ["ben"],
                    enrolled: ["o1", "o2"]
                )
            )
        },
        RuleCase(rule: .personOverlap) { fixture in
            var other = fixture.problem.workshops[0]
            other = Workshop(
                id: "ecoute",
                minimumParticipants: 1,
                windows: other.windows,
                candidates: [
                    WorkshopSlot(
                        id: "ecoute-1",
                        start: RegionFixture.at("2027-03-06", "10:00"),
                        durationMinutes: 120,
                        venue: "old"
                    )
                ]
            )
            fixture.problem.workshops.append(other)
            fixture.problem.interests.append(
                WorkshopInterest(person: "o1", workshop: "ecoute", answers: ["ecoute-1": .yes])
            )
            fixture.plan.runs.append(
                WorkshopRun(workshop: "ecoute", slot: other.candidates[0], facilitators: ["anne"], enrolled: ["o1"])
            )
        },
    ]
}

@Suite struct CheckerRuleTests {
    @Test func theFixtureKeepsEveryRule() {
        let fixture = RegionFixture()
        let report = RegionalChecker(problem: fixture.problem).check(fixture.plan)
        #expect(report.violations.isEmpty, "\(report)")
    }

    @Test("given these choices, this rule is broken", arguments: RuleCase.all)
    func breaks(_ rule: RuleCase) {
        var fixture = RegionFixture()
        rule.change(&fixture)
        let report = RegionalChecker(problem: fixture.problem).check(fixture.plan)
        #expect(report.brokenRules.contains(rule.rule), "\(report)")
        #expect(report.violations.filter { $0.rule == rule.rule }.allSatisfy { !$0.detail.description.isEmpty })
    }

    @Test func everyRuleOfTheCatalogueHasACase() {
        #expect(Set(RuleCase.all.map(\.rule)) == Set(RegionalRule.allCases))
    }

    @Test func aLimitBreachNamesTheFacilitatorTheWeekAndTheLimit() {
        var fixture = RegionFixture()
        fixture.problem.centre.facilitators[0].weeklyLimit = 1
        fixture.move("g2", "g2-info", to: "2027-01-13", facilitator: "anne")
        let report = RegionalChecker(problem: fixture.problem).check(fixture.plan)
        #expect(report.violations.map(\.description) == ["weekly-limit: anne: 2 sessions in 2027-W02, limit 1"])
    }

    @Test func aMisreportedTermIsCaught() {
        var fixture = RegionFixture()
        fixture.plan.objective[.enrolled] = 4
        let report = RegionalChecker(problem: fixture.problem).check(fixture.plan)
        #expect(report.violations.isEmpty)
        #expect(report.mismatchedTerms == [.enrolled])
        #expect(!report.isValid)
    }

    @Test func aGroupLeftOutOfTheCalendarIsReported() {
        var fixture = RegionFixture()
        fixture.plan.groups.removeLast()
        let report = RegionalChecker(problem: fixture.problem).check(fixture.plan)
        #expect(report.brokenRules == [.sessionSequence])
    }
}
