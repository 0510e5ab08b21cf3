internal import InputVocabulary
import Phrasebook
import PlanningDomain

/// Reads the parts of a rhythm one after the other, for ``Rhythm/parse(_:from:)``.
struct RhythmReader {
    typealias Token = WrittenTokens.Token

    /// The whole text.
    let text: String
    private let tokens: [Token]
    private var index = 0
    /// The last part read, as written, for a message about what is missing after it.
    private var lastPart: String?

    init(_ text: String) {
        self.text = text
        tokens = WrittenTokens(text).tokens
    }

    // MARK: - The parts

    /// How often, in weeks (1 to 52).
    mutating func period() throws(RhythmError) -> Int {
        guard let first = peek else { throw missing(Phrase("rhythm.expected.howOften")) }
        for (parts, fixed) in RhythmWords.periods {
            guard let (number, next) = match(parts, at: index) else { continue }
            lastPart = written(from: index, to: next)
            index = next
            if let fixed { return fixed }
            guard let number else { continue }
            let weeks: Int?
            switch number.unit {
            case .weeks: weeks = number.value
            case .days: weeks = number.value % 7 == 0 ? number.value / 7 : [8: 1, 15: 2][number.value]
            }
            guard let weeks, (1...52).contains(weeks) else {
                let expected = Phrase(number.unit == .days ? "rhythm.expected.dayCount" : "rhythm.expected.weeks")
                throw error(at: number.token, Phrase("rhythm.problem.notWeeks"), expected: expected)
            }
            return weeks
        }
        // A phrase begun but not finished is reported where it goes wrong (`every 2 weks`).
        let reached = RhythmWords.periods.map { reach($0.parts, at: index) }.max() ?? index
        if reached > index, reached < tokens.count {
            throw error(
                at: tokens[reached],
                Phrase("rhythm.problem.notHowOften"),
                expected: Phrase("rhythm.expected.periods")
            )
        }
        throw error(
            at: first,
            Phrase("rhythm.problem.notAStart"),
            expected: Phrase("rhythm.expected.howOftenPeriods")
        )
    }

    /// The weekday, in any language, after `le`, `am`, `il`, `on`.
    mutating func weekday() throws(RhythmError) -> Weekday {
        skipSigns(",")
        while let token = peek {
            if let day = Self.weekday(token),
                !(RhythmWords.beforeWeekday.contains(token.word ?? "")
                    && index + 1 < tokens.count && Self.weekday(tokens[index + 1]) != nil)
            {
                lastPart = token.text
                index += 1
                return day
            }
            guard let word = token.word, RhythmWords.beforeWeekday.contains(word) else {
                throw error(at: token, Phrase("rhythm.problem.notWeekday"), expected: .verbatim(WeekdayWords.accepted))
            }
            index += 1
        }
        throw missing(Phrase("rhythm.expected.weekday"))
    }

    /// The start, and the length when a range gives it (`de 19h30 à 21h30`).
    mutating func start() throws(RhythmError) -> (LocalTime, rangeMinutes: Int?) {
        skipSigns(",")
        var isRange = false
        while let word = peek?.word, RhythmWords.beforeTime.contains(word) || RhythmWords.rangeStarts.contains(word) {
            if RhythmWords.rangeStarts.contains(word) { isRange = true }
            index += 1
        }
        let start = try time(expecting: Phrase("rhythm.expected.startTime"))
        // `19h30 - 21h30`, `19h30 à 21h30`, `von 19.30 bis 21.30`.
        if let token = peek,
            token.isSign("-") || token.isSign("–") || token.isSign("—")
                || RhythmWords.rangeEnds.contains(token.word ?? ""),
            WrittenTime.read(tokens, at: index + 1) != nil
        {
            index += 1
            let endToken = peek
            let end = try time(expecting: Phrase("rhythm.expected.endTime"))
            guard end > start else {
                throw error(
                    at: endToken,
                    Phrase("rhythm.problem.notAfterStart"),
                    expected: Phrase("rhythm.expected.endAfter", ["start": .verbatim(start.description)])
                )
            }
            return (start, end.minuteOfDay - start.minuteOfDay)
        }
        if isRange {
            guard let token = peek else { throw missing(Phrase("rhythm.expected.rangeEnd")) }
            throw error(
                at: token,
                Phrase("rhythm.problem.notRangeEnd"),
                expected: Phrase("rhythm.expected.rangeEndShort")
            )
        }
        return (start, nil)
    }

