import Foundation
import PlanningDomain
import PlanningInput

/// A centre and a workshop catalogue the workshop, interest and region tests share.
enum WorkshopFixtures {
    /// The centre of `CentreFixtures.minimal`: anne (qualified for `communication` only) and luc (everything).
    static func centre() throws -> Centre {
        try CentreReader().centre(yaml: CentreFixtures.minimal, fileName: "centre.yaml")
    }

    /// A catalogue whose line numbers the error tests rely on.
    static let catalogue = """
        workshops:
          - id: communication
            title: {fr: Communication, de: Kommunikation}
            description: Écouter et se faire entendre.
            runs: 2
            months: [2027-03, octobre 2027]
            candidates:
              - {id: com-0313, date: 2027-03-13, start: "09:30", venue: grand-pont}
              - {weekdays: [tuesday], starts: ["18:30"], venues: [salle-b], window: {from: 2027-10-01, to: 2027-10-14}}
          - id: animation
            title: Animer un groupe
            duration-minutes: 180
            minimum-participants: 4
            maximum-participants: 10
            facilitators-needed: 2
            facilitators: [anne, luc]
            room: {capacity: 12, step-free: true}
            windows: [{from: 2027-04-12, to: 2027-05-29}]
            candidates:
              - {id: anim-0417, date: 2027-04-17, start: "09:00", venue: grand-pont, duration-minutes: 150}

        """

    /// `catalogue` with one replacement applied (which must occur).
    static func catalogue(replacing old: String, with new: String) -> String {
        precondition(catalogue.contains(old), "\(old) is not in the catalogue")
        return catalogue.replacingOccurrences(of: old, with: new)
    }
}
