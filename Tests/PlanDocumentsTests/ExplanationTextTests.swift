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
}
