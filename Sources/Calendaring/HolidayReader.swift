internal import PlanningDomain

/// Reads public holidays from holiday calendars (`.ics`, RFC 5545), such as the ones Google, Apple or the
/// cantons publish.
public enum HolidayReader {
    /// The all-day `VEVENT`s (`DTSTART;VALUE=DATE`) of a holiday calendar: one ``Holiday`` per day covered
    /// (`DTEND` excluded; one day without `DTEND`), `RRULE`s expanded over `years`, sorted by date and name.
    ///
    /// `TRANSP` and Outlook's busy status are ignored (holiday calendars mark their days as free); events with
    /// `STATUS:CANCELLED`, and occurrences removed by `EXDATE` or a cancelled override, are left out; events
    /// with a time of day are not holidays and are skipped (but still checked). The name is the `SUMMARY`; the
    /// key is the `X-ENTRAIDE-HOLIDAY` property of Entraide's own files (see `Resources/Holidays`).
    ///
    /// - Throws: ``CalendarImportErrors`` as ``BusyTimeReader/read(_:file:defaultTimeZone:from:to:)`` does.
    public static func read(
        _ bytes: [UInt8],
        file: String,
        years: ClosedRange<Int>
    ) throws(CalendarImportErrors)
        -> [Holiday]
    {
        // Dates only: UTC as the default zone makes a day's instants plain multiples of 86 400 seconds.
        let clock = ZoneClock.utc()
        let calendar = try CalendarFile(bytes, file: file, defaultClock: clock)
        var problems = calendar.libicalErrors()
        let events = calendar.events(problems: &problems)
        let firstYear = min(max(years.lowerBound, 1), 9999)
        let lastYear = min(max(years.upperBound, 1), 9999)
        guard let first = LocalDate(year: firstYear, month: 1, day: 1),
            let last = LocalDate(year: lastYear, month: 12, day: 31)
        else {
            guard problems.isEmpty else { throw CalendarImportErrors(problems) }
            return []
        }
        let window = Int64(first.dayNumber) * 86_400..<Int64(last.dayNumber + 1) * 86_400
        let expansion = EventExpansion(window: window, defaultClock: clock)
        var holidays: Set<Holiday> = []
        let occurrences = expansion.occurrences(of: events, problems: &problems)
        guard problems.isEmpty else { throw CalendarImportErrors(problems) }
        for occurrence in occurrences {
            guard occurrence.event.start.isDate, !occurrence.event.isCancelled else { continue }
            let name = occurrence.event.summary
            let key = occurrence.event.holidayKey.map(Holiday.Key.init(rawValue:))
            let firstDay = max(occurrence.start, window.lowerBound) / 86_400
            let lastDay = (min(occurrence.end, window.upperBound) - 1) / 86_400
            guard firstDay <= lastDay else { continue }
            for day in firstDay...lastDay {
                holidays.insert(Holiday(date: LocalDate(dayNumber: Int(day)), name: name, key: key))
            }
        }
        return holidays.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }
}