    /// The length: `2 h`, `1h30`, `90 min`; given by the range when there is one.
    mutating func duration(range: Int?) throws(RhythmError) -> Int {
        skipSigns(",")
        if let range {
            if let token = peek, WrittenDuration.read(tokens, at: index) != nil {
                throw error(
                    at: token,
                    Phrase("rhythm.problem.secondLength"),
                    expected: Phrase("rhythm.expected.endOrLength")
                )
            }
            return range
        }
        guard let token = peek else { throw missing(Phrase("rhythm.expected.length")) }
        guard let (minutes, next) = WrittenDuration.read(tokens, at: index) else {
            throw error(at: token, Phrase("rhythm.problem.notDuration"), expected: Phrase("rhythm.expected.duration"))
        }
        guard (1...720).contains(minutes) else {
            throw error(
                part: written(from: index, to: next),
                at: token,
                Phrase("rhythm.problem.outOfRange"),
                expected: Phrase("rhythm.expected.durationRange")
            )
        }
        lastPart = written(from: index, to: next)
        index = next
        return minutes
    }

    /// The first and last days, each once at most, in either order.
    mutating func days() throws(RhythmError) -> (
        from: LocalDate?, until: (date: LocalDate, token: Token, part: String)?
    ) {
        var from: LocalDate?
        var until: (date: LocalDate, token: Token, part: String)?
        while true {
            skipSigns(",;.")
            guard let keyword = peek else { break }
            let isStart: Bool
            if let next = keywordEnd(RhythmWords.starts) {
                isStart = true
                index = next
            } else if let next = keywordEnd(RhythmWords.ends) {
                isStart = false
                index = next
            } else {
                throw error(
                    at: keyword,
                    Phrase("rhythm.problem.afterDuration"),
                    expected: Phrase("rhythm.expected.days")
                )
            }
            guard isStart ? from == nil : until == nil else {
                throw error(at: keyword, Phrase("rhythm.problem.twice"), expected: Phrase("rhythm.expected.oneEach"))
            }
            guard let dateToken = peek else {
                throw missing(Phrase("rhythm.expected.dateAfter", ["keyword": .verbatim(keyword.text)]))
            }
            guard let (reading, next) = WrittenDate.read(tokens, at: index, order: nil) else {
                throw error(at: dateToken, Phrase("rhythm.problem.notDate"), expected: Self.dates)
            }
            let part = written(from: index, to: next)
            switch reading {
            case .date(let date):
                lastPart = part
                index = next
                if isStart { from = date } else { until = (date, dateToken, part) }
            case .ambiguous(let dayFirst, let monthFirst):
                throw error(
                    part: part,
                    at: dateToken,
                    Phrase(
                        "rhythm.problem.ambiguous",
                        [
                            "dayFirst": WrittenDate.spelledPhrase(dayFirst),
                            "monthFirst": WrittenDate.spelledPhrase(monthFirst),
                        ]
                    ),
                    expected: Phrase(
                        "rhythm.expected.either",
                        ["first": .verbatim(dayFirst.description), "second": .verbatim(monthFirst.description)]
                    )
                )
            case .nonexistent(let reason):
                throw error(
                    part: part,
                    at: dateToken,
                    Phrase("rhythm.problem.nonexistent", ["reason": reason]),
                    expected: Self.dates
                )
            case .wrongWeekday(let date, let written):
                throw error(
                    part: part,
                    at: dateToken,
                    Phrase(
                        "rhythm.problem.wrongWeekday",
                        [
                            "written": WrittenDate.weekdayPhrase(written), "date": WrittenDate.spelledPhrase(date),
                            "weekday": WrittenDate.weekdayPhrase(Weekday(of: date)),
                        ]
                    ),
                    expected: Phrase("rhythm.expected.ownWeekday")
                )
            }
        }
        return (from, until)
    }

    // MARK: - Tokens

    private var peek: Token? { index < tokens.count ? tokens[index] : nil }

    private mutating func skipSigns(_ signs: String) {
        while let token = peek, case .sign(let sign) = token.kind, signs.contains(sign) { index += 1 }
    }

    private static func weekday(_ token: Token) -> Weekday? {
        guard let word = token.word else { return nil }
        if let day = WeekdayWords.weekday(word: word) { return day }
        // `thursdays`, `jeudis`.
        return word.hasSuffix("s") ? WeekdayWords.weekday(word: String(word.dropLast())) : nil
    }

