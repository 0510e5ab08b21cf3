internal import Calendaring
public import PlanningDomain
internal import Recruitment

extension RecruitmentStatus.Outcome {
    /// The recruitment view as text for the terminal.
    ///
    /// The state, the counts against the quorum and the maximum, the sources, the information dates and the
    /// registrations over time. Ids and counts only, no name.
    public var text: String {
        let figures = self.figures
        var lines = [
            "Recruitment of group \(group.id): \(figures.state)",
            "  registered \(figures.members.count), quorum \(figures.quorum), maximum \(figures.maximumSize); "
                + "waiting list \(figures.waitingList.count)"
                + (figures.missingForQuorum > 0 ? "; \(figures.missingForQuorum) more needed" : ""),
        ]
        let sources = figures.sources.filter { $0.count > 0 }.map { "\($0.source) \($0.count)" }
        lines.append("  sources: " + (sources.isEmpty ? "none yet" : sources.joined(separator: ", ")))
        if figures.informationDates.isEmpty {
            lines.append("  information dates: none proposed")
        } else {
            lines.append("  information dates:")
            for date in figures.informationDates {
                lines.append(
                    "    \(date.start): \(date.canCome) can come (\(date.yes) yes, \(date.ifNeedBe) if need be), "
                        + "\(date.no) no, \(date.unanswered) not answered"
                )
            }
        }
        let points = figures.timeline.map { "\($0.date) \($0.count)" }
        lines.append("  over time: " + (points.isEmpty ? "no registration yet" : points.joined(separator: ", ")))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The chart of registrations over time against the quorum and the maximum (SVG, titled for screen readers).
    public func chartSVG(at now: Instant, language: Language) -> String {
        let today = TimeZoneConversion.localDateTime(of: now, in: timeZone).date
        return RecruitmentChart(
            figures: figures,
            groupTitle: group.title,
            today: today,
            language: language,
            idPrefix: "recruitment-\(group.id)"
        ).svg
    }
}
