import PlanDocuments
import PlanningDomain
import PlanningEngine

/// Why this plan: its score in sentences, then the next best plans beside it and what each loses on.
extension PlanReportHTML {
    func reasonSection(_ result: PlanningResult) -> [String] {
        ["<section class=\"why\">", HTML.text("h2", [], wording.text("explain.why")), "<ul>"]
            + reasonSentences(result).map { HTML.text("li", [], $0) } + ["</ul>", "</section>"]
    }

    /// The sentences of the text explanation's « why » block, from the same keys.
    private func reasonSentences(_ result: PlanningResult) -> [String] {
        let score = result.score
        var sentences = [
            wording.text(
                "explain.continuity",
                ["count": String(score.continuity), "ids": idList(result.continuitySet)]
            ),
            wording.text("explain.attendance", ["value": wording.halves(score.attendanceHalves)]),
        ]
        if let founding2 = result.plan.session(.founding2)?.slot {
            sentences.append(
                score.hasRegularRhythm
                    ? wording.text(
                        "explain.regular",
                        ["weekday": wording.weekday(of: founding2.date), "time": wording.time(founding2.start.time)]
                    )
                    : wording.text("explain.irregular")
            )
        }
        if result.plan.session(.review) != nil {
            sentences.append(
                wording.text(
                    "explain.review",
                    ["count": String(score.reviewContinuity), "total": String(score.continuity)]
                )
            )
        }
        if score.continuity > scenario.group.maximumSize {
            sentences.append(
                wording.text(
                    "explain.aboveMaximum",
                    ["count": String(score.continuity), "maximum": String(scenario.group.maximumSize)]
                )
            )
        }
        let uninvited = scenario.participants.filter { result.plan.sessions(attendableBy: $0).isEmpty }.map(\.id)
            .sorted()
        if !uninvited.isEmpty {
            sentences.append(
                wording.text("explain.uninvited", ["count": String(uninvited.count), "ids": idList(uninvited)])
            )
        }
        sentences += explanation.tentativeLines(result)
        sentences += explanation.proofSentences(result)
        return sentences
    }

    /// Past this many ids, a sentence of the page names the first ones and counts the rest.
    static let listedIDs = 200

    /// Ids joined as the text explanation joins them, the first ``listedIDs`` only.
    private func idList(_ ids: [Participant.ID]) -> String {
        guard ids.count > Self.listedIDs else { return wording.list(ids) }
        return wording.text(
            "report.moreIds",
            ["ids": wording.list(Array(ids.prefix(Self.listedIDs))), "count": String(ids.count - Self.listedIDs)]
        )
    }

    // MARK: - Alternatives

    /// The chosen plan's row, then one row per alternative: its dates (those equal to the chosen plan's
    /// muted), its continuity and attendance, and the first objective on which it loses.
    func alternativeSection(_ result: PlanningResult) -> [String] {
        var lines = ["<section class=\"alternatives\">", HTML.text("h2", [], wording.text("explain.alternatives"))]
        guard !result.alternatives.isEmpty else {
            return lines + [HTML.text("p", [], wording.text("explain.noAlternative")), "</section>"]
        }
        let kinds = result.plan.sessions.map(\.kind)
        lines.append("<table>")
        lines.append("<thead><tr>")
        lines.append(HTML.text("th", [("scope", "col")], wording.text("report.alternatives.rank")))
        lines += kinds.map { HTML.text("th", [("scope", "col")], wording.title(of: $0)) }
        lines.append(HTML.text("th", [("scope", "col")], wording.text("report.alternatives.continuity")))
        lines.append(HTML.text("th", [("scope", "col")], wording.text("report.alternatives.attendance")))
        lines.append(HTML.text("th", [("scope", "col")], wording.text("report.alternatives.loss")))
        lines.append("</tr></thead>")
        lines.append("<tbody>")
        lines.append(
            alternativeRow(
                label: wording.text("report.alternatives.chosen"),
                plan: result.plan,
                score: result.score,
                chosen: result.plan,
                loss: "—"
            )
        )
        for (index, alternative) in result.alternatives.enumerated() {
            lines.append(
                alternativeRow(
                    label: String(index + 1),
                    plan: alternative.plan,
                    score: alternative.score,
                    chosen: result.plan,
                    loss: describe(alternative)
                )
            )
        }
        lines += ["</tbody>", "</table>", "</section>"]
        return lines
    }

    private func alternativeRow(label: String, plan: Plan, score: PlanScore, chosen: Plan, loss: String) -> String {
        let isChosen = plan == chosen
        var cells = [HTML.text("th", [("scope", "row")], label)]
        for session in chosen.sessions {
            guard let slot = plan.session(session.kind)?.slot else {
                cells.append("<td></td>")
                continue
            }
            let same = !isChosen && slot.id == session.slot.id
            let when = wording.text(
                "explain.dateTime",
                ["date": shortDateWithYear(slot.date), "time": wording.time(slot.start.time)]
            )
            cells.append(HTML.text("td", [("class", same ? "same" : "when"), ("title", wording.range(slot))], when))
        }
        cells.append(HTML.text("td", [("class", "number")], String(score.continuity)))
        cells.append(HTML.text("td", [("class", "number")], wording.halves(score.attendanceHalves)))
        cells.append(HTML.text("td", [("class", "loss")], loss))
        return HTML.element("tr", [("class", isChosen ? "chosen" : nil)], cells.joined())
    }
}
