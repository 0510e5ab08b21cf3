internal import CLibical
import Phrasebook

/// Reads the properties of one component (`VEVENT`, `VFREEBUSY`) into Swift values, and locates any problem on
/// the lines of the file.
struct ComponentReader {
    /// The component, owned by the ``ParsedCalendar``.
    let component: OpaquePointer
    /// Its `VCALENDAR`, where `VTIMEZONE`s are looked up.
    let calendar: OpaquePointer
    /// The component's `BEGIN`/`END` lines in the file, when found.
    let span: Int?
    /// The raw lines, to locate problems.
    let source: ICSSource
    /// Time zones of `TZID` parameters.
    let resolver: TimeZoneResolver

    // MARK: - Properties

    /// The first property of a kind.
    func first(_ kind: icalproperty_kind) -> OpaquePointer? {
        icalcomponent_get_first_property(component, kind)
    }

    /// Every property of a kind, in file order (libical splits value lists into one property per value).
    func all(_ kind: icalproperty_kind) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        var property = icalcomponent_get_first_property(component, kind)
        while let current = property {
            found.append(current)
            property = icalcomponent_get_next_property(component, kind)
        }
        return found
    }

    /// The value of an `X-` property, such as `X-MICROSOFT-CDO-BUSYSTATUS`, in upper case.
    func extensionValue(named name: String) -> String? {
        for property in all(ICAL_X_PROPERTY) {
            guard let xName = icalproperty_get_x_name(property), String(cString: xName).uppercased() == name,
                let value = icalproperty_get_x(property)
            else { continue }
            return String(cString: value).trimmingSpaces().uppercased()
        }
        return nil
    }

    /// The value of a property as libical holds it (a date-time, a rule, a period), for messages.
    func valueText(of property: OpaquePointer) -> String {
        guard let text = icalproperty_get_value_as_string_r(property) else { return "" }
        defer { icalmemory_free_buffer(text) }
        return String(cString: text)
    }

    /// The `TZID` parameter of a property.
    func tzid(of property: OpaquePointer) -> String? {
        guard let parameter = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
            let tzid = icalparameter_get_tzid(parameter)
        else { return nil }
        return String(cString: tzid)
    }

    // MARK: - Times

    /// A DATE or DATE-TIME of `property` with its zone: `Z` is UTC, a `TZID` is resolved, floating is the
    /// default zone; throws for a date or time that does not exist and for an unknown `TZID`.
    func time(
        _ raw: icaltimetype,
        of property: OpaquePointer,
        named name: String
    ) throws(CalendarImportError)
        -> CalendarTime
    {
        guard let wall = LibicalTime.wallSeconds(of: raw) else {
            let text = valueText(of: property)
            throw error(
                .invalidDateTime,
                property: name,
                containing: text,
                value: text,
                Phrase("calendar.nonexistentTime", ["property": .verbatim(name), "value": .verbatim(text)])
            )
        }
        if raw.is_date != 0 { return .date(Int(wall / 86_400)) }
        if icaltime_is_utc(raw) != 0 { return .dateTime(wall, resolver.utcClock) }
        guard let tzid = tzid(of: property) else { return .dateTime(wall, resolver.defaultClock) }
        guard let clock = resolver.clock(for: tzid, in: calendar) else {
            throw error(
                .unknownTimeZone,
                property: name,
                containing: tzid,
                value: tzid,
                Phrase("calendar.unknownZone", ["zone": .verbatim(tzid)])
            )
        }
        return .dateTime(wall, clock)
    }

    /// Calendar days and exact seconds of a duration (RFC 5545 §3.3.6); `nil` when it is negative.
    static func parts(of duration: icaldurationtype) -> (days: Int, seconds: Int64)? {
        let days = Int(duration.weeks) * 7 + Int(duration.days)
        let seconds = Int64(duration.hours) * 3600 + Int64(duration.minutes) * 60 + Int64(duration.seconds)
        guard duration.is_neg == 0 || (days == 0 && seconds == 0) else { return nil }
        return (days, seconds)
    }

    // MARK: - Errors

    /// A problem on the line of property `name` (the one containing `text` if several), or on the component's
    /// `BEGIN` line.
    func error(
        _ code: CalendarImportError.Code,
        property name: String?,
        containing text: String?,
        value: String?,
        _ phrase: Phrase
    ) -> CalendarImportError {
        let line: Int
        if let span {
            line = name.map { source.line(of: $0, containing: text, in: span) } ?? source.beginLine(of: span)
        } else {
            line = text.map { source.firstLine(containing: $0) } ?? 0
        }
        return CalendarImportError(code: code, file: source.file, line: line, value: value, phrase: phrase)
    }
}
