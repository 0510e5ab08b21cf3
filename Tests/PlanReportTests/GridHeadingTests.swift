import Foundation
import PlanReport
import PlanningDomain
import PlanningEngine
import Testing

/// Column headings read apart on paper: time, room, facilitator and, where dates of different years meet, the
/// year; alternatives always carry the year.
@Suite struct GridHeadingTests {
    /// The fixture with five more information candidates on 19 January at 18:30: with marc instead of anne, in
    /// the other room, lasting two hours, and two exact copies of the fixture's own under other ids.
    static func crowdedDay() -> Scenario {
        var scenario = ReportFixture.scenario()
        scenario.facilitators.append(
            Facilitator(id: "marc", name: "Marc Delacrétaz", email: "marc@entraide-vd.example")
        )
        var withMarc = ReportFixture.slot("info-0119-marc", .information, "2027-01-19", "18:30")
        withMarc.facilitator = "marc"
        var longer = ReportFixture.slot("info-0119-long", .information, "2027-01-19", "18:30")
        longer.durationMinutes = 120
        let extra = [
            withMarc, ReportFixture.slot("info-0119-cite", .information, "2027-01-19", "18:30", venue: "cite"), longer,
            ReportFixture.slot("info-0119-copy", .information, "2027-01-19", "18:30"),
        ]
        scenario.candidates.insert(contentsOf: extra, at: 3)
        for index in scenario.participants.indices {
            for slot in extra { scenario.participants[index].answers[slot.id] = .ifNeedBe }
        }
        return scenario
    }

    @Test func noTwoHeadingsPrintTheSame() throws {
        let scenario = Self.crowdedDay()
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        let grid = try #require(GridTable(html, kind: "information"))
        #expect(grid.headerLabels.count == 7)
        #expect(Set(grid.headerLabels).count == grid.headerLabels.count, "\(grid.headerLabels)")
        // Slots that share the date and time name their facilitator; those alike in all but the end show it;
        // those alike in everything show their id.
        let labels = Dictionary(
            uniqueKeysWithValues: zip(grid.headerTitles.map { String($0.prefix { $0 != " " }) }, grid.headerLabels)
        )
        #expect(labels["info-0112"] == "mar. 12.01 | 18 h 30 | Salle du Grand-Pont")
        #expect(labels["info-0119-marc"] == "mar. 19.01 | 18 h 30 | Salle du Grand-Pont | Marc Delacrétaz")
        #expect(labels["info-0119-cite"] == "mar. 19.01 | 18 h 30 | Salle voûtée de la Cité | Anne Rochat")
        #expect(labels["info-0119-long"] == "mar. 19.01 | 18 h 30 – 20 h 30 | Salle du Grand-Pont | Anne Rochat")
        #expect(labels["info-0119"] == "mar. 19.01 | 18 h 30 – 20 h | Salle du Grand-Pont | Anne Rochat | info-0119")
        #expect(
            labels["info-0119-copy"]
                == "mar. 19.01 | 18 h 30 – 20 h | Salle du Grand-Pont | Anne Rochat | info-0119-copy"
        )
    }

    @Test func datesOfDifferentYearsCarryTheirYear() throws {
        var scenario = ReportFixture.scenario()
        // The information session moves to December 2026; founding 1 stays in February 2027.
        scenario.candidates[0] = ReportFixture.slot("info-1229", .information, "2026-12-29", "18:30")
        scenario.sessionRules[1].daysAfterPrevious = 7...60
        for index in scenario.participants.indices {
            scenario.participants[index].answers["info-1229"] = scenario.participants[index].answers["info-0112"]
        }
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        let information = try #require(GridTable(html, kind: "information"))
        #expect(information.headerLabels.first == "mar. 29.12.2026 | 18 h 30 | Salle du Grand-Pont")
        let founding1 = try #require(GridTable(html, kind: "founding1"))
        #expect(founding1.headerLabels.allSatisfy { $0.contains(".2027 |") })
    }

    @Test func aPageWithinOneYearLeavesTheYearOut() throws {
        let scenario = ReportFixture.scenario()
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        let grid = try #require(GridTable(html, kind: "information"))
        #expect(grid.headerLabels.allSatisfy { !$0.contains("2027") })
    }

    @Test func alternativesShowTheYear() throws {
        let scenario = ReportFixture.scenario()
        let result = try ReportFixture.result(scenario)
        #expect(!result.alternatives.isEmpty)
        let html = PlanReportHTML(scenario: scenario).render(result)
        let table = try #require(html.range(of: "<section class=\"alternatives\">"))
        let section = String(html[table.lowerBound...]).components(separatedBy: "</section>")[0]
        #expect(section.contains("mar. 19.01.2027, 18 h 30"))
        #expect(!section.contains("19.01, "))
    }
}
