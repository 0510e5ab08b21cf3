import PlanningDomain
import PlanningInput
import Testing

/// What the reader records about the sources it does not read itself: canton, polls, habits, calendars and
/// candidates generated from a window.
@Suite struct ScenarioSourcesTests {
    private func document(
        _ replacements: Replacement...,
        fileName: String = "scenario.yaml"
    ) throws
        -> ScenarioDocument
    {
        try ScenarioReader().document(
            yaml: ScenarioFixtures.minimal(replacing: replacements),
            fileName: fileName
        )
    }

    @Test func vaudIsTheDefaultCanton() throws {
        let sources = try document().sources
        #expect(sources.canton == .vaud)
        #expect(sources.cantonLocation == nil)
    }

    @Test func aCantonCanBeNamedOrSwitchedOff() throws {
        let geneva = try document(
            "  name: Centre d'entraide Vaud\n" => "  name: Centre d'entraide Vaud\n  canton: ge\n"
        )
        #expect(geneva.sources.canton?.code == "GE")
        #expect(geneva.sources.cantonLocation == SourceLocation(file: "scenario.yaml", line: 3, column: 11))
        let none = try document(
            "  name: Centre d'entraide Vaud\n" => "  name: Centre d'entraide Vaud\n  canton: none\n"
        )
        #expect(none.sources.canton == nil)
    }

    @Test func weeklyHabitsDaysAwayAndCalendarsOfAParticipant() throws {
        let sources = try document(
            "    answers: {info-0112: yes, f1-0126: no}" => """
                    answers: {info-0112: yes, f1-0126: no}
                    weekly: ["tuesday 18:00-21:30", "saturday 09:00-12:00"]
                    away: [2027-02-02, {from: 2027-03-01, to: 2027-03-03}]
                    calendars: [agendas/p02.ics]
                """,
            fileName: "centre/scenario.yaml"
        )
        .sources
        let own = try #require(sources.participants["p02"])
        #expect(own.weekly.map(\.description) == ["tuesday 18:00-21:30", "saturday 09:00-12:00"])
        #expect(own.away.map(\.description).sorted() == ["2027-02-02", "2027-03-01", "2027-03-02", "2027-03-03"])
        #expect(own.calendars.map(\.written) == ["agendas/p02.ics"])
        #expect(own.calendars.map(\.path) == ["centre/agendas/p02.ics"])
        #expect(sources.participants["p01"] == nil)
    }

    @Test func calendarsOfFacilitatorsAndVenues() throws {
        let sources = try document(
            "away: [2027-02-23]}" => "away: [2027-02-23], weekly: [\"monday 08:00-22:00\"], calendars: luc.ics}",
            "    step-free: true\n" => "    step-free: true\n    calendars: [/srv/salles/b.ics]\n"
        )
        .sources
        #expect(sources.facilitators["luc"]?.weekly.count == 1)
        #expect(sources.facilitators["luc"]?.calendars.map(\.path) == ["luc.ics"])
        #expect(sources.venues["salle-b"]?.map(\.path) == ["/srv/salles/b.ics"])
    }

    @Test func pollsWithFormatDateOrderAndVoters() throws {
        let sources = try document(
            "closures:\n" => """
                polls:
                  - file: sondage.csv
                    format: framadate
                    date-order: month-day-year
                    voters: {"Martine F.": p01, "Anne (animatrice)": ignore}
                  - {file: telephone.csv}
                closures:

                """
        )
        .sources
        #expect(sources.polls.count == 2)
        #expect(sources.polls[0].format == .framadate)
        #expect(sources.polls[0].dateOrder == "month-day-year")
        #expect(
            sources.polls[0].voters == ["Martine F.": Participant.ID("p01"), "Anne (animatrice)": Participant.ID?.none]
        )
        #expect(sources.polls[1].format == nil)
        #expect(sources.polls[1].voters.isEmpty)
    }

    @Test func aWindowGeneratesEveryCandidateThatFits() throws {
        let document = try document(
            "  founding2:\n    - {id: f2-0209" => """
                  founding2:
                    - window: {from: 2027-02-01, to: 2027-02-14}
                      weekdays: [tuesday, thursday]
                      starts: ["18:30", "18:00"]
                      venues: [grand-pont, salle-b]
                      facilitators: [anne]
                    - {id: f2-0209
                """
        )
        let generated = document.scenario.candidates(of: .founding2).filter { $0.id != "f2-0209" }
        // 4 days (2, 4, 9, 11 February) × 2 starts × 2 venues × 1 facilitator.
        #expect(generated.count == 16)
        #expect(generated.first?.id == "f2-20270202-1800-grand-pont-anne")
        #expect(generated.allSatisfy { $0.durationMinutes == 120 && $0.facilitator == "anne" })
        #expect(Set(generated.map { Weekday(of: $0.date) }) == [.tuesday, .thursday])
        #expect(document.sources.generatedCandidates == Set(generated.map(\.id)))
    }

    @Test func aWindowSkipsAStartThatDoesNotExist() throws {
        let document = try document(
            "  founding2:\n    - {id: f2-0209" => """
                  founding2:
                    - window: {from: 2027-03-27, to: 2027-03-29}
                      starts: ["02:15"]
                      duration-minutes: 30
                      venues: [grand-pont]
                      facilitators: [anne]
                    - {id: f2-0209
                """
        )
        let dates = document.scenario.candidates(of: .founding2).filter { $0.id != "f2-0209" }.map(\.date.description)
        // 02:15 does not exist in Zurich on 28 March 2027: clocks move from 02:00 to 03:00.
        #expect(dates == ["2027-03-27", "2027-03-29"])
    }

    /// The id of earlier versions (without the window's only venue and facilitator) still names the slot.
    @Test func answersMayNameAGeneratedCandidate() throws {
        let document = try document(
            "  founding2:\n    - {id: f2-0209" => """
                  founding2:
                    - window: {from: 2027-02-02, to: 2027-02-02}
                      starts: ["18:30"]
                      venues: [grand-pont]
                      facilitators: [anne]
                    - {id: f2-0209
                """,
            "answers: {info-0112: yes, f1-0126: no}" => "answers: {info-0112: yes, f1-0126: no, f2-20270202-1830: yes}"
        )
        #expect(document.scenario.participant("p02")?.answers["f2-20270202-1830-grand-pont-anne"] == .yes)
    }
}
