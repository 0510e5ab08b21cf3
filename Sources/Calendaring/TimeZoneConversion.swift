public import PlanningDomain

/// Wall-clock times to instants, with the time-zone rules of the system tzdata as libical reads them.
public enum TimeZoneConversion {
    /// The UTC instant, in seconds since 1970-01-01T00:00:00Z, of a wall-clock time in an IANA time zone.
    ///
    /// Around daylight-saving changes:
    /// - a wall time that occurs twice (the autumn change) gives its **first** instant, still in summer time:
    ///   in `Europe/Zurich`, 2027-10-31 02:30 is 00:30 UTC (02:30 CEST), not 01:30 UTC (02:30 CET);
    /// - a wall time that does not exist (the spring gap) is **moved forward by the gap**: in `Europe/Zurich`,
    ///   2027-03-28 02:30 is 01:30 UTC, which the clocks show as 03:30 CEST.
    ///
    /// This is what Python's `zoneinfo` does with `fold=0`, so the independent checks agree.
    ///
    /// - Parameters:
    ///   - local: the wall-clock date and time.
    ///   - timeZone: an IANA name known to the system tzdata (see ``CalendarTimeZones/isKnown(_:)``); any
    ///     other name is read as UTC, so validate names first.
    /// - Returns: seconds since 1970-01-01T00:00:00Z.
    public static func utcSeconds(of local: LocalDateTime, in timeZone: String) -> Int64 {
        let clock = ZoneClock.builtin(timeZone) ?? ZoneClock.utc()
        return clock.utcSeconds(wall: Int64(local.wallMinutes) * 60)
    }
}
