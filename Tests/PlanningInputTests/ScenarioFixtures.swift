import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// Scenario texts and helpers shared by the reader's tests.
enum ScenarioFixtures {
    /// A small valid scenario whose line numbers the error tests rely on.
    ///
    /// Change it and their expected messages move. Line 29 writes a start time unquoted on purpose (YAML 1.1
    /// would read 1110).
    static let minimal = """
        organisation:
          name: Centre d'entraide Vaud
          organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
        group:
          id: proches-aidants
          title: Proches aidants
          theme: Soutien entre proches aidants
          type: talking-group
          region: Lausanne
          quorum: 2
          maximum-size: 12
          initiator: p01
        facilitators:
          - {id: anne, name: Anne Rochat, email: anne.rochat@entraide-vd.example}
          - {id: luc, name: Luc Perret, email: luc.perret@entraide-vd.example, away: [2027-02-23]}
        venues:
          - {id: grand-pont, name: Salle du Grand-Pont, address: "Rue du Grand-Pont 2, 1003 Lausanne", capacity: 16}
          - id: salle-b
            name: Salle B
            address: Rue Centrale 5, 1003 Lausanne
            capacity: 10
            step-free: true
        sessions:
          founding1: {duration-minutes: 120, days-after-previous: {min: 7, max: 28}}
        candidates:
          information:
            - {id: info-0112, date: 2027-01-12, start: "18:30", venue: grand-pont, facilitator: anne}
          founding1:
            - {id: f1-0126, date: 2027-01-26, start: 18:30, venue: salle-b, facilitator: luc}
          founding2:
            - {id: f2-0209, date: 2027-02-09, start: "18:30", venue: grand-pont, facilitator: anne}
        participants:
          - id: p01
            name: Martine Favre
            email: martine.favre@example.ch
            initiator: true
            answers: {info-0112: yes, f1-0126: if-need-be, f2-0209: yes}
          - id: p02
            name: Jean Pittet
            email: jean.pittet@example.ch
            answers: {info-0112: yes, f1-0126: no}
        closures:
          - 2027-02-16
          - {from: 2027-02-15, to: 2027-02-19, reason: Relâches}

        """

    /// `minimal` with each replacement applied; each `old` must occur exactly once.
    static func minimal(replacing replacements: [Replacement]) throws -> String {
        try Replacement.apply(replacements, to: minimal, named: "the minimal scenario")
    }

    /// The directory of the shipped examples, copied into the test bundle.
    static func examplePath(_ name: String) throws -> String {
        let directory = try #require(Bundle.module.url(forResource: "Examples", withExtension: nil))
        return directory.appendingPathComponent(name).path
    }

    /// Reads a text that must be invalid, and returns what the reader threw.
    static func errors(reading yaml: String, fileName: String = "scenario.yaml") throws -> ScenarioErrors {
        do {
            let scenario = try ScenarioReader().read(yaml: yaml, fileName: fileName)
            Issue.record("expected errors, read a scenario of group \(scenario.group.id)")
            return ScenarioErrors([])
        } catch {
            return error
        }
    }
}
