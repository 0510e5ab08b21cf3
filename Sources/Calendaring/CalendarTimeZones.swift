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
            let shaped = try shapedDefinition(of: identifier, from: firstYear, until: endYear)
            // The shaped definition belongs to the cache: attach a copy, which the calendar then owns.
            _ = try calendar.addChild("VTIMEZONE", icalcomponent_new_clone(shaped))
        }
    }

    // MARK: - Shaped definitions

    /// What a shaped definition depends on.
    private struct ShapeKey: Hashable {
        var identifier: String
        var firstYear: Int?
        var endYear: Int?
    }

    /// The shaped `VTIMEZONE`s made so far; read and written only with `builtinTimeZoneLock` held.
    ///
    /// Shaping expands the zone's rules through libical's recurrence iterator: done for each of 12,000
    /// invitations it was the largest part of writing them, while a plan's calendars ask for a handful of
    /// shapes. A few components for the life of the process.
    nonisolated(unsafe) private static var shapedDefinitions: [ShapeKey: CalendarComponent] = [:]

    /// The zone's `VTIMEZONE` shaped by ``TimeZoneDefinition`` for `firstYear` to `endYear`, with `TZID` set to
    /// the plain IANA name, made once per zone and years; call with the lock held.
    private static func shapedDefinition(
        of identifier: String,
        from firstYear: Int?,
        until endYear: Int?
    ) throws(CalendarError) -> OpaquePointer {
        let key = ShapeKey(identifier: identifier, firstYear: firstYear, endYear: endYear)
        if let known = shapedDefinitions[key] { return known.pointer }
        guard let original = definition(of: identifier) else {
            throw CalendarError.unknownTimeZone(identifier)
        }
        // The original belongs to the zone: shape a copy, which the cache owns.
        guard let copy = icalcomponent_new_clone(original) else {
            throw CalendarError.libical(.createComponent("VTIMEZONE"))
        }
        let owner = CalendarComponent(owning: copy)
        TimeZoneDefinition.shape(copy, firstYear: firstYear, endYear: endYear)
        // libical names it `/freeassociation.sourceforge.net/<name>`; clients expect the plain name.
        if let tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY) {
            icalproperty_set_tzid(tzid, identifier)
        } else {
            try ComponentBuilder(copy).add("TZID", icalproperty_new_tzid(identifier))
        }
        shapedDefinitions[key] = owner
        return copy
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
