import PlanningDomain
import PlanningInput
import Testing

/// A scenario on the centre's records: what it may leave out, how its references resolve, and what it still
/// reports.
@Suite struct ScenarioCentreTests {
    private func read(_ replacements: Replacement..., centre: Centre? = nil) throws -> Scenario {
        try ScenarioReader().read(
            yaml: CentreFixtures.group(replacing: replacements),
            fileName: "groupe.yaml",
            centre: centre ?? CentreFixtures.centre()
        )
    }

    private func errors(_ replacements: Replacement..., centre: Centre?) throws -> ScenarioErrors {
        let yaml = try CentreFixtures.group(replacing: replacements)
        let error = try #require(throws: ScenarioErrors.self) {
            try ScenarioReader().read(yaml: yaml, fileName: "groupe.yaml", centre: centre)
        }
        return error
    }

    @Test func theCentreGivesTheOrganisationTheStaffAndTheRooms() throws {
        let scenario = try read()
        let centre = try CentreFixtures.centre()
        #expect(scenario.organisation == centre.organisation)
        // Only the facilitators and venues the candidates name.
        #expect(scenario.facilitators.map(\.id) == ["anne"])
        #expect(scenario.facilitators.first == centre.facilitator("anne"))
        #expect(scenario.venues.map(\.id) == ["grand-pont"])
        // The scenario's closures, then the centre's.
        #expect(scenario.closures.map(\.from.description) == ["2027-02-16", "2027-12-24"])
        #expect(scenario.participants.first?.language == .french)
    }

    @Test func theDocumentTakesTheCentresTravelBufferAndNoCanton() throws {
        let document = try ScenarioReader().document(
            yaml: CentreFixtures.group,
            fileName: "groupe.yaml",
            centre: CentreFixtures.centre()
        )
        #expect(document.travelBufferMinutes == 45)
        // The centre's holidays come with its closures (CentreLoader adds them), not again from a canton.
        #expect(document.sources.canton == nil)
        let own = try ScenarioReader().document(yaml: ScenarioFixtures.minimal, fileName: "scenario.yaml")
        #expect(own.travelBufferMinutes == 30)
    }

    @Test func aScenarioMayDefineSomeAndReferToTheRest() throws {
        let scenario = try read(
            "candidates:" => """
                venues:
                  - {id: cure, name: Salle de la cure, address: "Place de la Cure 1, 1003 Lausanne", capacity: 8}
                facilitators:
                  - {id: anne, name: Anne Rochat-Meier, email: anne.rochat@entraide-vd.example}
                candidates:
                """,
            "start: \"18:30\", venue: grand-pont, facilitator: anne}\n  founding1:"
                => "start: \"18:30\", venue: cure, facilitator: luc}\n  founding1:"
        )
        // The scenario's own Anne replaces the centre's; Luc is the centre's.
        #expect(scenario.facilitators.map(\.id) == ["anne", "luc"])
        #expect(scenario.facilitator("anne")?.name == "Anne Rochat-Meier")
        #expect(scenario.facilitator("anne")?.weeklyLimit == nil)
        #expect(scenario.venues.map(\.id) == ["cure", "grand-pont"])
    }

    @Test func anOwnOrganisationReplacesTheCentres() throws {
        let scenario = try read(
            "group:" => """
                organisation:
                  name: Antenne de Nyon
                  organiser: {name: Accueil Nyon, email: nyon@entraide-vd.example}
                group:
                """
        )
        #expect(scenario.organisation.name == "Antenne de Nyon")
        #expect(scenario.organisation.phone == nil)
    }

    @Test func anUnknownReferenceIsStillAnErrorWithTheNearestIdOfEither() throws {
        let errors = try errors(
            "venue: grand-pont, facilitator: anne}\n  founding1:"
                => "venue: grand-pnt, facilitator: anne}\n  founding1:",
            "start: \"18:30\", venue: grand-pont, facilitator: anne}\n  founding2:"
                => "start: \"18:30\", venue: grand-pont, facilitator: lucas}\n  founding2:",
            "candidates:" => """
                facilitators:
                  - {id: lucie, name: Lucie Blanc, email: lucie.blanc@entraide-vd.example}
                candidates:
                """,
            centre: try CentreFixtures.centre()
        )
        #expect(
            errors.rendered == """
                groupe.yaml:12:64: error: candidate 'info-0112' uses unknown venue 'grand-pnt'; did you mean 'grand-pont'?
                    - {id: info-0112, date: 2027-01-12, start: "18:30", venue: grand-pnt, facilitator: anne}
                                                                               ^
                groupe.yaml:14:87: error: candidate 'f1-0126' uses unknown facilitator 'lucas'; did you mean 'lucie'?
                    - {id: f1-0126, date: 2027-01-26, start: "18:30", venue: grand-pont, facilitator: lucas}
                                                                                                      ^
                """
        )
        #expect(errors.errors.map(\.code) == [.unknownVenue, .unknownFacilitator])
    }

    @Test func withoutACentreLeavingThemOutIsTheErrorOfToday() throws {
        let errors = try errors(centre: nil)
        #expect(
            errors.rendered == """
                groupe.yaml:1:1: error: the scenario is missing the required key 'organisation'.
                group:
                ^
                groupe.yaml:1:1: error: the scenario is missing the required key 'facilitators'.
                group:
                ^
                groupe.yaml:1:1: error: the scenario is missing the required key 'venues'.
                group:
                ^
                """
        )
    }

    @Test func aFacilitatorsListMayNotBeEmptyEvenWithACentre() throws {
        let errors = try errors(
            "candidates:" => "facilitators: []\ncandidates:",
            centre: try CentreFixtures.centre()
        )
        #expect(
            errors.rendered == """
                groupe.yaml:8:15: error: the scenario has no facilitators; expected at least one.
                facilitators: []
                              ^
                """
        )
    }

    @Test func theScenarioAcceptsTheCentresNewKeys() throws {
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "  organiser: {name: Groupes"
                => "  phone: 021 555 12 34\n  travel-buffer-minutes: 15\n  organiser: {name: Groupes",
            "away: [2027-02-23]}"
                => "away: [2027-02-23], languages: it, weekly-limit: 2, qualifications: {sessions: []}}",
            "    step-free: true\n"
                => "    step-free: true\n    opening-hours: [\"friday 18:00-23:00\"]\n    access: Sonner à l'interphone.\n",
        ])
        let document = try ScenarioReader().document(yaml: yaml, fileName: "scenario.yaml")
        let scenario = document.scenario
        #expect(scenario.organisation.phone == "021 555 12 34")
        #expect(document.travelBufferMinutes == 15)
        let luc = try #require(scenario.facilitator("luc"))
        #expect(luc.languages == [.italian] && luc.weeklyLimit == 2 && luc.monthlyLimit == nil)
        #expect(luc.qualifications.sessionKinds.isEmpty && luc.qualifications.allWorkshops)
        let room = try #require(scenario.venue("salle-b"))
        #expect(room.openingHours.map(\.description) == ["friday 18:00-23:00"])
        #expect(room.access == "Sonner à l'interphone.")
    }
}
