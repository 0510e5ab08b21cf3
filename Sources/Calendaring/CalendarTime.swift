/// A DATE or DATE-TIME value of a calendar file, its time zone resolved.
enum CalendarTime {
    /// A DATE (RFC 5545 §3.3.4): days since 1970-01-01. It lasts from midnight to midnight in the default zone.
    case date(Int)
    /// A DATE-TIME (RFC 5545 §3.3.5): wall-clock seconds since 1970-01-01T00:00 in a zone (UTC for `Z`
    /// values, the default zone for floating ones, the `TZID`'s zone otherwise).
    case dateTime(Int64, ZoneClock)

    /// Whether this is a DATE.
    var isDate: Bool {
        if case .date = self { return true }
        return false
    }

    /// The day of a DATE, or the wall-clock day of a DATE-TIME in its own zone.
    var day: Int {
        switch self {
        case .date(let day): day
        case .dateTime(let wall, _): Int(wall >= 0 ? wall / 86_400 : (wall - 86_399) / 86_400)
        }
    }

    /// The UTC instant; a DATE starts at midnight in `defaultClock`.
    func utcSeconds(defaultClock: ZoneClock) -> Int64 {
        switch self {
        case .date(let day): defaultClock.utcSeconds(wall: Int64(day) * 86_400)
        case .dateTime(let wall, let clock): clock.utcSeconds(wall: wall)
        }
    }

    /// The UTC instant `days` calendar days (wall clock, RFC 5545 §3.3.6) and then `seconds` exact seconds later.
    func utcSeconds(addingDays days: Int, seconds: Int64, defaultClock: ZoneClock) -> Int64 {
        switch self {
        case .date(let day):
            defaultClock.utcSeconds(wall: Int64(day + days) * 86_400) + seconds
        case .dateTime(let wall, let clock):
            clock.utcSeconds(wall: wall + Int64(days) * 86_400) + seconds
        }
    }
}

/// How long each occurrence of an event lasts.
enum EventLength {
    /// No `DTEND` nor `DURATION` on a DATE-TIME start: an instant, which blocks no time.
    case instant
    /// An exact number of seconds, from a `DTEND` on a DATE-TIME start (RFC 5545 §3.8.5.3).
    case exact(Int64)
    /// Calendar days then exact seconds: a `DURATION` (§3.3.6), or the days between a DATE start and a DATE
    /// `DTEND` (one day when there is no `DTEND`).
    case nominal(days: Int, seconds: Int64)

    /// The UTC end of an occurrence that starts at `start`.
    func end(of start: CalendarTime, startingAt utc: Int64, defaultClock: ZoneClock) -> Int64 {
        switch self {
        case .instant: utc
        case .exact(let seconds): utc + seconds
        case .nominal(let days, let seconds):
            start.utcSeconds(addingDays: days, seconds: seconds, defaultClock: defaultClock)
        }
    }

    /// An upper bound of the length in seconds, for windows.
    var longest: Int64 {
        switch self {
        case .instant: 0
        case .exact(let seconds): seconds
        case .nominal(let days, let seconds): Int64(days) * 86_400 + seconds + 7200
        }
    }
}
