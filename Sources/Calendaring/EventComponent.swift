internal import CLibical
import Phrasebook

/// One `VEVENT` (RFC 5545 §3.6.1) as read: its start, length, recurrence and how busy it makes its owner.
struct EventComponent {
    /// An extra occurrence from `RDATE` (RFC 5545 §3.8.5.2): a DATE, a DATE-TIME or a PERIOD.
    struct ExtraDate {
        /// When it starts.
        let start: CalendarTime
        /// How it ends: by the event's own length, at a time, or after a duration (the two PERIOD forms).
        let end: End

        /// How an extra occurrence ends.
        enum End {
            /// Like every occurrence of the event.
            case eventLength
            /// At this time (`start/end` PERIOD).
            case time(CalendarTime)
            /// After this duration (`start/duration` PERIOD).
            case duration(days: Int, seconds: Int64)
        }
    }

    /// The reader of the component, to locate problems found later.
    let reader: ComponentReader
    /// `UID` (§3.8.4.7), which ties a `RECURRENCE-ID` override to its series.
    let uid: String?
    /// `DTSTART` (§3.8.2.4).
    let start: CalendarTime
    /// From `DTEND` (§3.8.2.2) or `DURATION` (§3.8.2.5).
    let length: EventLength
    /// The `RRULE` properties (§3.8.5.3).
    let rules: [OpaquePointer]
    /// `RDATE` (§3.8.5.2), one per value.
    let extraDates: [ExtraDate]
    /// `EXDATE` (§3.8.5.1), one per value.
    let exceptions: [CalendarTime]
    /// `RECURRENCE-ID` (§3.8.4.4) of an override of one occurrence.
    let recurrenceID: CalendarTime?
    /// Whether the `RECURRENCE-ID` says `RANGE=THISANDFUTURE` (§3.2.13): the override's start shift, length and
    /// status apply to every later occurrence of the series too.
    let isThisAndFuture: Bool
    /// `STATUS:CANCELLED` (§3.8.1.11).
    let isCancelled: Bool
    /// How busy the event makes its owner; `nil` when it blocks no time.
    let busyKind: BusyKind?

    /// The `SUMMARY` (§3.8.1.12), read only for public holidays, whose names are not personal.
    var summary: String {
        icalcomponent_get_summary(reader.component).map { String(cString: $0).trimmingSpaces() } ?? ""
    }

    /// The `X-ENTRAIDE-HOLIDAY` key of a holiday in Entraide's holiday files (§3.8.8.2), in lower case.
    var holidayKey: String? {
        reader.extensionValue(named: "X-ENTRAIDE-HOLIDAY").map { $0.lowercased() }
    }
}

extension ComponentReader {
    /// Reads the `VEVENT`, or records its problems in `problems` and returns `nil`: unknown time zones, dates
    /// that do not exist, a missing start, an end before the start, rules libical cannot use (lines libical
    /// could not read are reported by ``CalendarFile/libicalErrors()``).
    func event(problems: inout [CalendarImportError]) -> EventComponent? {
        var collector = ProblemCollector()
        let start = readStart(&collector)
        var length: EventLength?
        if let start {
            length = collector.attempt { () throws(CalendarImportError) in try self.length(from: start) }
        } else if let end = first(ICAL_DTEND_PROPERTY) {
            // Without a start there is no length, but the end's own problems are reported all the same.
            _ = collector.attempt { () throws(CalendarImportError) in
                try time(icalproperty_get_dtend(end), of: end, named: "DTEND")
            }
        }
        var rules: [OpaquePointer] = []
        for property in all(ICAL_RRULE_PROPERTY) {
            guard icalproperty_get_rrule(property).freq != ICAL_NO_RECURRENCE else {
                collector.problems.append(recurrenceError(property, Phrase("calendar.rule.unreadable")))
                continue
            }
            rules.append(property)
        }
        var exceptions: [CalendarTime] = []
        for property in all(ICAL_EXDATE_PROPERTY) {
            let exception = collector.attempt { () throws(CalendarImportError) in
                try time(icalproperty_get_exdate(property), of: property, named: "EXDATE")
            }
            if let exception { exceptions.append(exception) }
        }
        var recurrenceID: CalendarTime?
        var isThisAndFuture = false
        if let property = first(ICAL_RECURRENCEID_PROPERTY) {
            recurrenceID = collector.attempt { () throws(CalendarImportError) in
                try time(icalproperty_get_recurrenceid(property), of: property, named: "RECURRENCE-ID")
            }
            isThisAndFuture =
                icalproperty_get_first_parameter(property, ICAL_RANGE_PARAMETER).map(icalparameter_get_range)
                == ICAL_RANGE_THISANDFUTURE
        }
        let extraDates = extraDates(&collector)
        problems += collector.problems
        guard collector.problems.isEmpty, let start, let length else { return nil }
        let (isCancelled, busyKind) = busyness()
        return EventComponent(
            reader: self,
            uid: icalcomponent_get_uid(component).map { String(cString: $0) },
            start: start,
            length: length,
            rules: rules,
            extraDates: extraDates,
            exceptions: exceptions,
            recurrenceID: recurrenceID,
            isThisAndFuture: isThisAndFuture,
            isCancelled: isCancelled,
            busyKind: busyKind
        )
    }

    /// An invalid-recurrence problem on an `RRULE` line.
    func recurrenceError(_ property: OpaquePointer, _ problem: Phrase) -> CalendarImportError {
        let text = valueText(of: property)
        return error(
            .invalidRecurrence,
            property: "RRULE",
            containing: text,
            value: text,
            Phrase("calendar.badRule", ["rule": .verbatim(text), "problem": problem])
        )
    }

