import PlanningDomain

/// What a poll's moment (the free text under a date) says: a start time, or a part of the day.
enum PollMoment: Hashable, Sendable {
    /// `18h30`, `18:30`, `18.30`, `18h`, `19 h 30`, `18:30-20:00`, `18h30 - 20h`, `6:30 pm`: the start time.
    case time(LocalTime)
    /// `matin`, `afternoon`, `Abend`, …, or nothing written (the whole day).
    case part(PartOfDay)

    /// A part of the day, as candidates starting in it are matched.
    enum PartOfDay: Hashable, Sendable {
        /// Starting before 12:00.
        case morning
        /// Starting from 12:00 to 17:59.
        case afternoon
        /// Starting from 18:00.
        case evening
        /// Any start.
        case wholeDay

        /// Whether a candidate starting at `time` lies in this part of the day.
        func contains(_ time: LocalTime) -> Bool {
            switch self {
            case .morning: time.hour < 12
            case .afternoon: (12..<18).contains(time.hour)
            case .evening: time.hour >= 18
            case .wholeDay: true
            }
        }
    }

    /// The words for parts of the day in French, German, Italian and English, compared without case or accents.
    static let partWords: [String: PartOfDay] = {
        let groups: [(PartOfDay, [String])] = [
            (.morning, ["matin", "matinée", "morning", "Vormittag", "Morgen", "mattina", "mattino"]),
            (.afternoon, ["après-midi", "afternoon", "Nachmittag", "pomeriggio"]),
            (.evening, ["soir", "soirée", "evening", "Abend", "sera", "serata"]),
            (.wholeDay, ["journée", "toute la journée", "all day", "ganztags", "ganzer Tag", "tutto il giorno"]),
        ]
        var words: [String: PartOfDay] = [:]
        for (part, list) in groups {
            for word in list { words[PollText.normalisedName(word)] = part }
        }
        return words
    }()

    /// Reads a moment as written; `nil` when it is neither a time nor a part of the day (`bientôt`, `25h`).
    init?(_ text: String) {
        let name = PollText.normalisedName(text)
        if name.isEmpty {
            self = .part(.wholeDay)
        } else if let part = Self.partWords[name] {
            self = .part(part)
        } else if let time = Self.startTime(of: Array(PollText.trimmed(text).lowercased().unicodeScalars)) {
            self = .time(time)
        } else {
            return nil
        }
    }

    /// The time a moment starts with: hours, then `h`, `:` or `.` and minutes (or `h` alone, or nothing), an
    /// optional `am`/`pm`, then the end or a range (`-`, `–`, `à`, `to`, `bis`, …) whose end is not read.
    private static func startTime(of scalars: [Unicode.Scalar]) -> LocalTime? {
        var position = 0
        func skipSpaces() { while position < scalars.count, scalars[position] == " " { position += 1 } }
        func number(maxDigits: Int) -> (value: Int, digits: Int) {
            var value = 0
            var digits = 0
            while position < scalars.count, digits < maxDigits, (48...57).contains(scalars[position].value) {
                value = value * 10 + Int(scalars[position].value - 48)
                digits += 1
                position += 1
            }
            return (value, digits)
        }
        var hour = number(maxDigits: 2)
        guard hour.digits > 0 else { return nil }
        skipSpaces()
        var minute = 0
        if position < scalars.count, scalars[position] == "h" {
            position += 1
            skipSpaces()
            let digits = number(maxDigits: 2)
            guard digits.digits == 0 || digits.digits == 2 else { return nil }
            minute = digits.value
        } else if position < scalars.count, scalars[position] == ":" || scalars[position] == "." {
            position += 1
            let digits = number(maxDigits: 2)
            guard digits.digits == 2 else { return nil }
            minute = digits.value
        }
        skipSpaces()
        let rest = String(String.UnicodeScalarView(scalars[position...]))
        if let meridiem = ["am", "a.m.", "pm", "p.m."].first(where: { rest.hasPrefix($0) }) {
            guard (1...12).contains(hour.value) else { return nil }
            hour.value = hour.value % 12 + (meridiem.hasPrefix("p") ? 12 : 0)
            position += meridiem.unicodeScalars.count
            skipSpaces()
        }
        let tail = String(String.UnicodeScalarView(scalars[position...]))
        let rangeStarts = ["-", "–", "—", "/", "(", "à ", "a ", "to ", "bis ", "alle ", "al ", "until "]
        guard tail.isEmpty || rangeStarts.contains(where: { tail.hasPrefix($0) }) else { return nil }
        return LocalTime(hour: hour.value, minute: minute)
    }
}
