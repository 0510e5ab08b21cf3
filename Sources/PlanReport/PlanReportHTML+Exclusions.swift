import PlanDocuments
import PlanningDomain
import PlanningEngine

/// The candidates a rule removes on their own, listed as the text explanation lists them.
extension PlanReportHTML {
    /// Up to this many exclusions, each gets its line (as in the text explanation).
    static let completeListLimit = 24
    /// Past ``completeListLimit``, the first this many get a line and the rest are counted by rule.
    static let listedExclusions = 12

    func exclusionSection(_ exclusions: [CandidateExclusion]) -> [String] {
        guard !exclusions.isEmpty else { return [] }
        let listed =
            exclusions.count > Self.completeListLimit ? Array(exclusions.prefix(Self.listedExclusions)) : exclusions
        var lines = ["<section class=\"exclusions\">", HTML.text("h2", [], wording.text("explain.exclusions")), "<ul>"]
        for exclusion in listed {
            let date = scenario.candidates.first { $0.id == exclusion.slot }.map { wording.date($0.date) } ?? ""
            lines.append(
                HTML.element(
                    "li",
                    [],
                    HTML.text("span", [("class", "rule")], ruleName(exclusion.reason)) + " "
                        + HTML.escape(
                            wording.text(
                                "explain.exclusion",
                                ["slot": exclusion.slot.rawValue, "date": date, "reason": describe(exclusion.reason)]
                            )
                        )
                )
            )
        }
        lines.append("</ul>")
        if listed.count < exclusions.count {
            lines.append(HTML.text("p", [("class", "note")], moreExclusions(exclusions.dropFirst(listed.count))))
        }
        lines.append("</section>")
        return lines
    }

    /// « … et 240 autres (quorum 200, fermeture 40) ; plan.json les liste tous ».
    private func moreExclusions(_ rest: ArraySlice<CandidateExclusion>) -> String {
        var tally: [(String, Int)] = []
        for exclusion in rest {
            let name = ruleName(exclusion.reason)
            if let index = tally.firstIndex(where: { $0.0 == name }) {
                tally[index].1 += 1
            } else {
                tally.append((name, 1))
            }
        }
        return wording.text(
            "explain.moreExclusions",
            ["count": String(rest.count), "rules": tally.map { "\($0.0) \($0.1)" }.joined(separator: ", ")]
        )
    }
}
