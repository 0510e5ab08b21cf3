import PlanDocuments
public import PlanningDomain
public import PlanningEngine

/// `plan.html`: the plan as staff look at it, one self-contained page in the scenario's language.
///
/// A plan's page shows the chosen sessions as cards, why this plan beats the next ones, everyone's answers
/// as one grid per session (a symbol and a colour per answer, the chosen slot outlined, counts per column)
/// and the candidates ruled out; an infeasible scenario's page shows the reasons, the grid and the
/// exclusions. Participants appear by id only, as in the text explanation. The page needs nothing but
/// itself (inline style, no script, no image, no link leaving the page), prints on A4 landscape, and the
/// same inputs give the same bytes.
public struct PlanReportHTML: Sendable {
    /// The scenario planned: the group, venues, facilitators, candidates and everyone's answers.
    public let scenario: Scenario
    /// Where the answers came from; summarised under the title when anything beyond the scenario was read.
    public let importReport: ImportReport
    /// The words of the organisation's language, French when it has no catalogue.
    let wording: Wording

    /// Creates the page writer for a scenario, in its organisation's language.
    public init(scenario: Scenario, importReport: ImportReport = ImportReport()) {
        self.scenario = scenario
        self.importReport = importReport
        self.wording = Wording(scenario.organisation.language)
    }

    /// The page of a plan: sessions, reasons, alternatives, exclusions, then everyone's answers.
    ///
    /// `answers` is the scenario's answer matrix when the caller has it already (the planner's); read again
    /// otherwise.
    public func render(_ result: PlanningResult, answers: AnswerMatrix? = nil) -> String {
        let answers = answers ?? AnswerMatrix(scenario: scenario)
        var body = header()
        body += sourceSection()
        body += sessionSection(result.plan, answers: answers)
        body += reasonSection(result)
        body += alternativeSection(result)
        body += exclusionSection(result.exclusions)
        body += gridSection(marks: SlotMarks(result), exclusions: result.exclusions, answers: answers)
        return page(title: wording.text("report.title", ["group": scenario.group.title]), body: body)
    }

    /// The page of a scenario without a plan: why none exists, the exclusions, then everyone's answers.
    ///
    /// `answers` is the scenario's answer matrix when the caller has it already; read again otherwise.
    public func render(_ infeasibility: Infeasibility, answers: AnswerMatrix? = nil) -> String {
        let reasons = ExplanationText(scenario: scenario, importReport: importReport).sentences(infeasibility)
        var body = header()
        body.append("<section class=\"verdict\">")
        body.append(HTML.text("h2", [], wording.text("report.infeasible")))
        body.append(HTML.text("p", [], wording.text("report.infeasible.lead")))
        body.append("<ul>")
        body += reasons.map { HTML.text("li", [], $0) }
        body.append("</ul>")
        body.append("</section>")
        body += sourceSection()
        body += exclusionSection(infeasibility.exclusions)
        body += gridSection(
            marks: SlotMarks(),
            exclusions: infeasibility.exclusions,
            answers: answers ?? AnswerMatrix(scenario: scenario)
        )
        return page(title: wording.text("infeasible.title", ["group": scenario.group.title]), body: body)
    }

    // MARK: - Page

    private func page(title: String, body: [String]) -> String {
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"\(HTML.escape(wording.language.code))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            HTML.text("title", [], title),
            "<style>",
            ReportStyle.css,
            "</style>",
            "</head>",
            "<body>",
        ]
        let footer = [
            HTML.text("footer", [], wording.text("report.footer", ["organisation": scenario.organisation.name]))
        ]
        return (head + body + footer + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    private func header() -> [String] {
        let group = scenario.group
        return [
            "<header>",
            HTML.text(
                "p",
                [("class", "overline")],
                wording.text("report.overline", ["organisation": scenario.organisation.name, "region": group.region])
            ),
            HTML.text("h1", [], group.title),
            HTML.text(
                "p",
                [("class", "facts")],
                wording.text(
                    "report.facts",
                    [
                        "participants": String(scenario.participants.count), "quorum": String(group.quorum),
                        "maximum": String(group.maximumSize),
                    ]
                )
            ),
            "</header>",
        ]
    }

    /// What the availability import did, as one short paragraph; nothing when only the scenario was read.
    private func sourceSection() -> [String] {
        let sentences = sourceSentences()
        guard !sentences.isEmpty else { return [] }
        return [
            HTML.element(
                "p",
                [("class", "sources")],
                HTML.text("strong", [], wording.text("sources.title")) + " "
                    + HTML.escape(sentences.joined(separator: " · "))
            )
        ]
    }
}
