import PlanningDomain

/// A date as a poll writes it, before its order is known: three numbers and a separator.
///
/// `12/01/2027`, `12.01.27`, `1/12/27`, and `2027-01-12` (older Framadate versions in German and English), whose
/// order is never in doubt. Two-digit years are 20xx.
struct PollDate: Hashable, Sendable {
    /// The three numbers as written, left to right.
    let numbers: [Int]
    /// How many digits each number has.
    let widths: [Int]
    /// `/`, `.` or `-`.
    let separator: Character

    /// Reads `text` (trimmed), or `nil` when it is not three numbers joined by one separator.
    init?(_ text: String) {
        guard let separator = text.first(where: { "/.-".contains($0) }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3,
            parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isWholeNumber } })
        else { return nil }
        numbers = parts.map { Int($0) ?? 0 }
        widths = parts.map(\.count)
        self.separator = separator
    }

    /// Whether the year comes first (`2027-01-12`): the order is then year-month-day whatever the poll says.
    var isYearFirst: Bool { widths[0] == 4 }

    /// What this date alone says of the order, `nil` when it says nothing (or contradicts itself).
    ///
    /// `.` is day-month-year; a number above 12, first or second, can only be a day.
    var impliedOrder: DateOrder? {
        guard !isYearFirst else { return nil }
        if separator == "." { return .dayMonthYear }
        switch (numbers[0] > 12, numbers[1] > 12) {
        case (true, false): return .dayMonthYear
        case (false, true): return .monthDayYear
        default: return nil
        }
    }

    /// The date in `order`, or `nil` when it does not exist (`31/02/2027`, month 13) or the year is not 2 or 4
    /// digits.
    func date(in order: DateOrder) -> LocalDate? {
        if isYearFirst {
            guard widths[1] <= 2, widths[2] <= 2 else { return nil }
            return LocalDate(year: numbers[0], month: numbers[1], day: numbers[2])
        }
        guard widths[0] <= 2, widths[1] <= 2, widths[2] == 2 || widths[2] == 4 else { return nil }
        let year = widths[2] == 2 ? 2000 + numbers[2] : numbers[2]
        switch order {
        case .dayMonthYear: return LocalDate(year: year, month: numbers[1], day: numbers[0])
        case .monthDayYear: return LocalDate(year: year, month: numbers[0], day: numbers[1])
        }
    }

    /// The order of a poll's dates: `given` when staff give one; else what the dates imply (the first date
    /// that settles it), else the answers' language (English: month-day-year; others: day-month-year).
    static func order(of dates: [PollDate], given: DateOrder?, language: Language?) -> DateOrder {
        if let given { return given }
        if dates.contains(where: { !$0.isYearFirst && $0.separator == "." }) { return .dayMonthYear }
        if let implied = dates.lazy.compactMap(\.impliedOrder).first { return implied }
        return language == .english ? .monthDayYear : .dayMonthYear
    }
}

extension DateOrder {
    /// `day/month/year` or `month/day/year`, for messages.
    var phrase: String { self == .dayMonthYear ? "day/month/year" : "month/day/year" }

    /// The other order.
    var other: DateOrder { self == .dayMonthYear ? .monthDayYear : .dayMonthYear }
}
