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

    public var hour: Int { minuteOfDay / 60 }
    public var minute: Int { minuteOfDay % 60 }

    /// `18:30`.
    public var description: String { LocalDate.pad(hour, 2) + ":" + LocalDate.pad(minute, 2) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.minuteOfDay < rhs.minuteOfDay }
}

/// A civil date and time in the scenario's time zone.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    public let time: LocalTime

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

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.wallMinutes < rhs.wallMinutes }
}
