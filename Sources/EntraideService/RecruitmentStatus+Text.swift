internal import Calendaring
public import Phrasebook
public import PlanningDomain
internal import Recruitment

extension RecruitmentStatus.Outcome {
    /// The recruitment view for the terminal, one phrase per line, worded in the staff member's language.
    ///
    /// The state, the counts against the quorum and the maximum, the sources, the information dates and the
    /// registrations over time. Ids and counts only, no name.
    public var phrase: Phrase {
        let figures = self.figures
        let state = Phrase("recruitment.state.\(figures.state.rawValue)")
        var counts: [String: Phrase] = [
            "registered": .number(figures.members.count), "quorum": .number(figures.quorum),
            "maximum": .number(figures.maximumSize), "waiting": .number(figures.waitingList.count),
        ]
        if figures.missingForQuorum > 0 { counts["count"] = .number(figures.missingForQuorum) }
        var lines = [
            Phrase("recruitment.heading", ["group": .verbatim(group.id.rawValue), "state": state]),
            Self.indented(
                Phrase(figures.missingForQuorum > 0 ? "recruitment.countsMissing" : "recruitment.counts", counts)
            ),
        ]
        let sources = figures.sources.filter { $0.count > 0 }.map {
            Phrase(
                "recruitment.source",
                ["source": Phrase("recruitment.source.\($0.source.rawValue)"), "count": .number($0.count)]
            )
        }
        lines.append(
            Self.indented(
                sources.isEmpty
                    ? Phrase("recruitment.sources.none") : Phrase("recruitment.sources", ["sources": .list(sources)])
            )
        )
        if figures.informationDates.isEmpty {
            lines.append(Self.indented(Phrase("recruitment.dates.none")))
        } else {
            lines.append(Self.indented(Phrase("recruitment.dates")))
            for date in figures.informationDates {
                let parts: [String: Phrase] = [
                    "start": .verbatim(date.start.description), "canCome": .number(date.canCome),
                    "yes": .number(date.yes), "ifNeedBe": .number(date.ifNeedBe), "no": .number(date.no),
                    "unanswered": .number(date.unanswered),
                ]
                lines.append(Self.indented(Phrase("recruitment.date", parts), depth: 2))
            }
        }
        let points = figures.timeline.map { "\($0.date) \($0.count)" }
        lines.append(
            Self.indented(
                points.isEmpty
                    ? Phrase("recruitment.timeline.none") : Phrase("recruitment.timeline", ["points": .list(points)])
            )
        )
        return .lines(lines)
    }

    /// ``phrase`` worded in `language`, ending with a new line.
    public func text(in language: Language) -> String { phrase.text(in: language) + "\n" }

    /// A line indented by two spaces per `depth`.
    private static func indented(_ line: Phrase, depth: Int = 1) -> Phrase {
        .joined([.verbatim(String(repeating: "  ", count: depth)), line], separator: "")
    }

    /// The chart of registrations over time against the quorum and the maximum (SVG, titled for screen readers),
    /// labelled in `language`: the staff member's.
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
