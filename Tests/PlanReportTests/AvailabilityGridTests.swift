import PlanReport
import PlanningDomain
import PlanningEngine
import Testing

/// The answers grid: one table per session, a symbol per answer, marks per column, counts, the 40-column cap.
@Suite struct AvailabilityGridTests {
    let scenario = ReportFixture.scenario()

    @Test func everyCellShowsTheParticipantsAnswer() throws {
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        let classes = ["y": "y", "m": "m", "n": "n"]
        for (kind, range) in [("information", 0..<3), ("founding1", 3..<5), ("founding2", 5..<7), ("review", 7..<8)] {
            let grid = try #require(GridTable(html, kind: kind))
            #expect(grid.headerTitles.map { String($0.prefix { $0 != " " }) } == Array(ReportFixture.slotIDs[range]))
            for (index, row) in ReportFixture.answers.enumerated() {
                let expected = row.map(String.init)[range].map { classes[$0] ?? "" }
                #expect(grid.rows["p0\(index + 1)"] == expected, "p0\(index + 1) in \(kind)")
            }
            let letters = ReportFixture.answers.map { Array($0.map(String.init)[range]) }
            let yes = (0..<range.count).map { column in letters.filter { $0[column] == "y" }.count }
            let maybe = (0..<range.count).map { column in letters.filter { $0[column] == "m" }.count }
            #expect(grid.counts["yes"] == yes, "yes counts in \(kind)")
            #expect(grid.counts["maybe"] == maybe, "if-need-be counts in \(kind)")
            #expect(grid.counts["total"] == zip(yes, maybe).map(+), "can-come counts in \(kind)")
        }
    }

    @Test func cellsCarryASymbolAndAWordBesideTheColour() throws {
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        let grid = try #require(GridTable(html, kind: "information"))
        #expect(grid.markup.contains("\"><span aria-hidden=\"true\">✓</span><span class=\"sr\">oui</span></td>"))
        #expect(grid.markup.contains("<span aria-hidden=\"true\">½</span><span class=\"sr\">si nécessaire</span>"))
        #expect(grid.markup.contains("<span aria-hidden=\"true\">✗</span><span class=\"sr\">non</span>"))
    }

    @Test func chosenColumnIsOutlinedAndLabelled() throws {
        let result = try ReportFixture.result(scenario)
        let html = PlanReportHTML(scenario: scenario).render(result)
        for session in result.plan.sessions {
            let grid = try #require(GridTable(html, kind: session.kind.rawValue))
            let chosen = grid.headerClasses.indices.filter { grid.headerClasses[$0] == "c" }
            #expect(chosen.count == 1)
            let column = try #require(chosen.first)
            #expect(grid.headerTitles[column].hasPrefix(session.slot.id.rawValue + " "))
            #expect(grid.markup.contains("<span class=\"tag\">choisi</span>"))
        }
    }

    @Test func excludedColumnIsGreyedWithItsReasonInTheTitle() throws {
        let result = try ReportFixture.result(scenario)
        let html = PlanReportHTML(scenario: scenario).render(result)
        let information = try #require(GridTable(html, kind: "information"))
        // info-0114 falls on a closure: its answers are faded.
        #expect(information.headerClasses[1] == "x off")
        #expect(information.headerTitles[1].hasSuffix("fermeture du centre (Fermeture exceptionnelle)"))
        #expect(information.markup.contains("<span class=\"tag\">fermeture</span>"))
        // f2-0223 is in a room with steps while p03, who needs step-free access, can come.
        let founding2 = try #require(GridTable(html, kind: "founding2"))
        #expect(founding2.headerClasses[1] == "x off")
        #expect(
            founding2.headerTitles[1].hasSuffix(
                "Salle voûtée de la Cité n&#39;est pas de plain-pied et p03 en a besoin"
            )
        )
    }

    @Test func countsBelowTheQuorumAreMarked() throws {
        let scenario = ReportFixture.scenario(quorum: 6)
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.infeasibility(scenario))
        let grid = try #require(GridTable(html, kind: "information"))
        #expect(grid.counts["total"] == [5, 4, 5])
        #expect(grid.markup.contains("<td class=\"x short\">5</td>"))
        // Excluded for the quorum, the answers are the reason: they are not faded, unlike the closure's.
        #expect(grid.headerClasses == ["x", "x off", "x"])
    }

    @Test func participantsWithNeedsCarryBadges() throws {
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        #expect(html.contains("<th scope=\"row\">p01<span class=\"badge\"><span aria-hidden=\"true\">★</span>"))
        #expect(html.contains("<th scope=\"row\">p03<span class=\"badge\"><span aria-hidden=\"true\">♿</span>"))
    }
}
