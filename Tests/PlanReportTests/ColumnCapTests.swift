import PlanningDomain
import PlanningEngine
import Testing

@testable import PlanReport

/// A window can generate hundreds of candidates: past 40, a grid keeps the useful columns and says so.
@Suite struct ColumnCapTests {
    /// The fixture with 66 information candidates (three a day from 5 to 26 January); candidate `k` gets a
    /// yes from the first `k % 7` participants, so attendance varies from 0 to 6.
    static func crowdedScenario() -> Scenario {
        var scenario = ReportFixture.scenario()
        let times = ["10:00", "14:00", "18:30"]
        let slots = (0..<66).map { index in
            let day = 5 + index / 3
            return ReportFixture.slot(
                "info-\(index)",
                .information,
                "2027-01-\(day < 10 ? "0" : "")\(day)",
                times[index % 3]
            )
        }
        scenario.candidates.removeAll { $0.kind == .information }
        scenario.candidates.insert(contentsOf: slots, at: 0)
        for participant in scenario.participants.indices {
            for (index, slot) in slots.enumerated() {
                scenario.participants[participant].answers[slot.id] = participant < index % 7 ? .yes : .no
            }
        }
        return scenario
    }

    @Test func gridShowsFortyColumnsAndSaysHowManyAreLeftOut() throws {
        let scenario = Self.crowdedScenario()
        let result = try ReportFixture.result(scenario)
        let html = PlanReportHTML(scenario: scenario).render(result)
        let grid = try #require(GridTable(html, kind: "information"))
        #expect(grid.headerClasses.count == 40)
        #expect(grid.rows["p01"]?.count == 40)
        #expect(grid.counts["yes"]?.count == 40)
        #expect(html.contains("<table class=\"grid sideways\" id=\"grid-information\">"))
        #expect(
            html.contains(
                "<p class=\"note\">26 créneaux sur 66 ne sont pas affichés : la grille garde ceux du plan et des "
                    + "variantes, puis ceux où le plus de personnes peuvent venir (40 colonnes) ; plan.json les liste tous.</p>"
            )
        )
        let shown = grid.headerTitles.map { String($0.prefix { $0 != " " }) }
        let marked = ([result.plan] + result.alternatives.map(\.plan)).compactMap { $0.session(.information)?.slot.id }
        for slot in marked { #expect(shown.contains(slot.rawValue), "\(slot) is chosen or an alternative's") }
        // Columns stay in time order, which is the order of the generated ids.
        #expect(shown == shown.sorted { Int($0.dropFirst(5)) ?? 0 < Int($1.dropFirst(5)) ?? 0 })
        // Usable candidates (5 or 6 yes) are all shown; what is left out is no better attended than what is shown.
        let attendance = { (id: String) in (Int(id.dropFirst(5)) ?? 0) % 7 }
        let all = (0..<66).map { "info-\($0)" }
        let hidden = all.filter { !shown.contains($0) }
        #expect(hidden.count == 26)
        #expect(all.filter { attendance($0) >= 4 }.allSatisfy(shown.contains))
        let worstShown = shown.filter { id in !marked.contains { $0.rawValue == id } }.map(attendance).min() ?? 0
        #expect(hidden.map(attendance).allSatisfy { $0 <= worstShown })
    }

    @Test func smallSessionsAreNeitherCappedNorSideways() throws {
        let scenario = ReportFixture.scenario()
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        #expect(!html.contains("class=\"grid sideways\""))
        #expect(!html.contains("ne sont pas affichés"))
    }

    @Test func rankingKeepsMarkedThenUsableThenBestAttendedInTimeOrder() {
        let slots = (1...6).map { ReportFixture.slot("s\($0)", .information, "2027-01-1\($0)", "18:30") }
        let halves: [CandidateSlot.ID: Int] = ["s1": 12, "s2": 0, "s3": 10, "s4": 8, "s5": 11, "s6": 2]
        func columns(limit: Int) -> GridColumns {
            GridColumns(
                candidates: slots.reversed(),
                isMarked: { $0 == "s2" },
                isExcluded: { $0 == "s1" || $0 == "s5" },
                halves: halves,
                limit: limit
            )
        }
        // s2 is marked; then the usable s3, s4 and s6, however few come; the excluded come last.
        #expect(columns(limit: 4).slots.map(\.id) == ["s2", "s3", "s4", "s6"])
        #expect(columns(limit: 4).hiddenCount == 2)
        // Among the excluded, the better attended s1 before s5; the columns are in time order.
        #expect(columns(limit: 5).slots.map(\.id) == ["s1", "s2", "s3", "s4", "s6"])
        #expect(columns(limit: 6).slots.map(\.id) == ["s1", "s2", "s3", "s4", "s5", "s6"])
        #expect(columns(limit: 6).hiddenCount == 0)
    }
}
