import PlanningDomain
import PlanningInput
import Testing

/// The centre file: what it holds, and every problem with the full message a user sees.
@Suite struct CentreReaderTests {
    @Test func readsTheMinimalCentre() throws {
        let document = try CentreReader().document(yaml: CentreFixtures.minimal, fileName: "vaud/centre.yaml")
        let centre = document.centre
        #expect(centre.organisation.name == "Centre d'entraide Vaud")
        #expect(centre.organisation.timeZone == "Europe/Zurich")
        #expect(centre.organisation.uidDomain == "entraide-vd.example")
        #expect(centre.organisation.phone == "+41 21 555 12 34")
        #expect(centre.travelBufferMinutes == 45)
        #expect(document.sources.canton == .vaud)
        #expect(document.fileName == "vaud/centre.yaml")

        let anne = try #require(centre.facilitator("anne"))
        #expect(anne.phone == "021 555 12 35")
        #expect(anne.languages == [.french, .german])
        #expect(anne.qualifications.sessionKinds == [.information, .founding1, .founding2])
        #expect(anne.qualifications.mayLead(workshop: "communication"))
        #expect(!anne.qualifications.mayLead(workshop: "animation"))
        #expect(anne.weeklyLimit == 3 && anne.monthlyLimit == 10)
        let luc = try #require(centre.facilitator("luc"))
        #expect(luc.qualifications == .everything)
        #expect(luc.weeklyLimit == nil && luc.languages.isEmpty && luc.phone == nil)
        #expect(luc.awayDates.map(\.description) == ["2027-02-23"])

        let room = try #require(centre.venue("grand-pont"))
        #expect(
            room.openingHours.map(\.description) == [
                "monday 08:00-22:00", "tuesday 08:00-22:00", "saturday 09:00-12:00",
            ]
        )
        #expect(room.access == "Entrée côté cour, 2e étage, ascenseur.")
        #expect(room.hasStepFreeAccess && room.capacity == 16)
        #expect(centre.venue("salle-b")?.openingHours.isEmpty == true)
        #expect(centre.closures.map(\.from.description) == ["2027-12-24"])
    }

    @Test func onlyTheOrganisationIsRequired() throws {
        let centre = try CentreReader().centre(
            yaml: """
                organisation:
                  name: Centre d'entraide Genève
                  time-zone: Europe/Zurich
                  canton: GE
                  organiser: {name: Accueil, email: accueil@entraide-ge.example}
                facilitators: []
                """,
            fileName: "centre.yaml"
        )
        #expect(centre.facilitators.isEmpty && centre.venues.isEmpty && centre.closures.isEmpty)
        #expect(centre.travelBufferMinutes == Centre.defaultTravelBufferMinutes)
        #expect(centre.organisation.phone == nil)
    }

    @Test func calendarsAndHabitsAreNamedForTheLoader() throws {
        let yaml = try CentreFixtures.minimal(replacing: [
            "    monthly-limit: 10\n" => "    monthly-limit: 10\n    weekly: [\"monday 17:00-22:00\"]\n"
                + "    calendars: agendas/anne.ics\n",
            "    step-free: true\n" => "    step-free: true\n    calendars: [agendas/grand-pont.ics]\n",
        ])
        let sources = try CentreReader().document(yaml: yaml, fileName: "vaud/centre.yaml").sources
        #expect(sources.facilitators["anne"]?.calendars.map(\.path) == ["vaud/agendas/anne.ics"])
        #expect(sources.facilitators["anne"]?.weekly.map(\.description) == ["monday 17:00-22:00"])
        #expect(
            sources.venues["grand-pont"]?.map(\.location) == [
                SourceLocation(file: "vaud/centre.yaml", line: 25, column: 17)
            ]
        )
        #expect(sources.polls.isEmpty && sources.participants.isEmpty)
    }

    @Test(arguments: ErrorCase.centre)
    func reportsTheProblemWithItsLocation(_ errorCase: ErrorCase) throws {
        let yaml = try CentreFixtures.minimal(replacing: errorCase.replacements)
        let errors = try CentreFixtures.errors(reading: yaml)
        #expect(errors.rendered == errorCase.expected)
        #expect(errors.errors.map(\.code) == errorCase.codes)
    }

    @Test func anEmptyFileSaysWhatACentreHolds() throws {
        let errors = try CentreFixtures.errors(reading: "# nothing yet\n")
        #expect(errors.rendered == "centre.yaml:1:1: error: the file is empty; expected a centre with organisation.")
    }

    @Test func aCentreIsAMap() throws {
        let errors = try CentreFixtures.errors(reading: "- organisation\n- facilitators\n")
        #expect(
            errors.rendered == """
                centre.yaml:1:1: error: the centre must be a map, not a list.
                - organisation
                ^
                """
        )
    }

    @Test func aMissingFileIsReported() throws {
        let error = try #require(throws: ScenarioErrors.self) {
            try CentreReader().centre(contentsOf: "/nonexistent/centre.yaml")
        }
        #expect(error.rendered == "/nonexistent/centre.yaml: error: no such file.")
    }
}
