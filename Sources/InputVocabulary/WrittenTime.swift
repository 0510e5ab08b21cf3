public import PlanningDomain

/// Times of day as people write them in French, German, Italian and English.
///
/// `18:30`, `18.30`, `18h30`, `18 h 30`, `18h`, `19 Uhr`, `19.30 Uhr`, `7 pm`, `7:30pm`, `9:00`; hours 0 to 23,
/// minutes in two digits. A lone number (`19`) is not a time: it could be a duration or a day.
public enum WrittenTime {
    /// How a time is written, for messages: `18:30, 18.30, 18h30, 18 h 30, 19h`.
    public static let examples = "18:30, 18.30, 18h30, 18 h 30, 19h"

    /// What reading a time gave.
    public enum Reading: Hashable, Sendable {
        /// A time of day.
        case time(LocalTime)
        /// Written like a time, but no such time exists (`25h`, `18:75`).
        case nonexistent
    }

    /// The time `text` is, or `nil` when it is not written as a time (see ``read(_:)`` for why).
    public static func time(_ text: String) -> LocalTime? {
        if case .time(let time) = read(text) { return time }
        return nil
    }

    /// Reads a whole text as a time; `nil` when it is not written as one.
    public static func read(_ text: String) -> Reading? {
        // `18:30` read straight from its bytes: the form files mostly hold.
        let bytes = Array(text.utf8)
        if bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
            bytes.indices.allSatisfy({ $0 == 2 || (0x30...0x39).contains(bytes[$0]) })
        {
            let hour = Int(bytes[0] - 0x30) * 10 + Int(bytes[1] - 0x30)
            let minute = Int(bytes[3] - 0x30) * 10 + Int(bytes[4] - 0x30)
            return LocalTime(hour: hour, minute: minute).map(Reading.time) ?? .nonexistent
        }
        let tokens = WrittenTokens(text).tokens
        guard let (reading, next) = read(tokens, at: 0), next == tokens.count else { return nil }
        return reading
    }

    /// Reads a time starting at `tokens[index]`: what it is and the index after it; `nil` when no time starts
    /// there.
    public static func read(_ tokens: [WrittenTokens.Token], at index: Int) -> (Reading, next: Int)? {
        guard index < tokens.count, let hour = tokens[index].number, (1...2).contains(tokens[index].digits) else {
            return nil
        }
        var position = index + 1
        var minute = 0
        var isTime = false
        func token(_ offset: Int = 0) -> WrittenTokens.Token? {
            position + offset < tokens.count ? tokens[position + offset] : nil
        }
        if let sign = token(), sign.isSign(":") || sign.isSign("."), !sign.isSpaced, let minutes = token(1),
            minutes.digits == 2, !minutes.isSpaced
        {
            minute = minutes.number ?? 0
            position += 2
            isTime = true
            // `19.30 h`, `19:30 Uhr`.
            if let unit = token(), ["h", "uhr"].contains(unit.word ?? "") { position += 1 }
        } else if let unit = token(), unit.word == "h" || unit.word == "uhr" {
            position += 1
            isTime = true
            // `18h30`, `18 h 30`; not `18 h 30 min`'s duration (read by the caller as a time all the same).
            if let minutes = token(), minutes.digits == 2 {
                minute = minutes.number ?? 0
                position += 1
            }
        }
        // `7 pm`, `7:30pm`, `7.30 p.m.`.
        if let meridiem = meridiem(tokens, at: position) {
            guard (1...12).contains(hour), minute < 60 else { return (.nonexistent, meridiem.next) }
            let hour24 = hour % 12 + (meridiem.isAfternoon ? 12 : 0)
            return (LocalTime(hour: hour24, minute: minute).map(Reading.time) ?? .nonexistent, meridiem.next)
        }
        guard isTime else { return nil }
        return (LocalTime(hour: hour, minute: minute).map(Reading.time) ?? .nonexistent, position)
    }

    /// `am`, `pm`, `a.m.`, `p.m.` at `index`.
    private static func meridiem(_ tokens: [WrittenTokens.Token], at index: Int) -> (isAfternoon: Bool, next: Int)? {
        guard index < tokens.count, let word = tokens[index].word else { return nil }
        if word == "am" || word == "pm" {
            var next = index + 1
            if next < tokens.count, tokens[next].isSign("."), !tokens[next].isSpaced { next += 1 }
            return (word == "pm", next)
        }
        guard word == "a" || word == "p", index + 2 < tokens.count, tokens[index + 1].isSign("."),
            tokens[index + 2].word == "m"
        else { return nil }
        var next = index + 3
        if next < tokens.count, tokens[next].isSign(".") { next += 1 }
        return (word == "p", next)
    }

    /// `18h30` in French, `18.30` in German, `18:30` in Italian and English: how staff read a time.
    public static func written(_ time: LocalTime, in language: Language) -> String {
        let minutes = time.minute < 10 ? "0\(time.minute)" : String(time.minute)
        switch language.code {
        case "fr": return "\(time.hour)h\(minutes)"
        case "de": return "\(time.hour).\(minutes)"
        default: return "\(time.hour):\(minutes)"
        }
    }
}
