internal import CLibical
import Phrasebook
internal import PlanningDomain
internal import Synchronization

/// Converts between UTC instants and wall-clock times of one time zone, with libical's offsets.
///
/// Times are counted in seconds since 1970-01-01T00:00: UTC seconds for instants, wall-clock seconds (the
/// same count read off the zone's clocks) for local times. A wall time that occurs twice (the autumn change)
/// gives its first instant, the one in summer time; a wall time that does not exist (the spring gap) is moved
/// forward by the length of the gap: 02:30 on the night the clocks jump from 02:00 to 03:00 becomes 03:30.
/// That is also what Python's `zoneinfo` does with `fold=0`.
///
/// A built-in zone (from the system tzdata) is shared by the whole process and extends its cached
/// transitions lazily, so every offset is computed behind ``builtinTimeZoneLock``. A zone defined by a
/// `VTIMEZONE` of a file belongs to that file's ``ParsedCalendar``, which this clock keeps alive.
final class ZoneClock {
    /// The `icaltimezone *`.
    private let zone: OpaquePointer
    /// Whether the zone is UTC: no offset to look up.
    let isUTC: Bool
    /// Whether the zone is one of libical's built-in zones, shared by the whole process.
    private let isBuiltin: Bool
    /// The owner of a zone defined in a file.
    private let owner: AnyObject?

    private init(zone: OpaquePointer, isUTC: Bool, isBuiltin: Bool, owner: AnyObject?) {
        self.zone = zone
        self.isUTC = isUTC
        self.isBuiltin = isBuiltin
        self.owner = owner
    }

    /// UTC.
    ///
    /// The first call of `icaltimezone_get_utc_timezone` in a process fills libical's table of built-in zones,
    /// so it happens behind the lock; ``ParsedCalendar`` asks for UTC before parsing, since the parser itself
    /// looks the zone up for every `Z` time.
    static func utc() -> ZoneClock {
        let zone = builtinTimeZoneLock.withLock { _ in icaltimezone_get_utc_timezone() }
        guard let zone else { preconditionFailure("libical has no UTC zone") }
        return ZoneClock(zone: zone, isUTC: true, isBuiltin: false, owner: nil)
    }

    /// The built-in zone of an IANA name (`Europe/Zurich`, `UTC`), or `nil` when the system tzdata does not
    /// define it.
    static func builtin(_ identifier: String) -> ZoneClock? {
        guard CalendarTimeZones.isWellFormed(identifier) else { return nil }
        let found = builtinTimeZoneLock.withLock { _ in
            icaltimezone_get_builtin_timezone(identifier).map { ($0, $0 == icaltimezone_get_utc_timezone()) }
        }
        guard let (zone, isUTC) = found else { return nil }
        return ZoneClock(zone: zone, isUTC: isUTC, isBuiltin: !isUTC, owner: nil)
    }

    /// The zone of floating and all-day times of `file`: a built-in IANA zone, or the error every reader gives.
    static func defaultClock(_ identifier: String, file: String) throws(CalendarImportError) -> ZoneClock {
        guard let clock = builtin(identifier) else {
            throw CalendarImportError(
                code: .unknownTimeZone,
                file: file,
                line: 0,
                value: identifier,
                phrase: Phrase("calendar.unknownDefaultZone", ["zone": .verbatim(identifier)])
            )
        }
        return clock
    }

    /// A zone defined by a `VTIMEZONE` of a parsed file, kept alive by `owner`.
    static func defined(_ zone: OpaquePointer, owner: ParsedCalendar) -> ZoneClock {
        ZoneClock(zone: zone, isUTC: false, isBuiltin: false, owner: owner)
    }

    // MARK: - Conversions

    /// The wall-clock seconds at the UTC instant `utc`.
    func wallSeconds(utc: Int64) -> Int64 {
        guard !isUTC else { return utc }
        return locked { utc + offset(at: utc) }
    }

    /// The UTC instant of a wall-clock time: the first instant of a repeated time, and a time in a gap moved
    /// forward by the gap.
    func utcSeconds(wall: Int64) -> Int64 {
        guard !isUTC else { return wall }
        return locked {
            // Offsets in force a day before and a day after: the zone changes at most once in between.
            let before = offset(at: wall - 86_400)
            let after = offset(at: wall + 86_400)
            let early = wall - before
            guard before != after else { return early }
            let late = wall - after
            let isEarlyValid = offset(at: early) == before
            let isLateValid = offset(at: late) == after
            switch (isEarlyValid, isLateValid) {
            case (true, true): return min(early, late)
            case (false, true): return late
            // Valid before the change, or in the gap: the offset in force before the gap moves it forward.
            default: return early
            }
        }
    }

    // MARK: - Private helpers

    /// Runs `body` behind the process-wide lock when the zone is built-in.
    private func locked(_ body: () -> Int64) -> Int64 {
        guard isBuiltin else { return body() }
        return builtinTimeZoneLock.withLock { _ in body() }
    }

    /// The zone's UTC offset in seconds at a UTC instant; call through ``locked(_:)``.
    private func offset(at utc: Int64) -> Int64 {
        var time = LibicalTime.fields(wallSeconds: utc)
        time.zone = icaltimezone_get_utc_timezone()
        var isDaylight: Int32 = 0
        return Int64(icaltimezone_get_utc_offset_of_utc_time(zone, &time, &isDaylight))
    }
}

@available(*, unavailable)
extension ZoneClock: Sendable {}
