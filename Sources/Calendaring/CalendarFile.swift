internal import CLibical
import Phrasebook

/// A calendar file parsed by libical, with what is needed to read its components and locate its problems.
///
/// Shared by ``BusyTimeReader``, ``HolidayReader`` and ``ReplyReader``; all its libical work runs on the
/// caller's thread.
struct CalendarFile {
    /// The raw lines.
    let source: ICSSource
    /// libical's component tree.
    let parsed: ParsedCalendar
    /// Time zones of `TZID` parameters.
    let resolver: TimeZoneResolver
    /// For each component of ``source`` (an index into its spans), the components directly inside it, in order.
    let children: [[Int]]

    /// Checks and parses `bytes`; floating times and dates are read in `defaultClock`.
    ///
    /// Throws the problems of a file that cannot be read line by line: not UTF-8 text, unbalanced `BEGIN` and
    /// `END` lines, or a file libical gives up on.
    init(_ bytes: [UInt8], file: String, defaultClock: ZoneClock) throws(CalendarImportErrors) {
        source = try ICSSource(bytes, file: file)
        guard let parsed = ParsedCalendar(source) else {
            throw CalendarImportErrors(
                CalendarImportError(
                    code: .invalidCalendar,
                    file: file,
                    line: 0,
                    phrase: Phrase("calendar.libicalUnreadable")
                )
            )
        }
        self.parsed = parsed
        resolver = TimeZoneResolver(parsed: parsed, defaultClock: defaultClock)
        var children = [[Int]](repeating: [], count: source.spans.count)
        for (index, span) in source.spans.enumerated() {
            if let parent = span.parent { children[parent].append(index) }
        }
        self.children = children
    }

    /// Readers for every direct child of the file's `VCALENDAR`s named `name` (`VEVENT`, `VFREEBUSY`), in
    /// file order.
    func components(_ kind: icalcomponent_kind, named name: String) -> [ComponentReader] {
        var readers: [ComponentReader] = []
        for (span, calendar) in zip(calendarSpans, parsed.calendars) {
            let spans = children[span].filter { source.spans[$0].name == name }
            let components = parsed.children(of: calendar, kind: kind)
            for (index, component) in components.enumerated() {
                readers.append(
                    ComponentReader(
                        component: component,
                        calendar: calendar,
                        span: index < spans.count ? spans[index] : nil,
                        source: source,
                        resolver: resolver
                    )
                )
            }
        }
        return readers
    }

    /// Every `VEVENT` that reads without a problem; the problems of the others are added to `problems`.
    func events(problems: inout [CalendarImportError]) -> [EventComponent] {
        components(ICAL_VEVENT_COMPONENT, named: "VEVENT").compactMap { $0.event(problems: &problems) }
    }

    /// The spans of the top-level `VCALENDAR`s, in file order (aligned with `parsed.calendars`).
    var calendarSpans: [Int] {
        source.spans.indices.filter { source.spans[$0].parent == nil }
    }
}

/// Collects the problems of several independent steps instead of stopping at the first.
struct ProblemCollector {
    /// The problems so far.
    var problems: [CalendarImportError] = []

    /// The result of `body`, or `nil` after recording its problem.
    mutating func attempt<T>(_ body: () throws(CalendarImportError) -> T) -> T? {
        do {
            return try body()
        } catch {
            problems.append(error)
            return nil
        }
    }
}
