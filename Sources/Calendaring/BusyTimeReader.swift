internal import CLibical
import Phrasebook

/// Reads busy time from the calendar files of people and rooms (`.ics`, RFC 5545), through libical.
///
/// What blocks time:
/// - `VEVENT` (§3.6.1) occurrences: `RRULE`, `RDATE` (DATE-TIME, DATE, PERIOD), `EXDATE`, and `RECURRENCE-ID`
///   overrides that move or shorten one occurrence (an override with `STATUS:CANCELLED` removes it);
/// - `VFREEBUSY` (§3.6.4) `FREEBUSY` periods (§3.8.2.6): `FBTYPE=BUSY` (the default) and `BUSY-UNAVAILABLE` are
///   busy, `BUSY-TENTATIVE` is tentative, `FREE` is ignored.
///
/// What does not: `TRANSP:TRANSPARENT`, `STATUS:CANCELLED`, Outlook's `X-MICROSOFT-CDO-BUSYSTATUS:FREE`,
/// events without a length (a DATE-TIME start with neither `DTEND` nor `DURATION`), and task and journal
/// components.
///
/// Lengths: `DTEND` (an exact length, RFC 5545 §3.8.5.3) or `DURATION` (days are calendar days, §3.3.6); an
/// all-day event without `DTEND`, or whose `DTEND` is not after its `DTSTART`, lasts one day. `DTSTART` is
/// always an occurrence, even when the rule does not match it. An `UNTIL` in UTC is compared in the event's own
/// wall-clock time; on an all-day series it names the last day (Outlook writes the UTC instant of that day's
/// local midnight). An override with `RECURRENCE-ID;RANGE=THISANDFUTURE` (RFC 5545 §3.8.4.4) applies to its
/// occurrence and every later one: they move by the same time difference, take its length and its status.
///
/// Time zones: `Z` times are UTC; a `TZID` is an IANA name, a Windows name (CLDR), a vendor-prefixed IANA name
/// or a `VTIMEZONE` of the file (see ``WindowsTimeZones``); floating times and all-day dates are in the
/// default zone, a date lasting from midnight to midnight there. An unknown `TZID` is an error, never a silently
/// floating time.
public enum BusyTimeReader {
    /// Reads one `.ics` file (its bytes as read from disk) into the busy periods that overlap `[from, to)`.
    ///
    /// Recurrences are expanded only around the window, generously: every occurrence that overlaps it is kept
    /// whole, not clipped.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes, UTF-8 (a byte-order mark and LF-only line ends are accepted).
    ///   - file: the name to show in errors.
    ///   - defaultTimeZone: the IANA zone of floating date-times and all-day dates (the organisation's).
    ///   - from: the window's start, UTC seconds since 1970-01-01T00:00:00Z.
    ///   - to: the window's end, excluded.
    /// - Returns: the busy and tentative periods, sorted.
    /// - Throws: ``CalendarImportErrors`` with every problem of the file, in line order.
    public static func read(
        _ bytes: [UInt8],
        file: String,
        defaultTimeZone: String,
        from: Int64,
        to: Int64
    ) throws(CalendarImportErrors) -> BusyCalendar {
        let defaultClock: ZoneClock
        do throws(CalendarImportError) {
            defaultClock = try ZoneClock.defaultClock(defaultTimeZone, file: file)
        } catch {
            throw CalendarImportErrors(error)
        }
        let calendar = try CalendarFile(bytes, file: file, defaultClock: defaultClock)
        var problems = calendar.libicalErrors()
        let events = calendar.events(problems: &problems)
        var periods: [BusyPeriod] = []
        for reader in calendar.components(ICAL_VFREEBUSY_COMPONENT, named: "VFREEBUSY") {
            periods += reader.freeBusyPeriods(overlapping: from..<max(from, to), problems: &problems)
        }
        let expansion = EventExpansion(window: from..<max(from, to), defaultClock: defaultClock)
        for occurrence in expansion.occurrences(of: events, problems: &problems) {
            guard let kind = occurrence.event.busyKind else { continue }
            periods.append(BusyPeriod(start: occurrence.start, end: occurrence.end, kind: kind))
        }
        guard problems.isEmpty else { throw CalendarImportErrors(problems) }
        return BusyCalendar(periods: periods)
    }
}

extension ComponentReader {
    /// The busy and tentative `FREEBUSY` periods of a `VFREEBUSY` that overlap `window`; problems go to
    /// `problems`.
    func freeBusyPeriods(overlapping window: Range<Int64>, problems: inout [CalendarImportError]) -> [BusyPeriod] {
        var collector = ProblemCollector()
        let periods = all(ICAL_FREEBUSY_PROPERTY).compactMap { property in
            collector.attempt { () throws(CalendarImportError) in try freeBusyPeriod(property, overlapping: window) }
                ?? nil
        }
        problems += collector.problems
        return periods
    }

    /// One `FREEBUSY` period, or `nil` when it is free or outside `window`.
    private func freeBusyPeriod(
        _ property: OpaquePointer,
        overlapping window: Range<Int64>
    ) throws(CalendarImportError) -> BusyPeriod? {
        let kind: BusyKind
        switch icalproperty_get_first_parameter(property, ICAL_FBTYPE_PARAMETER).map(icalparameter_get_fbtype) {
        case ICAL_FBTYPE_FREE: return nil
        case ICAL_FBTYPE_BUSYTENTATIVE: kind = .tentative
        default: kind = .busy
        }
        let value = icalproperty_get_freebusy(property)
        let start = try time(value.start, of: property, named: "FREEBUSY")
        let startUTC = start.utcSeconds(defaultClock: resolver.defaultClock)
        let endUTC: Int64
        if icaltime_is_null_time(value.end) == 0 {
            endUTC = try time(value.end, of: property, named: "FREEBUSY")
                .utcSeconds(defaultClock: resolver.defaultClock)
        } else if let (days, seconds) = Self.parts(of: value.duration) {
            endUTC = start.utcSeconds(addingDays: days, seconds: seconds, defaultClock: resolver.defaultClock)
        } else {
            endUTC = startUTC - 1
        }
        guard endUTC >= startUTC else {
            let text = valueText(of: property)
            throw error(
                .invalidPeriod,
                property: "FREEBUSY",
                containing: text,
                value: text,
                Phrase("calendar.busyEndsBeforeStart", ["value": .verbatim(text)])
            )
        }
        guard startUTC < window.upperBound, endUTC > window.lowerBound, endUTC > startUTC else { return nil }
        return BusyPeriod(start: startUTC, end: endUTC, kind: kind)
    }
}
