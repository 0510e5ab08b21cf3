/// A day of the week, Monday first, as ISO 8601 numbers them.
public enum Weekday: Int, Hashable, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    case monday = 1
    case tuesday
    case wednesday
    case thursday
    case friday
    case saturday
    case sunday

    /// The weekday of a date.
    public init(of date: LocalDate) {
        // `LocalDate.weekday` is ISO: 1 Monday … 7 Sunday, so this never fails.
        self = Weekday(rawValue: date.weekday) ?? .monday
    }

    /// The English name in lower case (`tuesday`), as the scenario writes it.
    public var description: String {
        switch self {
        case .monday: "monday"
        case .tuesday: "tuesday"
        case .wednesday: "wednesday"
        case .thursday: "thursday"
        case .friday: "friday"
        case .saturday: "saturday"
        case .sunday: "sunday"
        }
    }

    /// Orders weekdays from Monday to Sunday.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A recurring window of the week in which someone is usually free ("Tuesday 18:00–21:30").
///
/// A weekly habit never crosses midnight: a window ends on the day it starts.
public struct WeeklyWindow: Hashable, Sendable, CustomStringConvertible {
    /// The day of the week.
    public var weekday: Weekday
    /// The first free minute.
    public var from: LocalTime
    /// The end of the window (exclusive), after ``from``.
    public var to: LocalTime

    /// Creates a window; the reader has checked that `from` is before `to`.
    public init(weekday: Weekday, from: LocalTime, to: LocalTime) {
        self.weekday = weekday
        self.from = from
        self.to = to
    }

    /// Whether the wall-clock span from `start` for `minutes` lies entirely inside this window.
    public func contains(start: LocalDateTime, minutes: Int) -> Bool {
        guard Weekday(of: start.date) == weekday else { return false }
        let end = start.time.minuteOfDay + minutes
        return from.minuteOfDay <= start.time.minuteOfDay && end <= to.minuteOfDay
    }

    /// `tuesday 18:00-21:30`.
    public var description: String { "\(weekday) \(from)-\(to)" }
}
