import PlanDocuments
import PlanningDomain
import PlanningEngine

/// Sentences of the report: the text explanation's own where both say the same thing.
extension PlanReportHTML {
    /// The short date of a grid's column header: weekday, day and month (« 13.01 » after the weekday).
    func shortDate(_ date: LocalDate) -> String {
        wording.text(
            "report.shortDate",
            [
                "weekday": wording.text("report.shortWeekday.\(date.weekday)"), "day": Self.twoDigits(date.day),
                "month": Self.twoDigits(date.month),
            ]
        )
    }

    /// The short date with its year, as alternatives and grids spanning two years show it.
    ///
    /// « mar. 12.01.2027 ».
    func shortDateWithYear(_ date: LocalDate) -> String {
        wording.text(
            "report.shortDateYear",
            [
                "weekday": wording.text("report.shortWeekday.\(date.weekday)"), "day": Self.twoDigits(date.day),
                "month": Self.twoDigits(date.month), "year": String(date.year),
            ]
        )
    }

    /// « 18 h 30 – 20 h ».
    func timeRange(_ slot: CandidateSlot) -> String {
        wording.text("report.timeRange", ["start": wording.time(slot.start.time), "end": wording.time(slot.end.time)])
    }

    /// The text explanation's sentences, shared so both say the same.
    var explanation: ExplanationText { ExplanationText(scenario: scenario, importReport: importReport) }

    /// The short name of the rule a candidate breaks (« salle trop petite »).
    func ruleName(_ reason: CandidateExclusion.Reason) -> String { explanation.ruleName(reason) }

    /// The sentence for one broken single-slot rule, as the text explanation writes it.
    func describe(_ reason: CandidateExclusion.Reason) -> String { explanation.describe(reason) }

    /// Why an alternative ranks below the chosen plan, as the text explanation writes it.
    func describe(_ alternative: Alternative) -> String { explanation.describe(alternative) }

    /// What the availability import did, one phrase per source; empty when only the scenario was read.
    func sourceSentences() -> [String] { explanation.sourceSentences() }

    func venueName(_ venue: Venue.ID) -> String { scenario.venue(venue)?.name ?? venue.rawValue }

    func facilitatorName(_ facilitator: Facilitator.ID) -> String {
        scenario.facilitator(facilitator)?.name ?? facilitator.rawValue
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
