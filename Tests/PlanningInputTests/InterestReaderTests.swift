import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// Who wants which workshop: the people, their wishes and answers, and every problem located.
@Suite struct InterestReaderTests {
    static let interest = """
        interest:
          - id: i01
            name: Claire Morel
            email: claire.morel@example.org
            group: deuil-lausanne
            registered: 2027-01-05
            step-free: true
            workshops: [communication, animation]
            answers: {com-0313: oui, anim-0417: if-need-be}
          - id: i02
            name: Denis Bonnet
            email: denis.bonnet@example.org
            registered: 2027-01-04T18:30:00+01:00
            workshops: communication
            weekly: ["saturday 09:00-12:00"]
        polls:
          - {file: sondage.csv}

        """

    private func reader() throws -> InterestReader {
        let centre = try WorkshopFixtures.centre()
        let catalogue = try WorkshopCatalogueReader(centre: centre)
            .catalogue(yaml: WorkshopFixtures.catalogue, fileName: "ateliers.yaml")
        return InterestReader(centre: centre, catalogue: catalogue)
    }

    @Test func readsPeopleTheirWishesAndTheSourcesTheyName() throws {
        let document = try reader().document(yaml: Self.interest, fileName: "region/interets.yaml")
        #expect(document.people.map(\.person) == ["i01", "i02"])
        #expect(document.people[0].workshops == ["communication", "animation"])
        #expect(document.people[0].group == "deuil-lausanne" && document.people[1].group == nil)
        #expect(document.people[0].registeredAt?.iso8601 == "2027-01-05T00:00:00Z")
        #expect(document.people[1].registeredAt?.iso8601 == "2027-01-04T17:30:00Z")
        let scenario = document.scenario.scenario
        // Every workshop candidate is a candidate of the carrier scenario, with the same id.
        #expect(scenario.candidates.count == 4 && scenario.candidates.allSatisfy { $0.kind == .workshop })
        let claire = try #require(scenario.participants.first)
        #expect(claire.answers == ["com-0313": .yes, "anim-0417": .ifNeedBe] && claire.needsStepFreeAccess)
        #expect(document.scenario.sources.participants["i02"]?.weekly.map(\.description) == ["saturday 09:00-12:00"])
        #expect(document.scenario.sources.polls.map(\.file.path) == ["region/sondage.csv"])
    }

    @Test func aWishForAnUnknownWorkshopIsALocatedError() throws {
        let yaml = Self.interest.replacingOccurrences(
            of: "workshops: communication",
            with: "workshops: [comunication, yoga]"
        )
        do {
            _ = try reader().document(yaml: yaml, fileName: "interets.yaml")
            Issue.record("an unknown workshop was accepted")
        } catch let error as ScenarioErrors {
            #expect(error.errors.map(\.code) == [.unknownWorkshop, .unknownWorkshop])
            #expect(
                error.rendered == """
                    interets.yaml:14:17: error: person 'i02' is interested in unknown workshop 'comunication'; did you \
                    mean 'communication'?
                        workshops: [comunication, yoga]
                                    ^
                    interets.yaml:14:31: error: person 'i02' is interested in unknown workshop 'yoga'; expected a \
                    workshop of the catalogue (it has communication, animation).
                        workshops: [comunication, yoga]
                                                  ^
                    """
            )
        }
    }

    @Test func anAnswerForAnUnknownCandidateAndABadDateAreReportedWithoutThePersonsName() throws {
        let yaml = Self.interest
            .replacingOccurrences(of: "anim-0417: if-need-be", with: "anim-0418: if-need-be")
            .replacingOccurrences(of: "registered: 2027-01-05", with: "registered: 2027-13-05")
        do {
            _ = try reader().document(yaml: yaml, fileName: "interets.yaml")
            Issue.record("the file was accepted")
        } catch let error as ScenarioErrors {
            #expect(error.errors.map(\.code) == [.invalidDate, .unknownSlot])
            #expect(error.rendered.contains("unknown candidate 'anim-0418'; did you mean 'anim-0417'?"))
            #expect(!error.rendered.contains("Claire") && !error.rendered.contains("claire.morel"))
        }
    }
}
