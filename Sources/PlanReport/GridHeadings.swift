import PlanDocuments
import PlanningDomain

/// What a grid's column heading prints, so that no two headings of a grid read the same on paper.
///
/// Always the date and the start time and the room; the year when the page's candidates fall in different
/// years; the facilitator when two columns share the date and start time; the end when two columns differ
/// only by it; and the candidate's id as a last resort (two entries of the scenario for the same slot).
struct GridHeading: Equatable {
    var day: String
    var time: String
    var place: String
    var facilitator: String?
    var id: String?

    /// The headings of `slots`, in order.
    static func headings(
        for slots: [CandidateSlot],
        showsYear: Bool,
        report: PlanReportHTML
    ) -> [GridHeading] {
        func count<Key: Hashable>(_ key: (CandidateSlot) -> Key) -> [Key: Int] {
            slots.reduce(into: [:]) { counts, slot in counts[key(slot), default: 0] += 1 }
        }
        struct When: Hashable {
            let start: LocalDateTime
            let venue: Venue.ID
            let facilitator: Facilitator.ID
        }
        let sameStart = count { $0.start }
        let sameSlotButEnd = count { When(start: $0.start, venue: $0.venue, facilitator: $0.facilitator) }
        var headings = slots.map { slot in
            let wording = report.wording
            let isTwin = sameSlotButEnd[When(start: slot.start, venue: slot.venue, facilitator: slot.facilitator)] ?? 0
            return GridHeading(
                day: showsYear ? report.shortDateWithYear(slot.date) : report.shortDate(slot.date),
                time: isTwin > 1 ? report.timeRange(slot) : wording.time(slot.start.time),
                place: report.venueName(slot.venue),
                facilitator: (sameStart[slot.start] ?? 0) > 1 ? report.facilitatorName(slot.facilitator) : nil,
                id: nil
            )
        }
        let repeated = headings.reduce(into: [String: Int]()) { counts, heading in counts[heading.key, default: 0] += 1
        }
        for index in headings.indices where (repeated[headings[index].key] ?? 0) > 1 {
            headings[index].id = slots[index].id.rawValue
        }
        return headings
    }

    private var key: String { [day, time, place, facilitator ?? ""].joined(separator: "\u{1F}") }
}
