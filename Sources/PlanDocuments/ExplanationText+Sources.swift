import PlanningDomain

extension ExplanationText {
    /// What the availability import did, then a blank line; nothing when only the scenario file was read.
    func sourceLines() -> [String] {
        let sentences = sourceSentences()
        guard !sentences.isEmpty else { return [] }
        return [wording.text("sources.title")] + sentences.map { "  " + $0 } + [""]
    }

    /// What the availability import did, one sentence per source (answers, holidays, generated candidates,
    /// unmatched poll columns, polls read in another encoding than UTF-8); empty when only the scenario file was
    /// read.
    public func sourceSentences() -> [String] {
        let report = importReport
        guard !report.isEmpty else { return [] }
        var sentences: [String] = []
        if (report.answers[.poll] ?? 0) + (report.answers[.derived] ?? 0) > 0 {
            sentences.append(
                wording.text(
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
            sentences.append(
                wording.text(
                    "sources.holidays",
                    count: report.holidayDays,
                    ["count": String(report.holidayDays), "canton": canton]
                )
            )
        }
        if report.generatedCandidates + report.droppedCandidates > 0 {
            sentences.append(
                wording.text(
                    "sources.generated",
                    ["kept": String(report.generatedCandidates), "dropped": String(report.droppedCandidates)]
                )
            )
        }
        if !report.unmatchedPollColumns.isEmpty {
            sentences.append(
                wording.text(
                    "sources.unmatched",
                    count: report.unmatchedPollColumns.count,
                    ["columns": report.unmatchedPollColumns.joined(separator: "; ")]
                )
            )
        }
        if !report.pollEncodings.isEmpty {
            sentences.append(wording.text("sources.encoding", ["files": report.pollEncodings.joined(separator: "; ")]))
        }
        return sentences
    }
}
