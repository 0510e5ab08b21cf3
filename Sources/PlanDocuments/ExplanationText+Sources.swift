import PlanningDomain

extension ExplanationText {
    /// What the availability import did, then a blank line; nothing when only the scenario file was read.
    func sourceLines() -> [String] {
        let report = importReport
        guard !report.isEmpty else { return [] }
        var lines = [wording.text("sources.title")]
        let imported = (report.answers[.poll] ?? 0) + (report.answers[.derived] ?? 0)
        if imported > 0 {
            lines.append(
                "  "
                    + wording.text(
                        "sources.answers",
                        [
                            "scenario": String(report.answers[.scenario] ?? 0),
                            "poll": String(report.answers[.poll] ?? 0),
                            "derived": String(report.answers[.derived] ?? 0),
                        ]
                    )
            )
        }
        if let canton = report.holidayCanton {
            lines.append(
                "  "
                    + wording.text(
                        "sources.holidays",
                        count: report.holidayDays,
                        ["count": String(report.holidayDays), "canton": canton]
                    )
            )
        }
        if report.generatedCandidates + report.droppedCandidates > 0 {
            lines.append(
                "  "
                    + wording.text(
                        "sources.generated",
                        [
                            "kept": String(report.generatedCandidates),
                            "dropped": String(report.droppedCandidates),
                        ]
                    )
            )
        }
        if !report.unmatchedPollColumns.isEmpty {
            lines.append(
                "  "
                    + wording.text(
                        "sources.unmatched",
                        count: report.unmatchedPollColumns.count,
                        ["columns": report.unmatchedPollColumns.joined(separator: "; ")]
                    )
            )
        }
        return lines + [""]
    }
}
