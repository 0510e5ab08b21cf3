import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// Centre files and scenarios that refer to the centre, shared by the centre tests.
enum CentreFixtures {
    /// A small valid centre file whose line numbers the centre's error tests rely on.
    static let minimal = """
        organisation:
          name: Centre d'entraide Vaud
          organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
          phone: "+41 21 555 12 34"
          travel-buffer-minutes: 45
          canton: VD
        facilitators:
          - id: anne
            name: Anne Rochat
            email: anne.rochat@entraide-vd.example
            phone: 021 555 12 35
            languages: [fr, de]
            qualifications: {sessions: [information, founding1, founding2], workshops: [communication]}
            weekly-limit: 3
            monthly-limit: 10
          - {id: luc, name: Luc Perret, email: luc.perret@entraide-vd.example, away: [2027-02-23]}
        venues:
          - id: grand-pont
            name: Salle du Grand-Pont
            address: Rue du Grand-Pont 2, 1003 Lausanne
            capacity: 16
            step-free: true
            opening-hours: ["monday 08:00-22:00", "tuesday 08:00-22:00", "saturday 09:00-12:00"]
            access: Entrée côté cour, 2e étage, ascenseur.
          - {id: salle-b, name: Salle B, address: "Rue Centrale 5, 1003 Lausanne", capacity: 10}
        closures:
          - {from: 2027-12-24, to: 2027-12-31, reason: Fêtes de fin d'année}

        """

    /// `minimal` with each replacement applied; each `old` must occur exactly once.
    static func minimal(replacing replacements: [Replacement]) throws -> String {
        try Replacement.apply(replacements, to: minimal, named: "the minimal centre")
    }

    /// The centre of ``minimal``.
    static func centre() throws -> Centre {
        try CentreReader().centre(yaml: minimal, fileName: "centre.yaml")
    }

    /// Reads a centre text that must be invalid, and returns what the reader threw.
    static func errors(reading yaml: String) throws -> ScenarioErrors {
        do {
            let centre = try CentreReader().centre(yaml: yaml, fileName: "centre.yaml")
            Issue.record("expected errors, read a centre named \(centre.organisation.name)")
            return ScenarioErrors([])
        } catch {
            return error
        }
    }

    /// A scenario that leaves out the organisation, the facilitators and the venues: they are the centre's.
    static let group = """
        group:
          id: proches-aidants
          title: Proches aidants
          theme: Soutien entre proches aidants
          type: talking-group
          region: Lausanne
          quorum: 2
        candidates:
          information:
            - {id: info-0112, date: 2027-01-12, start: "18:30", venue: grand-pont, facilitator: anne}
          founding1:
            - {id: f1-0126, date: 2027-01-26, start: "18:30", venue: grand-pont, facilitator: anne}
          founding2:
            - {id: f2-0209, date: 2027-02-09, start: "18:30", venue: grand-pont, facilitator: anne}
        participants:
          - {id: p01, name: Martine Favre, email: martine.favre@example.ch, answers: {info-0112: yes}}
        closures: [2027-02-16]

        """

    /// `group` with each replacement applied; each `old` must occur exactly once.
    static func group(replacing replacements: [Replacement]) throws -> String {
        try Replacement.apply(replacements, to: group, named: "the group scenario")
    }
}
