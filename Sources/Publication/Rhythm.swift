public import PlanningDomain

/// The rhythm a group chooses for itself after founding session 2: every few weeks, on one weekday, at one
/// wall-clock time, for a fixed length, from a date, until a date or without end.
///
/// Written into the handover invitations as a weekly `RRULE` (RFC 5545 §3.8.5.3) on a `DTSTART` with `TZID`
/// (§3.2.19), so the meeting stays at its local time across daylight-saving changes. Read from the CLI's
/// `--rhythm` text by ``parse(_:from:)``.
public struct Rhythm: Hashable, Sendable {
    /// Every this many weeks, 1 to 52 (`INTERVAL`, RFC 5545 §3.3.10).
    public var every: Int
    /// The day of the week (`BYDAY`, RFC 5545 §3.3.10).
    public var weekday: Weekday
    /// The wall-clock start, in the scenario's time zone.
    public var start: LocalTime
    /// How long each meeting lasts, 1 to 720 minutes.
    public var durationMinutes: Int
    /// The first day a meeting may take place; the first meeting is the first ``weekday`` from then on.
    public var from: LocalDate
    /// The last day a meeting may take place (`UNTIL`, RFC 5545 §3.3.10), or `nil` for no end.
    public var until: LocalDate?

    /// Creates a rhythm; ``parse(_:from:)`` checks the ranges, this initialiser takes the values as given.
    public init(
        every: Int,
        weekday: Weekday,
        start: LocalTime,
        durationMinutes: Int,
        from: LocalDate,
        until: LocalDate? = nil
    ) {
        self.every = every
        self.weekday = weekday
        self.start = start
        self.durationMinutes = durationMinutes
        self.from = from
        self.until = until
    }

    /// The date of the first meeting: the first ``weekday`` on or after ``from`` (the series' `DTSTART`).
    public var firstDate: LocalDate {
        let ahead = (weekday.rawValue - from.weekday + 7) % 7
        return from.adding(days: ahead)
    }

    /// Whether a meeting of the series falls on `date`: the weekday, a whole number of periods after the first
    /// meeting, and not after ``until``.
    public func hasMeeting(on date: LocalDate) -> Bool {
        let days = firstDate.days(to: date)
        guard days >= 0, days % (7 * max(every, 1)) == 0 else { return false }
        return until.map { date <= $0 } ?? true
    }

    /// `every 2 weeks tuesday 19:00 120min from 2027-03-02 until 2027-12-21`, the form ``parse(_:from:)`` reads.
    public var description: String {
        let period = every == 1 ? "every week" : "every \(every) weeks"
        let end = until.map { " until \($0)" } ?? ""
        return "\(period) \(weekday) \(start) \(durationMinutes)min from \(from)\(end)"
    }
}
