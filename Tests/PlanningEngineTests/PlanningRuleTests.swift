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

    @Test func facilitatorNeverInTwoPlacesAtOnce() {
        var builder = ScenarioBuilder(kinds: SessionKind.foundingSequence, initiator: "p1")
        builder.scenario.sessionRules[1].daysAfterPrevious = 0...3
        builder.scenario.candidates[1] = ScenarioBuilder.slot(
            "founding1-a",
            .founding1,
            "2027-01-12",
            "19:00",
            venue: "old"
        )
        builder.scenario.sessionRules[2].daysAfterPrevious = 0...60
        guard case .infeasible(let why) = Planner(scenario: builder.scenario).plan() else {
            Issue.record("expected no plan")
            return
        }
        #expect(why.reasons == [.bookingConflicts])
        builder.scenario.facilitators.append(Facilitator(id: "marc", name: "Marc", email: "marc@example.org"))
        builder.scenario.candidates[1].facilitator = "marc"
        #expect(chosen(builder.scenario, .founding1) == "founding1-a")
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
