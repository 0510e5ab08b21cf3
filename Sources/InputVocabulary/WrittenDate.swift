public import Phrasebook
public import PlanningDomain

/// How a file writes dates with numbers only: `12/01/2027` is 12 January in day-month-year order, 1 December
/// in month-day-year.
public enum DateOrder: String, Sendable, CaseIterable {
    /// `12/01/2027`, `12.01.27`: French, German and Italian.
    case dayMonthYear = "day-month-year"
    /// `1/12/27`: English in the United States.
    case monthDayYear = "month-day-year"

    /// `day/month/year` or `month/day/year`, for messages.
    public var phrase: String { self == .dayMonthYear ? "day/month/year" : "month/day/year" }

    /// The other order.
    public var other: DateOrder { self == .dayMonthYear ? .monthDayYear : .dayMonthYear }
}

/// Dates as people write them in French, German, Italian and English.
///
/// - `2027-03-06` (the year first: never in doubt);
/// - `06.03.2027`, `6.3.27`: with dots, always day, month, year (as everywhere in Switzerland);
/// - `06/03/2027`, `6-3-27`: day and month in the order given, or told apart by a number above 12; when
///   neither settles it (`03/04/2027`), the date is ambiguous and both readings are given;
/// - `6 mars 2027`, `1er mars 2027`, `6. März 2027`, `6 marzo 2027`, `6 March 2027`, `March 6, 2027`, with
///   abbreviated months (`6 déc. 2027`, `Dec 6 2027`);
/// - any of these after a weekday (`mardi 2 mars 2027`, `mar. 02.03.2027`, `Tue 2 March 2027`), which must be
///   the date's.
///
/// Two-digit years are 20xx. A date without its year is not read.
public enum WrittenDate {
    /// What reading a date gave.
    public enum Reading: Hashable, Sendable {
        /// A date that exists.
        case date(LocalDate)
        /// Numbers only, in an order that neither the file nor the numbers settle: both readings, day-month-year
        /// first.
        case ambiguous(dayFirst: LocalDate, monthFirst: LocalDate)
        /// Written like a date but no such day exists; the reason (`February 2027 has 28 days`).
        case nonexistent(Phrase)
        /// A date that exists, after a weekday that is not its own.
        case wrongWeekday(LocalDate, written: Weekday)
    }

    /// How a date is written, for messages.
    public static let examples = "2027-03-06, 06.03.2027, 6.3.27, 6 mars 2027"
    /// How a date is written, for messages in the reader's language (`6. März 2027` in German).
    public static let examplesPhrase = Phrase("date.examples")

    /// The date `text` is, or `nil` when it is not one that exists unambiguously.
    public static func date(_ text: String, order: DateOrder? = nil) -> LocalDate? {
        if case .date(let date) = read(text, order: order) { return date }
        return nil
    }

    /// Reads a whole text as a date; `nil` when it is not written as one.
    public static func read(_ text: String, order: DateOrder? = nil) -> Reading? {
        if let iso = isoDate(text) { return iso }
        let tokens = WrittenTokens(text).tokens
        guard let (reading, next) = read(tokens, at: 0, order: order) else { return nil }
        var end = next
        if end < tokens.count, tokens[end].isSign(",") || tokens[end].isSign(".") { end += 1 }
        return end == tokens.count ? reading : nil
    }

    /// Reads a date starting at `tokens[index]`, a weekday before it allowed: what it is and the index after it;
    /// `nil` when no date starts there.
    public static func read(
        _ tokens: [WrittenTokens.Token],
        at index: Int,
        order: DateOrder?
    ) -> (Reading, next: Int)? {
        var position = index
        var weekday: Weekday?
        if position < tokens.count, let word = tokens[position].word, let day = WeekdayWords.weekday(word: word),
            position + 1 < tokens.count
        {
            // `mar. 2 mars 2027`: `mar` is a weekday when a date follows it.
            var next = position + 1
            while next < tokens.count, tokens[next].isSign(".") || tokens[next].isSign(",") { next += 1 }
            if let found = numeric(tokens, at: next, order: order) ?? named(tokens, at: next) {
                weekday = day
                position = next
                return (checked(found.0, weekday: weekday), found.next)
            }
        }
        guard let found = numeric(tokens, at: position, order: order) ?? named(tokens, at: position) else {
            return nil
        }
        return (checked(found.0, weekday: weekday), found.next)
    }

