import InputVocabulary
import PlanningDomain

/// A date as a poll writes it, before its order is known, read with ``WrittenDate`` once the order of the file
/// is settled.
///
/// `12/01/2027`, `12.01.27`, `1/12/27`, and `2027-01-12` (older Framadate versions in German and English), whose
/// order is never in doubt. Two-digit years are 20xx.
struct PollDate: Hashable, Sendable {
    /// The date as written.
    let text: String

    /// Reads `text` (trimmed), or `nil` when it is not written as a date in any order.
    init?(_ text: String) {
        guard WrittenDate.read(text, order: .dayMonthYear) != nil else { return nil }
        self.text = text
    }

    /// Whether the order cannot matter: the year first (`2027-01-12`), dots (always day first) or a month
    /// written as a word.
    var isYearFirst: Bool {
        WrittenDate.read(text, order: .dayMonthYear) == WrittenDate.read(text, order: .monthDayYear)
    }

    /// What this date alone says of the order, `nil` when it says nothing.
    ///
    /// A date that exists in one order only settles it (a number above 12, first or second, can only be a day).
    var impliedOrder: DateOrder? {
        let dayFirst = WrittenDate.read(text, order: .dayMonthYear)
        let monthFirst = WrittenDate.read(text, order: .monthDayYear)
        switch (dayFirst, monthFirst) {
        case (.date?, .nonexistent?): return .dayMonthYear
        case (.nonexistent?, .date?): return .monthDayYear
        default: return nil
        }
    }

    /// The date in `order`, or `nil` when it does not exist (`31/02/2027`, month 13).
    func date(in order: DateOrder) -> LocalDate? { WrittenDate.date(text, order: order) }

    /// The order of a poll's dates: `given` when staff give one; else what the dates imply (the first date
    /// that settles it; dots mean day-month-year), else the answers' language (English: month-day-year; others:
    /// day-month-year).
    static func order(of dates: [PollDate], given: DateOrder?, language: Language?) -> DateOrder {
        if let given { return given }
        if dates.contains(where: { $0.text.contains(".") }) { return .dayMonthYear }
        if let implied = dates.lazy.compactMap(\.impliedOrder).first { return implied }
        return language == .english ? .monthDayYear : .dayMonthYear
    }
}
