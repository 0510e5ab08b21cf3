public import PlanningDomain

extension TimeZoneConversion {
    /// The wall-clock date and time (to the minute) an instant shows in an IANA time zone; UTC for an unknown
    /// name, so validate names first.
    public static func localDateTime(of instant: Instant, in timeZone: String) -> LocalDateTime {
        let clock = ZoneClock.builtin(timeZone) ?? ZoneClock.utc()
        let wall = clock.wallSeconds(utc: instant.secondsSince1970)
        let days = wall >= 0 ? wall / 86_400 : (wall - 86_399) / 86_400
        let minute = Int(wall - days * 86_400) / 60
        return LocalDate(dayNumber: Int(days)).atMinute(minute)
    }
}
