import EntraideTestSupport
import Foundation
import PlanDocuments
import PlanningDomain
import PlanningEngine
import PlanningSamples
import Testing

/// The explanation as a person reads it, in golden files: no answer apart from no, a facilitator's pencilled
/// meetings, and a search stopped before its proof.
@Suite struct ExplanationGoldenTests {
    let golden = GoldenFile()

    /// Eight people and Anne's pencilled meetings.
    ///
    /// p7 never answered for founding 1, p8 said no to founding 2. Anne has pencilled meetings on
    /// information-a (a day earlier than information-b) and on the only review.
    static func pencilledScenario() -> Scenario {
        var builder = ScenarioBuilder(people: .init(count: 8), initiator: "p1")
        builder.add(ScenarioBuilder.slot("information-b", .information, "2027-01-13", "18:30"))
        builder.scenario.participants[6].answers["founding1-a"] = nil
        builder.answer("p8", "founding2-a", .no)
        builder.scenario.facilitators[0].tentativeSlots = ["information-a", "review-a"]
        return builder.scenario
    }

    @Test func noAnswerAndPencilledMeetings() throws {
        let scenario = Self.pencilledScenario()
        guard case .planned(let result) = Planner(scenario: scenario).plan() else {
            Issue.record("expected a plan")
            return
        }
        let text = ExplanationText(scenario: scenario).render(result)
        try golden.assert(text, named: "explanation-pencilled.txt")
        #expect(text.contains("Ne peuvent pas (0) : personne\n  Sans réponse, comptées comme ne pouvant pas (1) : p7"))
        #expect(text.contains("Ne peuvent pas (1) : p8\n"))
        #expect(text.contains("Attention : Anne a un rendez-vous provisoire à ce moment-là"))
        #expect(text.contains("Anne a un rendez-vous provisoire à ce moment-là (séance d'information)"))
    }

    @Test func planJSONListsWhoDidNotAnswerApart() throws {
        let scenario = Self.pencilledScenario()
        guard case .planned(let result) = Planner(scenario: scenario).plan() else {
            Issue.record("expected a plan")
            return
        }
        let document = PlanJSON(scenario: scenario).document(for: result)
        let founding1 = try #require(document.sessions.first { $0.kind == "founding1" })
        #expect(founding1.no == ["p7"])
        #expect(founding1.noAnswer == ["p7"])
        let founding2 = try #require(document.sessions.first { $0.kind == "founding2" })
        #expect(founding2.no == ["p8"])
        #expect(founding2.noAnswer.isEmpty)
        #expect(document.sessions.map(\.facilitatorTentative) == [false, false, false, true])
        #expect(document.score?.tentativeSessions == 0)
        #expect(document.alternatives.first?.loss.objective == "tentative-facilitator")
        #expect(document.bound?.continuity == 6)
        #expect(document.bound?.attendance == result.score.attendance)
    }

    @Test func aStoppedSearchSaysHowFarItMayBe() throws {
        let scenario = RandomScenario.make(seed: 2, shape: .medium)
        guard case .planned(let result) = Planner(scenario: scenario, options: .init(nodeLimit: 60)).plan() else {
            Issue.record("sixty nodes find a plan")
            return
        }
        #expect(!result.statistics.isProvenOptimal)
        let text = ExplanationText(scenario: scenario).render(result)
        try golden.assert(text, named: "explanation-stopped.txt")
        #expect(text.contains("Recherche interrompue après 61 nœuds"))
        #expect(text.contains("Au mieux "))
    }

    @Test func sequenceOrderIsNamedWhenSessionsMayShareADay() {
        let why = Infeasibility(
            reasons: [.noneWithinGap(.founding1, previous: .information, days: 0...3)],
            exclusions: []
        )
        #expect(
            ExplanationText(scenario: ScenarioBuilder().scenario).sentences(why) == [
                "Première séance de fondation : aucun créneau ne commence après la fin d'une séance d'information "
                    + "possible et 0 à 3 jours après elle (les séances se suivent sans se chevaucher)."
            ]
        )
    }
}
