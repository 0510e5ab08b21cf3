/// A span of days, both ends included: a month, or any window a workshop may run in.
public struct DateWindow: Hashable, Sendable, CustomStringConvertible {
    /// The first day.
    public var from: LocalDate
    /// The last day; not before ``from`` in a valid window.
    public var to: LocalDate

    /// A window from `from` to `to`, both included.
    public init(from: LocalDate, to: LocalDate) {
        self.from = from
        self.to = to
    }

    /// The whole of one calendar month, or `nil` when the month does not exist.
    public static func month(year: Int, month: Int) -> DateWindow? {
        guard let first = LocalDate(year: year, month: month, day: 1),
            let last = LocalDate(year: year, month: month, day: LocalDate.daysInMonth(year: year, month: month))
        else { return nil }
        return DateWindow(from: first, to: last)
    }

    /// Whether `date` lies in the window.
    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }

    /// `2027-03-01..2027-03-31`.
    public var description: String { "\(from)..\(to)" }
}
