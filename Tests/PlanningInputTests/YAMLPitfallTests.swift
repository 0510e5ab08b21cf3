import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// YAML 1.1 reads `yes`, `no`, `on`, `off` as Booleans and `18:30` as the sexagesimal integer 1110; the
/// reader takes every value as the text written.
@Suite struct YAMLPitfallTests {
    static let scenario = """
        organisation:
          name: On
          organiser: {name: No, email: no@entraide-vd.example}
        group: {id: 0012, title: yes, theme: off, type: talking-group, region: NO, quorum: 01}
        facilitators:
          - {id: y, name: Yes, email: y@entraide-vd.example, away: [2027-01-05]}
        venues:
          - {id: on, name: Off, address: Rue 1, capacity: 010, step-free: yes}
        candidates:
          information:
            - {id: i1, date: 2027-01-12, start: 18:30, venue: on, facilitator: y}
            - {id: i2, date: 2027-01-13, start: 9:05, venue: on, facilitator: y}
          founding1:
            - {id: 1e3, date: 2027-01-26, start: 07:00, venue: on, facilitator: y}
        participants:
          - {id: no, name: Norbert, email: n@example.ch, step-free: no,
             answers: {i1: yes, i2: no, 1e3: if-need-be}}

        """

    @Test func readsYesNoOnAndOffAsText() throws {
        let scenario = try ScenarioReader().read(yaml: Self.scenario, fileName: "pitfalls.yaml")
        #expect(scenario.organisation.name == "On")
        #expect(scenario.organisation.organiser.name == "No")
        #expect(scenario.group.title == "yes")
        #expect(scenario.group.theme == "off")
        #expect(scenario.group.region == "NO")
        #expect(scenario.facilitators[0].name == "Yes")
        #expect(scenario.venues[0].id == "on")
        #expect(scenario.venues[0].name == "Off")
        #expect(scenario.participants[0].id == "no")
    }

    @Test func readsYesAndNoAsAnswersAndBooleans() throws {
        let scenario = try ScenarioReader().read(yaml: Self.scenario, fileName: "pitfalls.yaml")
        let participant = scenario.participants[0]
        #expect(participant.answers == ["i1": .yes, "i2": .no, "1e3": .ifNeedBe])
        #expect(participant.needsStepFreeAccess == false)
        #expect(scenario.venues[0].hasStepFreeAccess == true)
    }

    @Test func readsSexagesimalLookingTimesAsTimes() throws {
        let scenario = try ScenarioReader().read(yaml: Self.scenario, fileName: "pitfalls.yaml")
        #expect(scenario.candidates.map(\.start.time.description) == ["18:30", "09:05", "07:00"])
    }

    @Test func readsNumberLookingIdsAsWritten() throws {
        let scenario = try ScenarioReader().read(yaml: Self.scenario, fileName: "pitfalls.yaml")
        #expect(scenario.group.id == "0012")
        #expect(scenario.candidates.map(\.id) == ["i1", "i2", "1e3"])
        #expect(scenario.group.quorum == 1)
        #expect(scenario.venues[0].capacity == 10)
    }

    @Test func anOnAnswerIsReportedAsWritten() throws {
        let yaml = Self.scenario.replacingOccurrences(of: "i2: no", with: "i2: on")
        let errors = try ScenarioFixtures.errors(reading: yaml, fileName: "pitfalls.yaml")
        #expect(
            errors.rendered == """
                pitfalls.yaml:17:29: error: availability 'on' is not one of yes, if-need-be, no (in French: oui, si \
                besoin, non).
                     answers: {i1: yes, i2: on, 1e3: if-need-be}}
                                            ^
                """
        )
    }
}
