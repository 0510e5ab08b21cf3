import EntraideTestSupport
import PlanningDomain
import PlanningEngine
import Testing

/// One test per hard rule: given these candidates, this rule removes that one.
@Suite struct PlanningRuleTests {
    /// The chosen candidate of a kind, or `nil` when no plan exists.
    func chosen(_ scenario: Scenario, _ kind: SessionKind) -> CandidateSlot.ID? {
        guard case .planned(let result) = Planner(scenario: scenario).plan() else { return nil }
        return result.plan.session(kind)?.slot.id
    }

    func exclusion(_ scenario: Scenario, _ slot: CandidateSlot.ID) -> CandidateExclusion.Reason? {
        switch Planner(scenario: scenario).plan() {
        case .planned(let result): result.exclusions.first { $0.slot == slot }?.reason
        case .infeasible(let why): why.exclusions.first { $0.slot == slot }?.reason
        }
    }

    @Test func closureRemovesACandidate() {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-early", .information, "2027-01-05", "18:30"))
        #expect(chosen(builder.scenario, .information) == "information-early")
        builder.scenario.closures = [
            Closure(
                from: LocalDate(year: 2027, month: 1, day: 4)!,
                to: LocalDate(year: 2027, month: 1, day: 6)!,
                reason: "Fermeture"
            )
        ]
        #expect(chosen(builder.scenario, .information) == "information-a")
        #expect(
            exclusion(builder.scenario, "information-early")
                == .closure(LocalDate(year: 2027, month: 1, day: 5)!, reason: "Fermeture")
        )
    }

    @Test func facilitatorAwayRemovesACandidate() {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-early", .information, "2027-01-05", "18:30"))
        builder.scenario.facilitators[0].awayDates = [LocalDate(year: 2027, month: 1, day: 5)!]
        #expect(chosen(builder.scenario, .information) == "information-a")
        #expect(exclusion(builder.scenario, "information-early") == .facilitatorAway("anne"))
    }

    @Test func facilitatorBusyRemovesACandidate() {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-early", .information, "2027-01-05", "18:30"))
        builder.scenario.facilitators[0].busySlots = ["information-early"]
        #expect(chosen(builder.scenario, .information) == "information-a")
        #expect(exclusion(builder.scenario, "information-early") == .facilitatorBusy("anne"))
    }

    @Test func bookedVenueRemovesACandidate() {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-early", .information, "2027-01-05", "18:30"))
        let venue = builder.scenario.candidates.first { $0.id == "information-early" }!.venue
        let index = builder.scenario.venues.firstIndex { $0.id == venue }!
        builder.scenario.venues[index].bookedSlots = ["information-early"]
        #expect(chosen(builder.scenario, .information) == "information-a")
        #expect(exclusion(builder.scenario, "information-early") == .venueBooked(venue))
    }

    @Test func venueMustHoldAttendeesAndFacilitator() {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.scenario.venues.append(
            Venue(id: "small", name: "Small", address: "Rue 3", capacity: 6, hasStepFreeAccess: true)
        )
        builder.add(ScenarioBuilder.slot("information-early", .information, "2027-01-05", "18:30", venue: "small"))
        #expect(exclusion(builder.scenario, "information-early") == .capacity(venue: "small", needed: 7, capacity: 6))
        builder.scenario.venues[2].capacity = 7
        #expect(chosen(builder.scenario, .information) == "information-early")
    }

    @Test func stepFreeAccessWhenAnAttendeeNeedsIt() {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-early", .information, "2027-01-05", "18:30", venue: "old"))
        #expect(chosen(builder.scenario, .information) == "information-early")
        builder.scenario.participants[2].needsStepFreeAccess = true
        #expect(chosen(builder.scenario, .information) == "information-a")
        #expect(exclusion(builder.scenario, "information-early") == .stepFreeAccess(venue: "old", participants: ["p3"]))
    }

    @Test func initiatorMustAttendUnlessRelaxed() {
        var builder = ScenarioBuilder(people: .init(count: 7), initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-early", .information, "2027-01-05", "18:30"))
        builder.answer("p1", "information-early", .no)
        #expect(exclusion(builder.scenario, "information-early") == .initiatorUnavailable("p1"))
        builder.scenario.rules.initiatorMustAttend = false
        #expect(exclusion(builder.scenario, "information-early") == nil)
    }

    @Test func quorumAtEachSession() {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-early", .information, "2027-01-05", "18:30"))
        builder.answer("p6", "information-early", .no)
        #expect(exclusion(builder.scenario, "information-early") == .quorum(canAttend: 5, quorum: 6))
        builder.answer("p6", "information-early", .ifNeedBe)
        #expect(exclusion(builder.scenario, "information-early") == nil)
    }

    @Test func quorumOverTheWholeSequence() {
        var builder = ScenarioBuilder(people: .init(count: 7), initiator: "p1")
        // Each session reaches the quorum of 6, but only 5 people can come to all three.
        builder.answer("p6", "information-a", .no)
        builder.answer("p7", "founding1-a", .no)
        #expect(chosen(builder.scenario, .information) == "information-a")
        builder.scenario.rules.quorumScope = .wholeSequence
        guard case .infeasible(let why) = Planner(scenario: builder.scenario).plan() else {
            Issue.record("expected no plan")
            return
        }
        #expect(why.reasons == [.sequenceQuorum(quorum: 6, best: 5, foundingGap: 7...28, secondGap: 7...28)])
    }

    @Test func gapsBetweenSessions() {
        var builder = ScenarioBuilder(initiator: "p1")
        // Founding 1 only 6 days after the information session: too close.
        builder.scenario.candidates[1] = ScenarioBuilder.slot("founding1-a", .founding1, "2027-01-18", "18:30")
        guard case .infeasible(let why) = Planner(scenario: builder.scenario).plan() else {
            Issue.record("expected no plan")
            return
        }
        #expect(why.reasons == [.noneWithinGap(.founding1, previous: .information, days: 7...28)])
    }

    /// The sequence order: founding 1 may fall on the information session's day (a gap minimum of 0) but
    /// only once it has ended, even in another room with another facilitator.
    @Test func sessionsNeverOverlap() {
        var builder = ScenarioBuilder(kinds: SessionKind.foundingSequence, initiator: "p1")
        builder.scenario.facilitators.append(Facilitator(id: "marc", name: "Marc", email: "marc@example.org"))
        builder.scenario.sessionRules[1].daysAfterPrevious = 0...3
        builder.scenario.sessionRules[2].daysAfterPrevious = 0...60
        // The information session runs 18:30–20:00 on 12 January; founding 1 would start at 19:00.
        builder.scenario.candidates[1] = ScenarioBuilder.slot(
            "founding1-a",
            .founding1,
            "2027-01-12",
            "19:00",
            venue: "old",
            facilitator: "marc"
        )
        guard case .infeasible(let why) = Planner(scenario: builder.scenario).plan() else {
            Issue.record("founding 1 overlaps the information session: no plan may use it")
            return
        }
        #expect(why.reasons == [.noneWithinGap(.founding1, previous: .information, days: 0...3)])
        // Starting when the information session ends is allowed.
        builder.scenario.candidates[1] = ScenarioBuilder.slot(
            "founding1-a",
            .founding1,
            "2027-01-12",
            "20:00",
            venue: "old",
            facilitator: "marc"
        )
        #expect(chosen(builder.scenario, .founding1) == "founding1-a")
    }

    /// The sequence order: founding 2 never comes before founding 1, even on the same day.
    @Test func sessionsComeInOrder() {
        var builder = ScenarioBuilder(kinds: SessionKind.foundingSequence, initiator: "p1")
        builder.scenario.sessionRules[2].daysAfterPrevious = 0...28
        builder.scenario.candidates[2] = ScenarioBuilder.slot("founding2-a", .founding2, "2027-01-26", "14:00")
        builder.add(ScenarioBuilder.slot("founding2-b", .founding2, "2027-01-26", "20:30"))
        // founding2-a, earlier and first by id, ends before founding 1 (18:30–20:30) starts.
        #expect(chosen(builder.scenario, .founding2) == "founding2-b")
        builder.scenario.candidates.removeAll { $0.id == "founding2-b" }
        guard case .infeasible(let why) = Planner(scenario: builder.scenario).plan() else {
            Issue.record("founding 2 before founding 1: no plan")
            return
        }
        #expect(why.reasons == [.noneWithinGap(.founding2, previous: .founding1, days: 0...28)])
    }

    /// A facilitator's tentative time (a pencilled meeting) loses only ties of the group's criteria.
    @Test func tentativeTimeIsAvoidedWhenAnotherPlanIsAsGood() throws {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-b", .information, "2027-01-13", "18:30"))
        builder.scenario.facilitators[0].tentativeSlots = ["information-a"]
        guard case .planned(let result) = Planner(scenario: builder.scenario).plan() else {
            Issue.record("expected a plan")
            return
        }
        // information-a is a day earlier but pencilled in: the later, equally attended one wins.
        #expect(result.plan.session(.information)?.slot.id == "information-b")
        #expect(result.score.tentativeSessions == 0)
        #expect(result.alternatives.first?.loss == .tentativeFacilitator(sessions: 1))
        // When the pencilled slot has one more person, it is kept: people come first.
        builder.answer("p6", "information-b", .no)
        #expect(chosen(builder.scenario, .information) == "information-a")
    }

    @Test func tentativeReviewLosesOnlyToAnEquallyAttendedOne() {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.add(ScenarioBuilder.slot("review-b", .review, "2027-06-08", "18:30"))
        builder.scenario.facilitators[0].tentativeSlots = ["review-a"]
        #expect(chosen(builder.scenario, .review) == "review-b")
        builder.answer("p2", "review-b", .ifNeedBe)
        #expect(chosen(builder.scenario, .review) == "review-a")
    }

    @Test func missingSessionCandidates() {
        var builder = ScenarioBuilder(initiator: "p1")
        builder.scenario.candidates.removeAll { $0.kind == .founding2 }
        guard case .infeasible(let why) = Planner(scenario: builder.scenario).plan() else {
            Issue.record("expected no plan")
            return
        }
        #expect(why.reasons == [.noCandidates(.founding2)])
    }
}