    /// The reading, or ``Reading/wrongWeekday(_:written:)`` when a weekday was written that is not the date's.
    private static func checked(_ reading: Reading, weekday: Weekday?) -> Reading {
        guard let weekday, case .date(let date) = reading, Weekday(of: date) != weekday else { return reading }
        return .wrongWeekday(date, written: weekday)
    }

    // MARK: - Numbers

    /// `2027-03-06`, `06.03.2027`, `6/3/27`.
    private static func numeric(
        _ tokens: [WrittenTokens.Token],
        at index: Int,
        order: DateOrder?
    ) -> (Reading, next: Int)? {
        guard index + 4 < tokens.count, let first = tokens[index].number, let second = tokens[index + 2].number,
            let third = tokens[index + 4].number
        else { return nil }
        guard case .sign(let separator) = tokens[index + 1].kind, "./-".contains(separator),
            tokens[index + 3].isSign(separator), !tokens[index + 2].isSpaced || separator == ".",
            !tokens[index + 4].isSpaced || separator == ".", !tokens[index + 1].isSpaced, !tokens[index + 3].isSpaced
        else { return nil }
        let widths = [tokens[index].digits, tokens[index + 2].digits, tokens[index + 4].digits]
        let next = index + 5
        if widths[0] == 4 {
            guard separator == "-", widths[1] <= 2, widths[2] <= 2 else { return nil }
            return (existing(year: first, month: second, day: third), next)
        }
        guard widths[0] <= 2, widths[1] <= 2, widths[2] == 2 || widths[2] == 4 else { return nil }
        let year = widths[2] == 2 ? 2000 + third : third
        if separator == "." { return (existing(year: year, month: second, day: first), next) }
        let chosen: DateOrder
        if let order {
            chosen = order
        } else if first > 12, second <= 12 {
            chosen = .dayMonthYear
        } else if second > 12, first <= 12 {
            chosen = .monthDayYear
        } else if first == second {
            chosen = .dayMonthYear
        } else if let dayFirst = LocalDate(year: year, month: second, day: first),
            let monthFirst = LocalDate(year: year, month: first, day: second)
        {
            return (.ambiguous(dayFirst: dayFirst, monthFirst: monthFirst), next)
        } else {
            chosen = .dayMonthYear
        }
        switch chosen {
        case .dayMonthYear: return (existing(year: year, month: second, day: first), next)
        case .monthDayYear: return (existing(year: year, month: first, day: second), next)
        }
    }

    // MARK: - Month names

    /// `6 mars 2027`, `1er mars 2027`, `6. März 2027`, `6 March 2027`, `March 6, 2027`.
    private static func named(_ tokens: [WrittenTokens.Token], at index: Int) -> (Reading, next: Int)? {
        var position = index
        func skip(_ signs: String) {
            while position < tokens.count, case .sign(let sign) = tokens[position].kind, signs.contains(sign) {
                position += 1
            }
        }
        if position < tokens.count, let word = tokens[position].word, let month = MonthWords.month(word: word) {
            // `March 6, 2027`, `Dec 6 2027`.
            position += 1
            skip(".")
            guard position < tokens.count, let day = tokens[position].number, tokens[position].digits <= 2 else {
                return nil
            }
            position += 1
            skipOrdinal(tokens, &position)
            skip(",")
            guard let year = year(tokens, at: position) else { return nil }
            return (existing(year: year, month: month, day: day), position + 1)
        }
        guard position < tokens.count, let day = tokens[position].number, tokens[position].digits <= 2 else {
            return nil
        }
        position += 1
        skipOrdinal(tokens, &position)
        skip(".")
        guard position < tokens.count, let word = tokens[position].word, let month = MonthWords.month(word: word)
        else { return nil }
        position += 1
        skip(".,")
        guard let year = year(tokens, at: position) else { return nil }
        return (existing(year: year, month: month, day: day), position + 1)
    }

    /// Steps over `er`, `e`, `st`, `nd`, `rd`, `th` or `°` written right after a day's number.
    private static func skipOrdinal(_ tokens: [WrittenTokens.Token], _ position: inout Int) {
        guard position < tokens.count, !tokens[position].isSpaced else { return }
        if let word = tokens[position].word, ["er", "e", "st", "nd", "rd", "th"].contains(word) {
            position += 1
        } else if tokens[position].isSign("°") || tokens[position].isSign("º") {
            position += 1
        }
    }

