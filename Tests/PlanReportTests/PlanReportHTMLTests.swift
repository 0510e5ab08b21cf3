import EntraideTestSupport
import Foundation
import PlanDocuments
import PlanReport
import PlanningDomain
import PlanningEngine
import Testing

/// The page as a whole: golden files, languages, self-containment, discretion, escaping.
@Suite struct PlanReportHTMLTests {
    @Test func planPageMatchesItsGoldenFile() throws {
        let scenario = ReportFixture.scenario()
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        try GoldenFile().assert(html, named: "plan-fr.html")
    }

    @Test func infeasiblePageMatchesItsGoldenFile() throws {
        let scenario = ReportFixture.scenario(quorum: 6)
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.infeasibility(scenario))
        try GoldenFile().assert(html, named: "infeasible-fr.html")
    }

    @Test func infeasiblePageGivesTheExplanationsReasons() throws {
        let scenario = ReportFixture.scenario(quorum: 6)
        let why = try ReportFixture.infeasibility(scenario)
        let html = PlanReportHTML(scenario: scenario).render(why)
        let sentences = ExplanationText(scenario: scenario).sentences(why)
        #expect(!sentences.isEmpty)
        for sentence in sentences {
            #expect(html.contains("<li>\(sentence.replacingOccurrences(of: "'", with: "&#39;"))</li>"))
        }
        #expect(html.contains("<h2>Aucun plan possible</h2>"))
        #expect(html.contains("<table class=\"grid\" id=\"grid-information\">"))
        #expect(!html.contains("class=\"tag\">choisi<"), "no slot is marked as chosen without a plan")
    }

    @Test(arguments: ["fr", "de", "it", "en"])
    func everyWordingKeyIsTranslated(code: String) throws {
        let scenario = ReportFixture.scenario(language: Language(code))
        let report = PlanReportHTML(scenario: scenario)
        let pages = [
            report.render(try ReportFixture.result(scenario)),
            PlanReportHTML(scenario: ReportFixture.scenario(language: Language(code), quorum: 6))
                .render(try ReportFixture.infeasibility(ReportFixture.scenario(language: Language(code), quorum: 6))),
        ]
        let prefixes = ["report.", "explain.", "loss.", "exclusion.", "infeasible.", "rule.", "kind.", "sources."]
        for page in pages {
            #expect(page.contains("<html lang=\"\(code)\">"))
            for prefix in prefixes { #expect(!page.contains(prefix), "an untranslated '\(prefix)…' key in \(code)") }
        }
    }

    @Test func germanAndItalianAreTranslationsNotCopies() throws {
        let scenarios = [Language.french, .german, .italian, .english].map { ReportFixture.scenario(language: $0) }
        let pages = try scenarios.map { PlanReportHTML(scenario: $0).render(try ReportFixture.result($0)) }
        #expect(Set(pages).count == 4)
        #expect(pages[1].contains("Gewählte Treffen") && pages[1].contains("Erwartete Teilnahme"))
        #expect(pages[2].contains("Incontri scelti") && pages[2].contains("Partecipazione prevista"))
    }

    @Test func sameInputGivesSameBytes() throws {
        let scenario = ReportFixture.scenario()
        let result = try ReportFixture.result(scenario)
        #expect(PlanReportHTML(scenario: scenario).render(result) == PlanReportHTML(scenario: scenario).render(result))
    }

    @Test func pageNeedsNothingButItself() throws {
        let scenario = ReportFixture.scenario()
        for html in [
            PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario)),
            PlanReportHTML(scenario: ReportFixture.scenario(quorum: 6))
                .render(try ReportFixture.infeasibility(ReportFixture.scenario(quorum: 6))),
        ] {
            for forbidden in ["http:", "https:", "//", "src=", "href=", "url(", "@import", "<script", "<link", "<img"] {
                #expect(!html.contains(forbidden), "the page holds '\(forbidden)'")
            }
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"))
            #expect(html.contains("@page { size: A4 landscape; margin: 12mm; }"))
            #expect(html.contains("thead { display: table-header-group; }"))
            #expect(html.hasSuffix("</body>\n</html>\n"))
        }
    }

    @Test func participantsAppearByIdOnly() throws {
        let scenario = ReportFixture.scenario()
        let pages = [
            PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario)),
            PlanReportHTML(scenario: ReportFixture.scenario(quorum: 6))
                .render(try ReportFixture.infeasibility(ReportFixture.scenario(quorum: 6))),
        ]
        for page in pages {
            for (name, email) in ReportFixture.people {
                let parts =
                    name.split(separator: " ").map(String.init) + [email] + email.split(separator: "@").map(String.init)
                for part in parts { #expect(!page.contains(part), "'\(part)' reached the page") }
            }
            #expect(page.contains(">p01<"))
        }
    }

    @Test func textFromTheScenarioIsEscaped() throws {
        var scenario = ReportFixture.scenario()
        scenario.group.title = "<img src=x onerror=alert(1)> & \"co\""
        scenario.organisation.name = "Centre <b>gras</b>"
        scenario.venues[0].name = "<script>alert(\"x\")</script>"
        scenario.venues[0].address = "Rue 'du' <Pont>"
        scenario.facilitators[0].name = "Anne \"<i>\" Rochat"
        scenario.closures[0].reason = "</li><script>alert(2)</script>"
        let html = PlanReportHTML(scenario: scenario).render(try ReportFixture.result(scenario))
        for raw in ["<script", "<img", "<b>", "<i>", "<Pont>", "</li><script"] {
            #expect(!html.contains(raw), "'\(raw)' was not escaped")
        }
        #expect(html.contains("<h1>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;</h1>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("Rue &#39;du&#39; &lt;Pont&gt;"))
        #expect(html.contains("Anne &quot;&lt;i&gt;&quot; Rochat"))
        #expect(html.contains("&lt;/li&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
    }
}
