/// A wall-clock time of day in the scenario's time zone, to the minute.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since midnight, 0..<1440.
    public let minuteOfDay: Int

    /// Creates a time, or returns `nil` outside 00:00–23:59.
    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.minuteOfDay = hour * 60 + minute
    }

    /// Creates a time from minutes since midnight; the value must lie in 0..<1440.
    init(minuteOfDay: Int) {
        precondition((0..<1440).contains(minuteOfDay))
        self.minuteOfDay = minuteOfDay
    }

    /// The hour on a 24-hour clock, 0 to 23.
    public var hour: Int { minuteOfDay / 60 }
    /// The minute within the hour, 0 to 59.
    public var minute: Int { minuteOfDay % 60 }

    /// `18:30`.
    public var description: String { LocalDate.pad(hour, 2) + ":" + LocalDate.pad(minute, 2) }

    /// Earlier in the day first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.minuteOfDay < rhs.minuteOfDay }
}

/// A civil date and time in the scenario's time zone.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar day.
    public let date: LocalDate
    /// The time of day on that calendar day.
    public let time: LocalTime

    /// Combines a date and a time; no time zone applies, so even a time skipped by daylight saving is accepted.
    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Minutes since 1970-01-01 00:00 on the wall clock (not UTC): good for ordering and overlaps.
    public var wallMinutes: Int { date.dayNumber * 1440 + time.minuteOfDay }

    /// The wall-clock time `minutes` later.
    public func adding(minutes: Int) -> LocalDateTime {
        let total = wallMinutes + minutes
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        return LocalDateTime(date: LocalDate(dayNumber: days), time: LocalTime(minuteOfDay: total - days * 1440))
    }

    /// `2027-01-12T18:30`.
    public var description: String { "\(date)T\(time)" }

    /// Wall-clock order; around a daylight-saving change it may differ from the order of instants.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.wallMinutes < rhs.wallMinutes }
}
