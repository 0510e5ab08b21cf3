import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// What the reader fills in when a scenario leaves a key out.
@Suite struct ScenarioDefaultsTests {
    /// A scenario with only the required keys.
    static let bare = """
        organisation:
          name: Centre d'entraide Vaud
          organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
        group: {id: g, title: Groupe, theme: Thème, type: shared-activity, region: Morges}
        facilitators:
          - {id: anne, name: Anne Rochat, email: anne.rochat@entraide-vd.example}
        venues:
          - {id: salle, name: Salle, address: Rue 1, capacity: 10}
        candidates:
          information: [{id: i1, date: 2027-01-12, start: "18:30", venue: salle, facilitator: anne}]
          founding1: [{id: a1, date: 2027-01-26, start: "18:30", venue: salle, facilitator: anne}]
        participants:
          - {id: p01, name: Martine Favre, email: martine.favre@example.ch}

        """

    @Test func fillsInTheDefaultsOfDomainMD() throws {
        let scenario = try ScenarioReader().read(yaml: Self.bare, fileName: "bare.yaml")
        #expect(scenario.organisation.timeZone == "Europe/Zurich")
        #expect(scenario.organisation.language == .french)
        #expect(scenario.organisation.uidDomain == "entraide-vd.example")
        #expect(scenario.group.quorum == 6)
        #expect(scenario.group.maximumSize == 12)
        #expect(scenario.group.initiator == nil)
        #expect(scenario.group.calendarTitle == .neutral)
        #expect(scenario.rules == PlanningRules(initiatorMustAttend: true, quorumScope: .eachSession))
        #expect(scenario.venues[0].hasStepFreeAccess == false)
        #expect(scenario.facilitators[0].awayDates.isEmpty)
        #expect(scenario.closures.isEmpty)
        let participant = scenario.participants[0]
        #expect(participant.language == .french)
        #expect(participant.isInitiator == false)
        #expect(participant.needsStepFreeAccess == false)
        #expect(participant.answers.isEmpty)
    }

    @Test func plansTheThreeFirstSessionsAndNoReviewWithoutReviewCandidates() throws {
        let scenario = try ScenarioReader().read(yaml: Self.bare, fileName: "bare.yaml")
        #expect(
            scenario.sessionRules == [
                SessionRule(kind: .information, durationMinutes: 90, daysAfterPrevious: nil),
                SessionRule(kind: .founding1, durationMinutes: 120, daysAfterPrevious: 7...28),
                SessionRule(kind: .founding2, durationMinutes: 120, daysAfterPrevious: 7...28),
            ]
        )
        #expect(scenario.candidates.map(\.durationMinutes) == [90, 120])
    }

    @Test func plansTheReviewWhenItHasCandidates() throws {
        let yaml = Self.bare.replacingOccurrences(
            of: "participants:",
            with: """
                  review: [{id: r1, date: 2027-06-29, start: "18:30", venue: salle, facilitator: anne}]
                sessions:
                  review: {duration-minutes: 150, days-after-previous: {min: 100, max: 150}}
                participants:
                """
        )
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "review.yaml")
        #expect(scenario.plannedKinds == [.information, .founding1, .founding2, .review])
        #expect(
            scenario.rule(for: .review)
                == SessionRule(kind: .review, durationMinutes: 150, daysAfterPrevious: 100...150)
        )
        #expect(scenario.candidates(of: .review).map(\.durationMinutes) == [150])
    }

    @Test func aCandidateMayOverrideItsDuration() throws {
        let yaml = Self.bare
            .replacingOccurrences(
                of: "id: i1, date: 2027-01-12, start: \"18:30\"",
                with: "id: i1, date: 2027-01-12, start: \"18:30\", end: \"20:15\""
            )
            .replacingOccurrences(
                of: "id: a1, date: 2027-01-26, start: \"18:30\"",
                with: "id: a1, date: 2027-01-26, start: \"18:30\", duration-minutes: 150"
            )
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "override.yaml")
        #expect(scenario.candidates.map(\.durationMinutes) == [105, 150])
        #expect(scenario.candidates[0].end.description == "2027-01-12T20:15")
    }

    @Test func participantsReadTheOrganisationsLanguageByDefault() throws {
        let yaml = Self.bare.replacingOccurrences(
            of: "  name: Centre d'entraide Vaud\n",
            with: "  name: Selbsthilfe Bern\n  language: de\n"
        )
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "de.yaml")
        #expect(scenario.organisation.language == .german)
        #expect(scenario.participants[0].language == .german)
    }

    @Test func theInitiatorMayBeFlaggedOnAParticipant() throws {
        let yaml = Self.bare.replacingOccurrences(
            of: "email: martine.favre@example.ch}",
            with: "email: martine.favre@example.ch, initiator: true}"
        )
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "flag.yaml")
        #expect(scenario.group.initiator == "p01")
        #expect(scenario.participants[0].isInitiator)
    }

    @Test func theGroupsInitiatorFlagsTheParticipant() throws {
        let yaml = Self.bare.replacingOccurrences(of: "region: Morges}", with: "region: Morges, initiator: p01}")
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "group.yaml")
        #expect(scenario.group.initiator == "p01")
        #expect(scenario.participants[0].isInitiator)
    }

    @Test func aGroupMayChooseItsPublicTitleForCalendars() throws {
        let yaml = Self.bare.replacingOccurrences(
            of: "region: Morges}",
            with: "region: Morges, calendar-title: public}"
        )
        #expect(try ScenarioReader().read(yaml: yaml, fileName: "title.yaml").group.calendarTitle == .public)
    }

    @Test func readsClosuresAsDaysAndPeriods() throws {
        let yaml =
            Self.bare + """
                closures:
                  - 2027-02-16
                  - {date: 2027-03-26, reason: Vendredi saint}
                  - {from: 2027-02-15, to: 2027-02-19, reason: Relâches}
                  - {from: 2027-07-01, to: 2027-07-01}

                """
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "closures.yaml")
        #expect(
            scenario.closures.map { "\($0.from)…\($0.to) \($0.reason ?? "-")" } == [
                "2027-02-16…2027-02-16 -", "2027-03-26…2027-03-26 Vendredi saint",
                "2027-02-15…2027-02-19 Relâches", "2027-07-01…2027-07-01 -",
            ]
        )
    }

    @Test func nullValuesOfOptionalKeysTakeTheirDefaults() throws {
        let yaml =
            Self.bare
            .replacingOccurrences(
                of: "  name: Centre d'entraide Vaud\n",
                with: "  name: Centre d'entraide Vaud\n  time-zone: ~\n  language:\n"
            )
            + "rules:\nsessions: null\nclosures:\n"
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "null.yaml")
        #expect(scenario.organisation.timeZone == "Europe/Zurich")
        #expect(scenario.organisation.language == .french)
        #expect(scenario.rules == PlanningRules())
        #expect(scenario.closures.isEmpty)
    }
}
