internal import CLibical

/// A calendar file parsed by libical, with what is needed to read its components and locate its problems.
///
/// Shared by ``BusyTimeReader`` and ``HolidayReader``; all its libical work runs on the caller's thread.
struct CalendarFile {
    /// The raw lines.
    let source: ICSSource
    /// libical's component tree.
    let parsed: ParsedCalendar
    /// Time zones of `TZID` parameters.
    let resolver: TimeZoneResolver

    /// Checks and parses `bytes`; floating times and dates are read in `defaultClock`.
    init(_ bytes: [UInt8], file: String, defaultClock: ZoneClock) throws(CalendarImportError) {
        source = try ICSSource(bytes, file: file)
        guard let parsed = ParsedCalendar(source) else {
            throw CalendarImportError(
                code: .invalidCalendar,
                file: file,
                line: 0,
                message: "libical could not read the file as iCalendar; expected a calendar exported as an .ics file."
            )
        }
        self.parsed = parsed
        resolver = TimeZoneResolver(parsed: parsed, defaultClock: defaultClock)
    }

    /// Readers for every direct child of the file's `VCALENDAR`s named `name` (`VEVENT`, `VFREEBUSY`), in
    /// file order.
    func components(_ kind: icalcomponent_kind, named name: String) -> [ComponentReader] {
        let spans = source.calendarChildren(named: name)
        var readers: [ComponentReader] = []
        for calendar in parsed.calendars {
            for component in parsed.children(of: calendar, kind: kind) {
                readers.append(
                    ComponentReader(
                        component: component,
                        calendar: calendar,
                        span: readers.count < spans.count ? spans[readers.count] : nil,
                        source: source,
                        resolver: resolver
                    )
                )
            }
        }
        return readers
    }

    /// Every `VEVENT`, read.
    func events() throws(CalendarImportError) -> [EventComponent] {
        var events: [EventComponent] = []
        for reader in components(ICAL_VEVENT_COMPONENT, named: "VEVENT") {
            events.append(try reader.event())
        }
        return events
    }
}