    // MARK: - Private helpers

    /// `DTSTART`, or `nil` after recording why there is none (unless libical already reported its line).
    private func readStart(_ collector: inout ProblemCollector) -> CalendarTime? {
        guard let property = first(ICAL_DTSTART_PROPERTY) else {
            if !hasLibicalError(about: "DTSTART") {
                collector.problems.append(
                    error(
                        .missingStart,
                        property: nil,
                        containing: nil,
                        value: nil,
                        Phrase("calendar.noStart")
                    )
                )
            }
            return nil
        }
        return collector.attempt { () throws(CalendarImportError) in
            try time(icalproperty_get_dtstart(property), of: property, named: "DTSTART")
        }
    }

    /// Whether libical left an `X-LIC-ERROR` about property `name` in this component (it then dropped it).
    private func hasLibicalError(about name: String) -> Bool {
        all(ICAL_XLICERROR_PROPERTY).contains { property in
            guard let text = icalproperty_get_xlicerror(property).map({ String(cString: $0) }) else { return false }
            return text.contains(" \(name) property") || text.contains("property \(name):")
        }
    }

    /// The length from `DTEND`, else `DURATION`, else one day for a DATE and nothing for a DATE-TIME.
    private func length(from start: CalendarTime) throws(CalendarImportError) -> EventLength {
        if let property = first(ICAL_DTEND_PROPERTY) {
            let end = try time(icalproperty_get_dtend(property), of: property, named: "DTEND")
            if case .date(let first) = start, case .date(let last) = end {
                guard last >= first else { throw endBeforeStart(property) }
                return .nominal(days: max(last - first, 1), seconds: 0)
            }
            let seconds =
                end.utcSeconds(defaultClock: resolver.defaultClock)
                - start.utcSeconds(defaultClock: resolver.defaultClock)
            guard seconds >= 0 else { throw endBeforeStart(property) }
            return seconds == 0 ? .instant : .exact(seconds)
        }
        if let property = first(ICAL_DURATION_PROPERTY) {
            guard let (days, seconds) = Self.parts(of: icalproperty_get_duration(property)) else {
                let text = valueText(of: property)
                throw error(
                    .invalidPeriod,
                    property: "DURATION",
                    containing: text,
                    value: text,
                    Phrase("calendar.negativeDuration", ["value": .verbatim(text)])
                )
            }
            return days == 0 && seconds == 0 ? .instant : .nominal(days: days, seconds: seconds)
        }
        return start.isDate ? .nominal(days: 1, seconds: 0) : .instant
    }

    private func endBeforeStart(_ end: OpaquePointer) -> CalendarImportError {
        let endText = valueText(of: end)
        let startText = first(ICAL_DTSTART_PROPERTY).map(valueText(of:)) ?? ""
        return error(
            .invalidPeriod,
            property: "DTEND",
            containing: endText,
            value: endText,
            Phrase("calendar.endBeforeStart", ["end": .verbatim(endText), "start": .verbatim(startText)])
        )
    }

    /// `RDATE` values: DATE, DATE-TIME, or PERIOD in its two forms; problems go to `collector`.
    private func extraDates(_ collector: inout ProblemCollector) -> [EventComponent.ExtraDate] {
        var dates: [EventComponent.ExtraDate] = []
        for property in all(ICAL_RDATE_PROPERTY) {
            let date = collector.attempt { () throws(CalendarImportError) -> EventComponent.ExtraDate? in
                let value = icalproperty_get_rdate(property)
                guard icaltime_is_null_time(value.period.start) != 0 else {
                    let start = try time(value.period.start, of: property, named: "RDATE")
                    if icaltime_is_null_time(value.period.end) == 0 {
                        return .init(start: start, end: .time(try time(value.period.end, of: property, named: "RDATE")))
                    }
                    guard let (days, seconds) = Self.parts(of: value.period.duration) else { return nil }
                    return .init(start: start, end: .duration(days: days, seconds: seconds))
                }
                return .init(start: try time(value.time, of: property, named: "RDATE"), end: .eventLength)
            }
            if let date = date ?? nil { dates.append(date) }
        }
        return dates
    }

    /// Whether the event is cancelled, and how busy it makes its owner.
    ///
    /// Not busy: `STATUS:CANCELLED`, `TRANSP:TRANSPARENT`, Outlook's `X-MICROSOFT-CDO-BUSYSTATUS:FREE`.
    /// Tentative: `STATUS:TENTATIVE` or `X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE`. Busy: the rest (`OOF` too).
    private func busyness() -> (isCancelled: Bool, kind: BusyKind?) {
        let status = icalcomponent_get_status(component)
        if status == ICAL_STATUS_CANCELLED { return (true, nil) }
        if let property = first(ICAL_TRANSP_PROPERTY) {
            let transparency = icalproperty_get_transp(property)
            if transparency == ICAL_TRANSP_TRANSPARENT || transparency == ICAL_TRANSP_TRANSPARENTNOCONFLICT {
                return (false, nil)
            }
        }
        let outlookStatus = extensionValue(named: "X-MICROSOFT-CDO-BUSYSTATUS")
        if outlookStatus == "FREE" { return (false, nil) }
        if outlookStatus == "TENTATIVE" || status == ICAL_STATUS_TENTATIVE { return (false, .tentative) }
        return (false, .busy)
    }
}
