import AvailabilityImport
import PlanningDomain
import PlanningInput
import Testing

/// Answers keep their origin: one layer per source on the Nyon example, merged by the one rule.
@Suite struct AnswerLayerTests {
    private func nyon() throws -> LoadedScenario { try ScenarioLoaderTests.nyon.get() }

    private func layer(_ origin: AnswerOrigin) throws -> AnswerLayer {
        try #require(try nyon().answerLayers.first { $0.origin == origin })
    }

    private static let framadate = AnswerOrigin(.poll, detail: "sondage-information.csv", order: 0)
    private static let grid = AnswerOrigin(.poll, detail: "reponses-telephone.csv", order: 1)

    @Test func everySourceIsALayerInTheOrderItIsRead() throws {
        #expect(try nyon().answerLayers.map(\.origin) == [.scenario, Self.framadate, Self.grid, .derived])
        #expect(
            try nyon().answerLayers.map(\.origin.description) == [
                "scenario", "poll:sondage-information.csv", "poll:reponses-telephone.csv", "derived",
            ]
        )
    }

    @Test func eachLayerHoldsItsOwnAnswersBeforeTheMerge() throws {
        #expect(try layer(.scenario).answers == ["p10": ["info-0123": .yes]])
        // p10 said no to the Saturday in the poll, then yes on the phone (the scenario): both are kept.
        #expect(try layer(Self.framadate).answers["p10"]?["info-0123"] == .no)
        // The grid answers for two people only; an empty cell is no answer.
        #expect(try layer(Self.grid).answers.keys.sorted() == ["p03", "p08"])
        #expect(try layer(Self.grid).answers["p03"] == ["info-0118": .no])
        #expect(try layer(Self.framadate).answers["p03"]?["info-0118"] == .yes)
        // Derived answers are given for every candidate kept, even where a stronger source answers.
        let kept = try nyon().scenario.candidates.count
        #expect(try layer(.derived).answers["p10"]?.count == kept)
        #expect(try layer(.derived).answers["p05"]?["info-0113"] != nil)
    }

    @Test func theMergedAnswersAreTheWinnersOfTheLayers() throws {
        let loaded = try nyon()
        let kept = Set(loaded.scenario.candidates.map(\.id))
        for participant in loaded.scenario.participants {
            var expected: [CandidateSlot.ID: Availability] = [:]
            for slot in kept {
                let given = loaded.answerLayers.compactMap { layer in
                    layer.answers[participant.id]?[slot].map {
                        GivenAnswer($0, origin: layer.origin, givenAt: .earliest)
                    }
                }
                expected[slot] = AnswerMerge.winner(of: given)?.availability
            }
            #expect(participant.answers == SlotAnswers(expected), "\(participant.id)")
        }
        #expect(
            loaded.answerLayers.allSatisfy { layer in
                layer.answers.values.allSatisfy { Set($0.keys).isSubset(of: kept) }
            }
        )
    }

    @Test func theReportCountsTheWinnersOfEachSource() throws {
        let loaded = try nyon()
        #expect(loaded.report.answers[.scenario] == 1)
        // p03's "no" on the phone for 18 January wins over Framadate; p10's phone call over both.
        #expect(loaded.scenario.participant("p03")?.answers["info-0118"] == .no)
        #expect(loaded.scenario.participant("p10")?.answers["info-0123"] == .yes)
        let total = loaded.report.answers.values.reduce(0, +)
        #expect(total == loaded.scenario.participants.reduce(0) { $0 + $1.answers.count })
        #expect((loaded.report.answers[.poll] ?? 0) > 0 && (loaded.report.answers[.derived] ?? 0) > 0)
    }

    @Test func aScenarioWithoutOtherSourcesHasAScenarioAndAnEmptyDerivedLayer() throws {
        let loaded = try ScenarioLoader().load(
            contentsOf: ScenarioLoaderTests.example("proches-aidants-lausanne.yaml")
        )
        #expect(loaded.answerLayers.map(\.origin) == [.scenario, .derived])
        #expect(loaded.answerLayers[1].answers.isEmpty)
        let written = loaded.scenario.participants.reduce(0) { $0 + $1.answers.count }
        #expect(loaded.answerLayers[0].count == written)
    }

    // MARK: - Facilitators' tentative events

    @Test func aFacilitatorsTentativeEventMarksTheCandidateWithoutRulingItOut() throws {
        let loaded = try nyon()
        let claire = try #require(loaded.scenario.facilitator("claire"))
        // « Réseau jeunesse (à confirmer) », Thursday 11 February 18:30–20:30, Outlook TENTATIVE.
        let expected: Set<CandidateSlot.ID> = [
            "f1-20270211-1830-maison-quartier-claire", "f1-20270211-1830-paroisse-claire",
            "f1-20270211-1900-maison-quartier-claire", "f1-20270211-1900-paroisse-claire",
        ]
        #expect(claire.tentativeSlots == expected)
        let ids = Set(loaded.scenario.candidates.map(\.id))
        #expect(expected.isSubset(of: ids))
        #expect(claire.busySlots.isDisjoint(with: expected))
        #expect(loaded.scenario.facilitator("marc")?.tentativeSlots.isEmpty == true)
        #expect(loaded.report.tentativeFacilitatorSlots == 4)
    }
}
