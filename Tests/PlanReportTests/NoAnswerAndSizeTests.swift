import PlanReport
import PlanningDomain
import PlanningEngine
import PlanningSamples
import Testing

/// No answer is its own state on the page, pencilled meetings are marked, and the page stays small at any size.
@Suite struct NoAnswerAndSizeTests {
    /// The fixture where p06 never answered for info-0119 (the information session chosen; the fixture has a no
    /// there) and anne has a pencilled meeting at f1-0209.
    static func scenario() -> Scenario {
        var scenario = ReportFixture.scenario()
        scenario.participants[5].answers["info-0119"] = nil
        scenario.facilitators[0].tentativeSlots = ["f1-0209"]
        return scenario
    }

    @Test func noAnswerHasItsOwnSymbolLegendAndCount() throws {
        let scenario = Self.scenario()
        let result = try ReportFixture.result(scenario)
        #expect(result.plan.session(.information)?.slot.id == "info-0119")
        let html = PlanReportHTML(scenario: scenario).render(result)
        let grid = try #require(GridTable(html, kind: "information"))
        #expect(grid.rows["p06"] == ["y", "y", "u"])
        #expect(grid.rows["p03"]?.first == "n")
        #expect(grid.markup.contains("<span aria-hidden=\"true\">–</span><span class=\"sr\">pas de réponse</span>"))
        #expect(grid.markup.contains("<span aria-hidden=\"true\">✗</span><span class=\"sr\">non</span>"))
        #expect(grid.counts["unanswered"] == [0, 0, 1])
        #expect(html.contains("<span class=\"key u\">–</span> pas de réponse (compte comme non)</span>"))
        // The chosen session's card counts the one without an answer apart from the no.
        #expect(html.contains("<span class=\"u\" style=\"flex-grow: 1\">– 1</span>"))
        // A page where everyone answered has neither the legend entry nor the count row.
        let plain = PlanReportHTML(scenario: ReportFixture.scenario()).render(
            try ReportFixture.result(ReportFixture.scenario())
        )
        #expect(!plain.contains("pas de réponse"))
    }

    @Test func pencilledMeetingsAreMarkedInTheGridAndLegend() throws {
        let scenario = Self.scenario()
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        let grid = try #require(GridTable(html, kind: "founding1"))
        #expect(grid.markup.contains("<span class=\"pencil\">✎</span>"))
        #expect(grid.headerTitles[1].contains("Anne Rochat a un rendez-vous provisoire à ce moment-là"))
        #expect(html.contains("✎ l&#39;animation a un rendez-vous provisoire à ce moment-là"))
    }

    /// 1,500 registrations with 60-character ids and 100 candidates a session: 600,000 answer cells if all
    /// were shown.
    @Test func aLargeScenarioStaysUnderTwoMegabytes() throws {
        var scenario = RandomScenario.make(
            seed: 3,
            shape: SampleShape(candidatesPerSession: 100, participants: 1500, venues: 4, quorum: 10)
        )
        let pad = String(repeating: "x", count: 54)
        scenario.participants = scenario.participants.map { participant in
            Participant(
                id: .init("\(participant.id.rawValue)-\(pad)"),
                name: participant.name,
                email: participant.email,
                language: participant.language,
                isInitiator: participant.isInitiator,
                needsStepFreeAccess: participant.needsStepFreeAccess,
                answers: participant.answers
            )
        }
        scenario.group.initiator = scenario.participants[0].id
        let page: String
        switch Planner(scenario: scenario).plan() {
        case .planned(let result): page = PlanReportHTML(scenario: scenario).render(result)
        case .infeasible(let why): page = PlanReportHTML(scenario: scenario).render(why)
        }
        #expect(page.utf8.count < 2_000_000, "plan.html is \(page.utf8.count) bytes")
        let grid = try #require(GridTable(page, kind: "information"))
        #expect(grid.headerClasses.count == 40)
        #expect(grid.rows.count == 100)
        #expect(page.contains("1400 inscriptions sur 1500 ne sont pas affichées (100 lignes)"))
        // The initiator keeps their row; the counts below count everyone.
        #expect(grid.rows[scenario.participants[0].id.rawValue] != nil)
        #expect(grid.counts["total"]?.contains { $0 > 100 } == true)
    }
}
