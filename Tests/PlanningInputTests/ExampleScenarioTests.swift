import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// The shipped examples read into the scenario they describe.
@Suite struct ExampleScenarioTests {
    let scenario: Scenario

    init() throws {
        scenario = try ScenarioReader().read(
            contentsOf: try ScenarioFixtures.examplePath("proches-aidants-lausanne.yaml")
        )
    }

    @Test func readsTheOrganisationAndTheGroup() {
        #expect(scenario.organisation.name == "Centre d'entraide Vaud")
        #expect(scenario.organisation.timeZone == "Europe/Zurich")
        #expect(scenario.organisation.language == .french)
        #expect(
            scenario.organisation.organiser == Contact(name: "Groupes d'entraide", email: "groupes@entraide-vd.example")
        )
        #expect(scenario.organisation.uidDomain == "entraide-vd.example")
        #expect(scenario.group.id == "proches-aidants-lausanne")
        #expect(scenario.group.title == "Proches aidant·e·s – Lausanne")
        #expect(scenario.group.theme.hasPrefix("Partager le quotidien de celles et ceux qui accompagnent"))
        #expect(!scenario.group.theme.contains("\n"))
        #expect(scenario.group.type == .talkingGroup)
        #expect(scenario.group.region == "Lausanne")
        #expect(scenario.group.quorum == 6)
        #expect(scenario.group.maximumSize == 12)
        #expect(scenario.group.initiator == "p01")
        #expect(scenario.rules == PlanningRules(initiatorMustAttend: true, quorumScope: .eachSession))
    }

    @Test func readsTheStaffAndTheVenues() throws {
        #expect(scenario.facilitators.map(\.id) == ["anne", "nadia"])
        let anne = try #require(scenario.facilitator("anne"))
        #expect(anne.name == "Anne Rochat")
        #expect(
            anne.awayDates.map(\.description).sorted() == [
                "2027-02-23", "2027-03-29", "2027-03-30", "2027-03-31", "2027-04-01", "2027-04-02",
            ]
        )
        #expect(scenario.venues.map(\.id) == ["grand-pont", "cite", "prelaz"])
        #expect(scenario.venues.map(\.capacity) == [16, 14, 12])
        #expect(scenario.venues.map(\.hasStepFreeAccess) == [true, false, true])
        #expect(scenario.venue("cite")?.address == "Rue Cité-Devant 6, 1005 Lausanne")
    }

    @Test func readsTheSessionsAndTheCandidates() throws {
        #expect(scenario.plannedKinds == [.information, .founding1, .founding2, .review])
        #expect(scenario.sessionRules == SessionKind.groupSequence.map(SessionRule.standard))
        #expect(scenario.candidates(of: .information).count == 10)
        #expect(scenario.candidates(of: .founding1).count == 10)
        #expect(scenario.candidates(of: .founding2).count == 11)
        #expect(scenario.candidates(of: .review).count == 9)
        let first = try #require(scenario.candidates.first)
        #expect(first.id == "info-0112")
        #expect(first.start.description == "2027-01-12T18:30")
        #expect(first.durationMinutes == 90)
        #expect(first.venue == "grand-pont")
        #expect(first.facilitator == "anne")
        #expect(scenario.candidates(of: .founding1).allSatisfy { $0.durationMinutes == 120 })
        let saturday = try #require(scenario.candidates.first { $0.id == "f1-0206" })
        #expect(saturday.date.weekday == 6)
        #expect(saturday.start.time.description == "09:30")
    }

    @Test func readsTheParticipantsAndTheirAnswers() throws {
        #expect(scenario.participants.count == 14)
        #expect(scenario.participants.filter(\.isInitiator).map(\.id) == ["p01"])
        #expect(scenario.participants.filter(\.needsStepFreeAccess).map(\.id) == ["p09"])
        #expect(scenario.participant("p11")?.language == .german)
        #expect(scenario.participant("p12")?.language == .italian)
        #expect(scenario.participants.filter { $0.language == .french }.count == 12)
        let initiator = try #require(scenario.participant("p01"))
        #expect(initiator.availability(for: "info-0119") == .yes)
        #expect(initiator.availability(for: "info-0113") == .ifNeedBe)
        #expect(initiator.availability(for: "info-0112") == .no)
        // p14 registered late and did not answer for the first dates: a missing answer is a no.
        let late = try #require(scenario.participant("p14"))
        #expect(late.answers["info-0112"] == nil)
        #expect(late.availability(for: "info-0112") == .no)
        let answers = scenario.participants.flatMap(\.answers.values)
        #expect(answers.contains(.ifNeedBe))
        #expect(answers.contains(.no))
    }

    @Test func theFavouriteFoundingDateFallsInTheCentreClosure() throws {
        let yesCounts = scenario.candidates(of: .founding1).map { slot in
            (slot.id, scenario.participants.filter { $0.availability(for: slot.id) == .yes }.count)
        }
        let favourite = try #require(yesCounts.max { $0.1 < $1.1 })
        #expect(favourite.0 == "f1-0216")
        let day = try #require(LocalDate(year: 2027, month: 2, day: 16))
        let closure = try #require(scenario.closure(on: day))
        #expect(closure.reason == "Fermeture du centre pendant les relâches")
        #expect(closure.from.description == "2027-02-13")
        #expect(closure.to.description == "2027-02-21")
    }

    @Test func leavesThePublicHolidaysToTheCanton() throws {
        // The reader keeps the centre's own closure; the loader adds the canton's holidays (AvailabilityImport).
        #expect(scenario.closures.map(\.from.description) == ["2027-02-13"])
        let document = try ScenarioReader().document(
            contentsOf: ScenarioFixtures.examplePath("proches-aidants-lausanne.yaml")
        )
        #expect(document.sources.canton == .vaud)
    }

    @Test func anInvalidVenueIdIsReportedOnceNotAtEveryCandidate() throws {
        let path = try ScenarioFixtures.examplePath("proches-aidants-lausanne.yaml")
        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        let renamed = yaml.replacingOccurrences(of: "  - id: grand-pont\n", with: "  - id: grand pont\n")
        #expect(renamed != yaml)
        let errors = try ScenarioFixtures.errors(reading: renamed, fileName: "example.yaml")
        #expect(
            errors.rendered == """
                example.yaml:49:9: error: venue id 'grand pont' may only contain the letters a-z and A-Z, digits, '-', '_' and '.' (not first).
                  - id: grand pont
                        ^
                """
        )
    }

    @Test func readsTheInfeasibleExample() throws {
        let infeasible = try ScenarioReader().read(contentsOf: try ScenarioFixtures.examplePath("infeasible.yaml"))
        #expect(infeasible.participants.count == 7)
        #expect(infeasible.plannedKinds == [.information, .founding1, .founding2])
        // Why it is infeasible: fewer than the quorum can attend any information session.
        let mostAtInformation = infeasible.candidates(of: .information).map { slot in
            infeasible.participants.filter { $0.availability(for: slot.id).canAttend }.count
        }.max()
        #expect(mostAtInformation == 4)
        #expect(infeasible.group.quorum == 6)
    }
}
