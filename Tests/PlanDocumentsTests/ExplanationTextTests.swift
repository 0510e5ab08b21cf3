import PlanDocuments
import PlanningDomain
import PlanningEngine
import Testing

/// Sentences of the infeasibility explanation, built from the reasons the planner gives.
@Suite struct ExplanationTextTests {
    let scenario = Scenario(
        organisation: Organisation(
            name: "Centre",
            timeZone: "Europe/Zurich",
            language: .french,
            organiser: Contact(name: "Centre", email: "centre@example.org"),
            uidDomain: "example.org"
        ),
        group: Group(id: "g", title: "Groupe", theme: "Thème", type: .talkingGroup, region: "Vaud", initiator: nil),
        facilitators: [],
        venues: [],
        sessionRules: SessionKind.foundingSequence.map(SessionRule.standard),
        candidates: [],
        participants: [],
        closures: [],
        rules: PlanningRules()
    )

    @Test func sequenceQuorumWithEqualGaps() {
        let why = Infeasibility(
            reasons: [.sequenceQuorum(quorum: 6, best: 4, foundingGap: 7...28, secondGap: 7...28)],
            exclusions: []
        )
        #expect(
            ExplanationText(scenario: scenario).sentences(why) == [
                "quorum 6 impossible à atteindre : au plus 4 personnes peuvent assister à une séance d'information "
                    + "et à des séances de fondation espacées de 7 à 28 jours."
            ]
        )
    }

    @Test func sequenceQuorumWithDifferentGapsNamesBoth() {
        let why = Infeasibility(
            reasons: [.sequenceQuorum(quorum: 6, best: 4, foundingGap: 7...28, secondGap: 7...14)],
            exclusions: []
        )
        #expect(
            ExplanationText(scenario: scenario).sentences(why) == [
                "quorum 6 impossible à atteindre : au plus 4 personnes peuvent assister à une séance d'information, "
                    + "à une première séance de fondation 7 à 28 jours plus tard et à une deuxième 7 à 14 jours "
                    + "après celle-ci."
            ]
        )
    }

    @Test func gapThatNoCandidateFits() {
        let why = Infeasibility(
            reasons: [.noneWithinGap(.founding2, previous: .founding1, days: 7...28)],
            exclusions: []
        )
        #expect(
            ExplanationText(scenario: scenario).sentences(why) == [
                "Deuxième séance de fondation : aucun créneau ne se situe 7 à 28 jours après une première séance de "
                    + "fondation possible."
            ]
        )
    }

    @Test func moreThanTwentyFourExclusionsAreListedUpToTwelveThenCountedByRule() {
        var scenario = scenario
        scenario.candidates = (1...30).map { day in
            CandidateSlot(
                id: .init("c\(day)"),
                kind: .founding1,
                start: LocalDateTime(
                    date: LocalDate(year: 2027, month: 3, day: day)!,
                    time: LocalTime(hour: 18, minute: 0)!
                ),
                durationMinutes: 120,
                venue: "v",
                facilitator: "f"
            )
        }
        let exclusions = scenario.candidates.map { slot in
            CandidateExclusion(
                slot: slot.id,
                kind: .founding1,
                reason: slot.date.day <= 15 ? .quorum(canAttend: 2, quorum: 6) : .venueBooked("v")
            )
        }
        let lines = ExplanationText(scenario: scenario).render(
            Infeasibility(reasons: [.allCandidatesExcluded(.founding1, count: 30)], exclusions: exclusions)
        )
        .split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("  c") }.count == 12)
        #expect(lines.last == "  … et 18 autres (quorum 3, salle réservée 15) ; plan.json les liste tous")
    }

    @Test func twentyFourExclusionsAreAllListed() {
        let exclusions = (1...24).map {
            CandidateExclusion(slot: .init("c\($0)"), kind: .founding1, reason: .venueBooked("v"))
        }
        let text = ExplanationText(scenario: scenario).render(
            Infeasibility(reasons: [.allCandidatesExcluded(.founding1, count: 24)], exclusions: exclusions)
        )
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("  c") }.count == 24)
        #expect(!text.contains("plan.json les liste tous"))
    }
}
