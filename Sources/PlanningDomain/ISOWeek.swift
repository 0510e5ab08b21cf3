/// An ISO 8601 week (Monday to Sunday), numbered within its ISO year: what weekly limits count in.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The ISO week-numbering year (the year of the week's Thursday).
    public let year: Int
    /// The week number, 1 to 53.
    public let week: Int

    /// The ISO week of a date.
    public init(_ date: LocalDate) {
        let thursday = date.adding(days: 4 - date.weekday)
        let januaryFirst = LocalDate(dayNumber: thursday.dayNumber - Self.dayOfYear(thursday) + 1)
        self.year = januaryFirst.year
        self.week = (thursday.dayNumber - januaryFirst.dayNumber) / 7 + 1
    }

    /// Monday of this week.
    public var monday: LocalDate {
        // 4 January is always in week 1.
        let fourth = LocalDate(dayNumber: Self.firstOfJanuary(year) + 3)
        return fourth.adding(days: 1 - fourth.weekday + (week - 1) * 7)
    }

    /// `2027-W11`.
    public var description: String { "\(year)-W\(LocalDate.pad(week, 2))" }

    /// Chronological order.
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }

    private static func dayOfYear(_ date: LocalDate) -> Int { date.dayNumber - firstOfJanuary(date.year) + 1 }

    private static func firstOfJanuary(_ year: Int) -> Int {
        // January 1st exists in every year 1…9999; the fallback only keeps the compiler content.
        LocalDate(year: year, month: 1, day: 1)?.dayNumber ?? 0
    }
}

/// A calendar month: what monthly limits and the workshops' spread count in.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int

    /// The month of a date.
    public init(_ date: LocalDate) {
        self.year = date.year
        self.month = date.month
    }

    /// `2027-03`.
    public var description: String { "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))" }

    /// Chronological order.
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
