internal import CLibical
internal import Synchronization

/// libical's built-in time-zone table is process-wide and filled lazily from the system tzdata: every
/// lookup, every copy of a zone's VTIMEZONE, and every UTC-offset computation with a built-in zone (which
/// extends the zone's cached transitions) happens behind this one lock.
let builtinTimeZoneLock = Mutex(())

/// The time zones ``ICSWriter`` can write, as libical reads them from the system tzdata.
public enum CalendarTimeZones {
    /// Whether `identifier` is an IANA time-zone name (`Europe/Zurich`) whose `VTIMEZONE`
    /// (RFC 5545 §3.6.5) can be written; checked through `icaltimezone_get_builtin_timezone`.
    ///
    /// `UTC` and `GMT` are known: libical answers them with its own UTC zone, and their `VTIMEZONE` comes
    /// from the tzdata's `Etc/UTC` and `Etc/GMT`.
    public static func isKnown(_ identifier: String) -> Bool {
        guard isWellFormed(identifier) else { return false }
        return builtinTimeZoneLock.withLock { _ in definition(of: identifier) != nil }
    }

    /// Attaches to `calendar` a copy of the zone's `VTIMEZONE`, with `TZID` set to the plain IANA name, shaped
    /// by ``TimeZoneDefinition`` for events from 1 January of `firstYear` to 1 January of `endYear` (excluded;
    /// `nil` for no end).
    static func attachDefinition(
        of identifier: String,
        from firstYear: Int?,
        until endYear: Int?,
        to calendar: ComponentBuilder
    ) throws(CalendarError) {
        guard isWellFormed(identifier) else { throw CalendarError.unknownTimeZone(identifier) }
        try builtinTimeZoneLock.withLock { _ throws(CalendarError) in
            guard let original = definition(of: identifier) else {
                throw CalendarError.unknownTimeZone(identifier)
            }
            // The original belongs to the zone: attach a copy, which the calendar then owns.
            let copy = try calendar.addChild("VTIMEZONE", icalcomponent_new_clone(original))
            TimeZoneDefinition.shape(copy.pointer, firstYear: firstYear, endYear: endYear)
            // libical names it `/freeassociation.sourceforge.net/<name>`; clients expect the plain name.
            if let tzid = icalcomponent_get_first_property(copy.pointer, ICAL_TZID_PROPERTY) {
                icalproperty_set_tzid(tzid, identifier)
            } else {
                try copy.add("TZID", icalproperty_new_tzid(identifier))
            }
        }
    }

    // MARK: - Helpers

    /// The zone's own `VTIMEZONE` (owned by libical); call with the lock held.
    private static func definition(of identifier: String) -> OpaquePointer? {
        guard let zone = icaltimezone_get_builtin_timezone(identifier) else { return nil }
        if let component = icaltimezone_get_component(zone) { return component }
        // libical maps `UTC` and `GMT` to its built-in UTC zone, which has no VTIMEZONE.
        guard !identifier.contains("/"), let twin = icaltimezone_get_builtin_timezone("Etc/" + identifier)
        else { return nil }
        return icaltimezone_get_component(twin)
    }

    /// IANA names are ASCII path-like words (`America/Argentina/Buenos_Aires`, `Etc/GMT+5`); anything else
    /// (empty parts, `..`, absolute paths) must never reach libical's file lookup.
    static func isWellFormed(_ identifier: String) -> Bool {
        guard !identifier.isEmpty, identifier.utf8.count <= 64 else { return false }
        let parts = identifier.split(separator: "/", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty
                && part.unicodeScalars.allSatisfy { scalar in
                    switch scalar {
                    case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "+": true
                    default: false
                    }
                }
        }
    }
}
