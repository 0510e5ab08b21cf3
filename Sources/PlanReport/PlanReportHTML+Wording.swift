import PlanDocuments
import PlanningDomain
import PlanningEngine

/// Sentences written from the same catalogue keys as `ExplanationText`, whose helpers are not public.
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

    /// « 18 h 30 – 20 h ».
    func timeRange(_ slot: CandidateSlot) -> String {
        wording.text("report.timeRange", ["start": wording.time(slot.start.time), "end": wording.time(slot.end.time)])
    }

    /// The short name of the rule a candidate breaks (« salle trop petite »).
    func ruleName(_ reason: CandidateExclusion.Reason) -> String {
        let key =
            switch reason {
            case .closure: "closure"
            case .facilitatorAway: "facilitatorAway"
            case .facilitatorBusy: "facilitatorBusy"
            case .venueBooked: "venueBooked"
            case .capacity: "capacity"
            case .stepFreeAccess: "stepFreeAccess"
            case .initiatorUnavailable: "initiatorUnavailable"
            case .quorum: "quorum"
            }
        return wording.text("rule.\(key)")
    }

    /// The sentence for one broken single-slot rule, as the text explanation writes it.
    func describe(_ reason: CandidateExclusion.Reason) -> String {
        switch reason {
        case .closure(_, let why):
            why.map { wording.text("exclusion.closureReason", ["reason": $0]) } ?? wording.text("exclusion.closure")
        case .facilitatorAway(let facilitator):
            wording.text("exclusion.facilitatorAway", ["facilitator": facilitatorName(facilitator)])
        case .facilitatorBusy(let facilitator):
            wording.text("exclusion.facilitatorBusy", ["facilitator": facilitatorName(facilitator)])
        case .venueBooked(let venue):
            wording.text("exclusion.venueBooked", ["venue": venueName(venue)])
        case .capacity(let venue, let needed, let capacity):
            wording.text(
                "exclusion.capacity",
                ["venue": venueName(venue), "needed": String(needed), "capacity": String(capacity)]
            )
        case .stepFreeAccess(let venue, let participants):
            wording.text(
                "exclusion.stepFreeAccess",
                count: participants.count,
                ["venue": venueName(venue), "ids": wording.list(participants)]
            )
        case .initiatorUnavailable(let initiator):
            wording.text("exclusion.initiatorUnavailable", ["id": initiator.rawValue])
        case .quorum(let count, let quorum):
            wording.text("exclusion.quorum", ["count": String(count), "quorum": String(quorum)])
        }
    }

    /// Why an alternative ranks below the chosen plan, as the text explanation writes it.
    func describe(_ loss: Alternative.Loss) -> String {
        switch loss {
        case .continuity(let fewer, let missing, let gained):
            gained.isEmpty
                ? wording.text("loss.continuity", count: fewer, ["count": String(fewer), "ids": wording.list(missing)])
                : wording.text(
                    "loss.continuitySwap",
                    count: fewer,
                    ["count": String(fewer), "ids": wording.list(missing), "gained": wording.list(gained)]
                )
        case .attendance(let fewerHalves): wording.text("loss.attendance", ["value": wording.halves(fewerHalves)])
        case .irregularRhythm: wording.text("loss.irregularRhythm")
        case .laterInformation(let days):
            days == 0
                ? wording.text("loss.laterInformationSameDay")
                : wording.text("loss.laterInformation", count: days, ["days": String(days)])
        case .reviewContinuity(let fewer): wording.text("loss.reviewContinuity", count: fewer, ["count": String(fewer)])
        case .reviewAttendance: wording.text("loss.reviewAttendance")
        case .laterReview(let days): wording.text("loss.laterReview", count: days, ["days": String(days)])
        case .tieBreak: wording.text("loss.tieBreak")
        }
    }

    /// What the availability import did, one phrase per source; empty when only the scenario was read.
    func sourceSentences() -> [String] {
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
        return sentences
    }

    func venueName(_ venue: Venue.ID) -> String { scenario.venue(venue)?.name ?? venue.rawValue }

    func facilitatorName(_ facilitator: Facilitator.ID) -> String {
        scenario.facilitator(facilitator)?.name ?? facilitator.rawValue
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
