import EntraideTestSupport
import Foundation
import PlanningDomain
import Recruitment
import Testing

/// The chart of registrations against the quorum: self-contained, accessible SVG.
@Suite struct RecruitmentChartTests {
    static let today = LocalDate(year: 2027, month: 1, day: 20) ?? LocalDate(dayNumber: 0)

    static func chart(_ language: Language = .french) -> RecruitmentChart {
        let figures = RecruitmentFigures(
            RecruitmentFiguresTests.facts(),
            at: RecruitmentFiguresTests.at("2027-01-20T12:00:00Z")
        )
        return RecruitmentChart(
            figures: figures,
            groupTitle: "Proches <aidant·e·s>",
            today: today,
            language: language,
            idPrefix: "proches-aidants-lausanne-chart"
        )
    }

    @Test func theChartIsNamedDescribedAndLabelled() {
        let svg = Self.chart().svg
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 320\""))
        #expect(svg.contains("role=\"img\""))
        #expect(
            svg.contains("aria-labelledby=\"proches-aidants-lausanne-chart-title proches-aidants-lausanne-chart-desc\"")
        )
        #expect(
            svg.contains(
                "<title id=\"proches-aidants-lausanne-chart-title\">Inscriptions — Proches &lt;aidant·e·s&gt;</title>"
            )
        )
        #expect(
            svg.contains(
                "6 inscriptions au mercredi 20 janvier 2027, pour un quorum de 3 et un maximum de 4 personnes."
            )
        )
        for label in ["Quorum (3)", "Maximum (4)", ">Inscriptions<", ">04.01.<", ">20.01.<", ">6<"] {
            #expect(svg.contains(label), "\(label)")
        }
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("href"))
    }

    @Test func theSameFiguresGiveTheSameBytes() {
        #expect(Self.chart().svg == Self.chart().svg)
        #expect(Self.chart(.german).svg.contains("Anmeldungen"))
    }

    @Test(.enabled(if: ProjectPython.isAvailable, "needs the project's Python (scripts/test)"))
    func itIsWellFormedXML() throws {
        let script = """
            import sys, xml.etree.ElementTree as ET
            root = ET.fromstring(sys.stdin.buffer.read())
            ns = "{http://www.w3.org/2000/svg}"
            print(root.tag == ns + "svg", root.find(ns + "title") is not None, root.find(ns + "desc") is not None,
                  len(root.findall(".//" + ns + "text")) >= 8)
            """
        let result = try ProjectPython.run(script, input: Data(Self.chart().svg.utf8))
        #expect(result.status == 0, "\(result.error)")
        #expect(result.text == "True True True True\n")
    }
}