    private mutating func time(expecting what: Phrase) throws(RhythmError) -> LocalTime {
        guard let token = peek else { throw missing(what) }
        switch WrittenTime.read(tokens, at: index) {
        case (.time(let time), let next)?:
            lastPart = written(from: index, to: next)
            index = next
            return time
        case (.nonexistent, let next)?:
            throw error(
                part: written(from: index, to: next),
                at: token,
                Phrase("rhythm.problem.notTimeOfDay"),
                expected: Phrase("rhythm.expected.timeOfDay")
            )
        case nil:
            throw error(at: token, Phrase("rhythm.problem.notStartTime"), expected: what)
        }
    }

    /// The number in a period phrase: weeks or days.
    struct Number {
        enum Unit { case weeks, days }
        let value: Int
        let unit: Unit
        let token: Token
    }

    /// Whether `parts` are written from `start` (signs `.`, `-`, `'` between them skipped): the number they
    /// hold and the index after them.
    private func match(_ parts: [RhythmWords.Part], at start: Int) -> (Number?, next: Int)? {
        var position = start
        var number: Number?
        for part in parts {
            while position < tokens.count, position > start, case .sign(let sign) = tokens[position].kind,
                ".-'’".contains(sign)
            {
                position += 1
            }
            guard position < tokens.count else { return nil }
            let token = tokens[position]
            switch part {
            case .word(let word):
                guard token.word == word else { return nil }
            case .weeks, .days:
                let unit: Number.Unit = part == .weeks ? .weeks : .days
                if let value = token.number {
                    number = Number(value: value, unit: unit, token: token)
                } else if let word = token.word, let value = RhythmWords.numberWords[word] {
                    number = Number(value: value, unit: unit, token: token)
                } else {
                    return nil
                }
            }
            position += 1
        }
        return (number, position)
    }

    /// How far `parts` are written from `start` before a word does not fit: where a phrase goes wrong.
    private func reach(_ parts: [RhythmWords.Part], at start: Int) -> Int {
        var best = start
        for count in 1...parts.count {
            guard let (_, next) = match(Array(parts.prefix(count)), at: start) else { break }
            best = next
        }
        return best
    }

    /// The index after the longest keyword phrase of `phrases` written here, or `nil`.
    private func keywordEnd(_ phrases: [[String]]) -> Int? {
        var best: Int?
        for phrase in phrases {
            guard let (_, next) = match(phrase.map(RhythmWords.Part.word), at: index) else { continue }
            if next > (best ?? index) { best = next }
        }
        return best
    }

    /// The text of tokens `from..<to`, as written.
    private func written(from: Int, to: Int) -> String {
        guard from < to, from < tokens.count else { return "" }
        let first = tokens[from].column - 1
        let last = tokens[to - 1].column - 1 + tokens[to - 1].text.count
        return String(Array(text)[first..<last])
    }

    // MARK: - Errors

    /// How dates are written, for messages.
    static let dates = Phrase("rhythm.expected.date")

    /// An error at `token` (or about `part`, written from there), with the part quoted, the problem and what was
    /// expected.
    func error(part written: String? = nil, at token: Token?, _ problem: Phrase, expected: Phrase? = nil) -> RhythmError
    {
        let part = written ?? token?.text ?? ""
        return RhythmError(
            text: text,
            part: part,
            column: token?.column ?? text.count + 1,
            phrase: Phrase(
                "rhythm.error",
                [
                    "part": .verbatim(part), "text": .verbatim(text), "problem": problem,
                    "expected": expected
                        ?? Phrase("rhythm.expected.rhythm", ["examples": .verbatim(Rhythm.examples)]),
                ]
            )
        )
    }

    /// The text ends where `what` was expected.
    private func missing(_ what: Phrase) -> RhythmError {
        let last =
            lastPart.map { Phrase("rhythm.endsAfter", ["part": .verbatim($0)]) } ?? Phrase("rhythm.endsAtOnce")
        return RhythmError(
            text: text,
            part: "",
            column: text.count + 1,
            phrase: Phrase(
                "rhythm.missing",
                ["text": .verbatim(text), "last": last, "what": what, "examples": .verbatim(Rhythm.examples)]
            )
        )
    }
}
