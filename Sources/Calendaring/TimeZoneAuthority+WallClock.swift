public import PlanningDomain

extension TimeZoneAuthority {
    /// How often a wall-clock time occurs in a time zone on its day.
    public enum WallClockOccurrence: Hashable, Sendable {
        /// Once: an ordinary time.
        case once
        /// Never: the clocks skip it when they move forward (02:30 on 2027-03-28 in `Europe/Zurich`).
        case skipped
        /// Twice: the clocks show it again when they move back (02:30 on 2027-10-31 in `Europe/Zurich`).
        case repeated
    }

    /// How often `local` occurs in the zone `name`, with the same offsets the calendars are written with;
    /// `nil` when libical does not know the zone.
    public static func occurrence(of local: LocalDateTime, in name: String) -> WallClockOccurrence? {
        guard let clock = ZoneClock.builtin(name) else { return nil }
        let wall = Int64(local.wallMinutes) * 60
        let first = clock.utcSeconds(wall: wall)
        guard clock.wallSeconds(utc: first) == wall else { return .skipped }
        // The offsets in force a day before and a day after: the zone changes at most once in between, so
        // a second instant showing the same wall time can only be `wall` minus one of them.
        let day: Int64 = 86_400
        for probe in [wall - day, wall + day] {
            let offset = clock.wallSeconds(utc: probe) - probe
            let other = wall - offset
            if other != first, clock.wallSeconds(utc: other) == wall { return .repeated }
        }
        return .once
    }

    /// The UTC offset, in seconds, to write after `local` in the zone `name` (ISO 8601, `+01:00`).
    ///
    /// The text then denotes the instant ``TimeZoneConversion/utcSeconds(of:in:)`` gives: the first of a
    /// repeated time, and for a skipped time the instant it is moved forward to. `nil` when libical does not
    /// know the zone.
    public static func utcOffsetSeconds(of local: LocalDateTime, in name: String) -> Int? {
        guard let clock = ZoneClock.builtin(name) else { return nil }
        let wall = Int64(local.wallMinutes) * 60
        return Int(wall - clock.utcSeconds(wall: wall))
    }
}
