import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// The workshop catalogue, in a file of its own and in the centre file: what it holds, and each problem with
/// the whole message a user sees.
@Suite struct WorkshopCatalogueReaderTests {
    private func read(_ yaml: String) throws -> WorkshopCatalogue {
        try WorkshopCatalogueReader(centre: try WorkshopFixtures.centre())
            .catalogue(yaml: yaml, fileName: "ateliers.yaml")
    }

    private func errors(_ yaml: String) throws -> String {
        do {
            _ = try read(yaml)
        } catch let error as ScenarioErrors {
            return error.rendered
        }
        Issue.record("the catalogue was accepted")
        return ""
    }

    @Test func readsWorkshopsWithTheirDefaultsAndGeneratedCandidates() throws {
        let catalogue = try read(WorkshopFixtures.catalogue)
        #expect(catalogue.workshops.map(\.id) == ["communication", "animation"])
        let communication = catalogue.workshops[0]
        #expect(communication.titles == [.french: "Communication", .german: "Kommunikation"])
        #expect(communication.descriptions == [.french: "Écouter et se faire entendre."])
        #expect(communication.durationMinutes == 150)
        #expect(communication.minimumParticipants == 6 && communication.maximumParticipants == 16)
        #expect(communication.runs == 2 && communication.facilitatorsNeeded == 1)
        #expect(communication.windows.map(\.description) == ["2027-03-01..2027-03-31", "2027-10-01..2027-10-31"])
        // Tuesdays 5 and 12 October 2027, generated with the workshop's id as prefix.
        #expect(
            communication.candidates.map(\.id.rawValue) == [
                "com-0313", "communication-20271005-1830-salle-b", "communication-20271012-1830-salle-b",
            ]
        )
        #expect(communication.candidates.allSatisfy { $0.durationMinutes == 150 })
        let animation = catalogue.workshops[1]
        #expect(animation.durationMinutes == 180 && animation.candidates[0].durationMinutes == 150)
        #expect(animation.minimumParticipants == 4 && animation.maximumParticipants == 10)
        #expect(animation.facilitatorsNeeded == 2 && animation.needsStepFreeAccess)
        #expect(animation.minimumRoomCapacity == 12)
        #expect(catalogue.facilitators == ["animation": ["anne", "luc"]])
    }

    @Test func qualificationsFollowTheWorkshopsListThenTheFacilitators() throws {
        let catalogue = try read(WorkshopFixtures.catalogue)
        let centre = catalogue.qualifying(try WorkshopFixtures.centre())
        let anne = try #require(centre.facilitator("anne"))
        let luc = try #require(centre.facilitator("luc"))
        // anne's qualifications name communication only, but animation names her.
        #expect(anne.qualifications.mayLead(workshop: "communication"))
        #expect(anne.qualifications.mayLead(workshop: "animation"))
        #expect(
            luc.qualifications.mayLead(workshop: "communication") && luc.qualifications.mayLead(workshop: "animation")
        )
        #expect(!luc.qualifications.allWorkshops)
    }

    @Test func aWorkshopNoFacilitatorMayLeadIsRefused() throws {
        let yaml = WorkshopFixtures.catalogue(replacing: "facilitators: [anne, luc]", with: "facilitators: [anne]")
        #expect(
            try errors(yaml) == """
                ateliers.yaml:16:19: error: workshop 'animation' has only 1 qualified facilitator (anne); expected at \
                least 2: list them under 'facilitators', or name the workshop in a facilitator's \
                'qualifications.workshops'.
                    facilitators: [anne]
                                  ^
                """
        )
    }

    @Test func aMinimumAboveTheMaximumIsRefused() throws {
        let yaml = WorkshopFixtures.catalogue(replacing: "minimum-participants: 4", with: "minimum-participants: 14")
        #expect(
            try errors(yaml) == """
                ateliers.yaml:13:27: error: minimum-participants '14' of workshop 'animation' is above its \
                maximum-participants '10'; expected at most 10.
                    minimum-participants: 14
                                          ^
                """
        )
    }

    @Test func aWindowWithoutACandidateIsRefused() throws {
        let yaml = WorkshopFixtures.catalogue(
            replacing: "months: [2027-03, octobre 2027]",
            with: "months: [2027-03, 2027-06, octobre 2027]"
        )
        #expect(
            try errors(yaml) == """
                ateliers.yaml:6:23: error: month '2027-06' of workshop 'communication' holds none of its candidates; \
                expected at least one candidate in it (or leave it out).
                    months: [2027-03, 2027-06, octobre 2027]
                                      ^
                """
        )
    }

    @Test func everyProblemOfTheFileIsReportedAtOnce() throws {
        var yaml = WorkshopFixtures.catalogue(replacing: "venue: grand-pont}", with: "venue: grand-pnt}")
        yaml = yaml.replacingOccurrences(of: "date: 2027-03-13", with: "date: 2027-05-13")
        yaml = yaml.replacingOccurrences(of: "facilitators-needed: 2", with: "facilitators-needed: 3")
        let text = try errors(yaml)
        #expect(
            text.contains(
                "ateliers.yaml:8:65: error: candidate 'com-0313' uses unknown venue 'grand-pnt'; did you mean 'grand-pont'?"
            )
        )
        #expect(
            text.contains(
                "ateliers.yaml:15:26: error: facilitators-needed '3' of workshop 'animation' must be at most 2."
            )
        )
        #expect(!text.contains("outside"))
    }

    @Test func aCandidateOutsideTheMonthsIsRefused() throws {
        let yaml = WorkshopFixtures.catalogue(replacing: "date: 2027-03-13", with: "date: 2027-05-13")
        #expect(
            try errors(yaml).hasPrefix(
                "ateliers.yaml:8:30: error: candidate 'com-0313' of workshop 'communication' is on 2027-05-13, outside "
                    + "its months and windows (2027-03-01..2027-03-31, 2027-10-01..2027-10-31)."
            )
        )
    }

    @Test func theCentreFileMayHoldTheCatalogue() throws {
        let yaml = CentreFixtures.minimal + WorkshopFixtures.catalogue
        let document = try CentreReader().document(yaml: yaml, fileName: "centre.yaml")
        #expect(document.workshops.workshops.map(\.id) == ["communication", "animation"])
        #expect(document.centre.facilitators.count == 2)
    }

    @Test func aFacilitatorLimitOfZeroIsALocatedError() throws {
        let yaml = CentreFixtures.minimal.replacingOccurrences(of: "weekly-limit: 3", with: "weekly-limit: 0")
        do {
            _ = try CentreReader().document(yaml: yaml, fileName: "centre.yaml")
            Issue.record("a limit of 0 was accepted")
        } catch {
            #expect(error.errors.map(\.code) == [.invalidLimit])
            #expect(
                error.rendered.hasPrefix(
                    "centre.yaml:14:19: error: weekly-limit '0' of facilitator 'anne' must be at least 1."
                )
            )
        }
    }

    /// One bad facilitator record is one error: the workshops it qualifies for are not also reported unstaffed.
    @Test func aBadFacilitatorRecordDoesNotMakeEveryWorkshopLookUnstaffed() throws {
        let yaml =
            CentreFixtures.minimal.replacingOccurrences(of: "weekly-limit: 3", with: "weekly-limit: 0")
                + """
                workshops:
                  - id: communication
                    title: Communication
                    months: [2027-03]
                    candidates: [{weekdays: [saturday], starts: ["09:30"], venues: [grand-pont]}]

                """
        do {
            _ = try CentreReader().document(yaml: yaml, fileName: "centre.yaml")
            Issue.record("a limit of 0 was accepted")
        } catch {
            #expect(error.errors.map(\.code) == [.invalidLimit])
        }
        // The same catalogue with a valid limit is read, Anne leading the workshop.
        let valid = try CentreReader().document(
            yaml: yaml.replacingOccurrences(of: "weekly-limit: 0", with: "weekly-limit: 3"),
            fileName: "centre.yaml"
        )
        #expect(valid.workshops.workshops.map(\.id) == ["communication"])
    }
}
