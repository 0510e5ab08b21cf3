internal import CLibical

/// Finds the time zone a `TZID` parameter (RFC 5545 §3.2.19) names, for one parsed file.
///
/// In this order:
/// 1. an IANA name of the system tzdata (`Europe/Zurich`);
/// 2. a Windows name, through CLDR's table (`W. Europe Standard Time` → `Europe/Berlin`): the IANA rules are
///    preferred over the file's own `VTIMEZONE`, which Outlook writes as a single yearly rule without the
///    zone's history;
/// 3. a globally unique name with a vendor prefix, read as its IANA tail: `/mozilla.org/20050126_1/Europe/Paris`
///    (old Thunderbird and Lightning), `/freeassociation.sourceforge.net/Europe/Zurich` (libical, Evolution);
/// 4. a `VTIMEZONE` of the same `VCALENDAR` (Outlook's `Customized Time Zone`, or any private name).
///
/// Anything else is unknown: the caller reports it rather than reading the time as floating, as libical would.
final class TimeZoneResolver {
    /// The zone of floating date-times and of all-day dates.
    let defaultClock: ZoneClock
    /// The clock of `Z` date-times.
    let utcClock = ZoneClock.utc()
    private let parsed: ParsedCalendar
    private var builtinClocks: [String: ZoneClock?] = [:]
    private var definedClocks: [DefinedKey: ZoneClock?] = [:]

    /// A resolver for `parsed`; `defaultClock` reads floating times and dates.
    init(parsed: ParsedCalendar, defaultClock: ZoneClock) {
        self.parsed = parsed
        self.defaultClock = defaultClock
    }

    /// The zone `tzid` names in `calendar`, or `nil` when it is unknown.
    func clock(for tzid: String, in calendar: OpaquePointer) -> ZoneClock? {
        if let cached = builtinClocks[tzid] {
            if let cached { return cached }
        } else {
            let found = Self.builtinClock(for: tzid)
            builtinClocks[tzid] = found
            if let found { return found }
        }
        let key = DefinedKey(calendar: calendar, tzid: tzid)
        if let cached = definedClocks[key] { return cached }
        let defined = icalcomponent_get_timezone(calendar, tzid).map { ZoneClock.defined($0, owner: parsed) }
        definedClocks[key] = defined
        return defined
    }

    // MARK: - Private helpers

    private struct DefinedKey: Hashable {
        let calendar: OpaquePointer
        let tzid: String
    }

    /// Steps 1 to 3: an IANA name, a Windows name, an IANA name behind a vendor prefix.
    private static func builtinClock(for tzid: String) -> ZoneClock? {
        let name = tzid.trimmingSpaces()
        if let clock = ZoneClock.builtin(name) { return clock }
        if let iana = WindowsTimeZones.ianaName(for: name), let clock = ZoneClock.builtin(iana) { return clock }
        guard name.hasPrefix("/") else { return nil }
        let parts = name.split(separator: "/")
        for start in parts.indices.dropFirst() {
            if let clock = ZoneClock.builtin(parts[start...].joined(separator: "/")) { return clock }
        }
        return nil
    }
}