    /// A year of 4 digits, or 2 (20xx).
    private static func year(_ tokens: [WrittenTokens.Token], at index: Int) -> Int? {
        guard index < tokens.count, let value = tokens[index].number else { return nil }
        switch tokens[index].digits {
        case 4: return value
        case 2: return 2000 + value
        default: return nil
        }
    }

    /// `2027-03-06` read straight from its bytes: the form files mostly hold, read without cutting it into pieces.
    private static func isoDate(_ text: String) -> Reading? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        var numbers = [0, 0, 0]
        for (index, range) in [0..<4, 5..<7, 8..<10].enumerated() {
            for byte in bytes[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                numbers[index] = numbers[index] * 10 + Int(byte - 0x30)
            }
        }
        return existing(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    // MARK: - Existence

    /// The date, or why it does not exist.
    static func existing(year: Int, month: Int, day: Int) -> Reading {
        if let date = LocalDate(year: year, month: month, day: day) { return .date(date) }
        if year < 1 || year > 9999 { return .nonexistent(Phrase("date.reason.years")) }
        if !(1...12).contains(month) { return .nonexistent(Phrase("date.reason.months")) }
        let days = LocalDate.daysInMonth(year: year, month: month)
        return .nonexistent(
            Phrase(
                "date.reason.days",
                ["month": Phrase("month.\(month)"), "year": .number(year), "days": .number(days)]
            )
        )
    }

    // MARK: - Writing

    /// `6 March 2027`: a date in messages.
    public static func spelled(_ date: LocalDate, in language: Language = .english) -> String {
        let month = MonthWords.name(of: date.month, in: language)
        return language.code == "de" ? "\(date.day). \(month) \(date.year)" : "\(date.day) \(month) \(date.year)"
    }

    /// `06.03.2027`: how staff read a date on a grid, in every language (the order is never in doubt).
    public static func dotted(_ date: LocalDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : String(date.day)
        let month = date.month < 10 ? "0\(date.month)" : String(date.month)
        return "\(day).\(month).\(date.year)"
    }

    /// `6 March 2027`, `6. März 2027`: a date in messages, worded in the reader's language.
    public static func spelledPhrase(_ date: LocalDate) -> Phrase {
        Phrase(
            "date.spelled",
            ["day": .number(date.day), "month": Phrase("month.\(date.month)"), "year": .number(date.year)]
        )
    }

    /// `tuesday`, `mardi`: a weekday in messages.
    public static func weekdayPhrase(_ weekday: Weekday) -> Phrase { Phrase("weekday.\(weekday)") }

    /// `date`, `the date`: how ``problem(_:written:noun:ending:)`` names the value.
    public static let dateNoun = Phrase("date.noun.date")
    /// `the date`, inside a heading.
    public static let theDateNoun = Phrase("date.noun.theDate")

    /// The sentence that ends a message about a date that cannot be read as written: what it is or may be.
    ///
    /// `date '03/04/2027' is ambiguous: 3 April 2027 (day/month/year) or 4 March 2027 (month/day/year); write
    /// 2027-04-03 or 2027-03-04.`
    ///
    /// `ending` closes the sentence: `.` by default, or more advice (`, or set the poll's date-order.`).
    public static func problem(
        _ reading: Reading,
        written: String,
        noun: Phrase = dateNoun,
        ending: Phrase = .period
    ) -> Phrase? {
        switch reading {
        case .date:
            return nil
        case .ambiguous(let dayFirst, let monthFirst):
            return Phrase(
                "date.ambiguous",
                [
                    "noun": noun, "value": .verbatim(written), "dayFirst": spelledPhrase(dayFirst),
                    "monthFirst": spelledPhrase(monthFirst), "dayFirstISO": .verbatim(dayFirst.description),
                    "monthFirstISO": .verbatim(monthFirst.description), "end": ending,
                ]
            )
        case .nonexistent(let reason):
            return Phrase(
                "date.nonexistent",
                ["noun": noun, "value": .verbatim(written), "reason": reason, "end": ending]
            )
        case .wrongWeekday(let date, let weekday):
            return Phrase(
                "date.wrongWeekday",
                [
                    "noun": noun, "value": .verbatim(written), "written": weekdayPhrase(weekday),
                    "date": spelledPhrase(date), "weekday": weekdayPhrase(Weekday(of: date)), "end": ending,
                ]
            )
        }
    }
}
