import InputVocabulary
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
            for word in list { words[WrittenText.normalised(word)] = part }
        }
        return words
    }()

    /// Reads a moment as written; `nil` when it is neither a time nor a part of the day (`bientôt`, `25h`).
    init?(_ text: String) {
        let name = WrittenText.normalised(text)
        if name.isEmpty {
            self = .part(.wholeDay)
        } else if let part = Self.partWords[name] {
            self = .part(part)
        } else if let time = Self.startTime(of: WrittenText.trimmed(text)) {
            self = .time(time)
        } else {
            return nil
        }
    }

    /// The time a moment starts with (``WrittenTime``: `18h30`, `18:30`, `18.30`, `19 h`, `6:30 pm`, or a bare
    /// hour `19`), then the end or a range (`-`, `–`, `à`, `to`, `bis`, …) whose end is not read.
    private static func startTime(of text: String) -> LocalTime? {
        let tokens = WrittenTokens(text).tokens
        let time: LocalTime
        let next: Int
        if case (.time(let read), let after)? = WrittenTime.read(tokens, at: 0) {
            (time, next) = (read, after)
        } else if let hour = tokens.first?.number, tokens[0].digits <= 2, let whole = LocalTime(hour: hour, minute: 0),
            WrittenTime.read(tokens, at: 0) == nil
        {
            // Under a date, a bare number is an hour (`19`, `18-20`).
            (time, next) = (whole, 1)
        } else {
            return nil
        }
        guard next < tokens.count else { return time }
        let rest = tokens[next]
        if case .sign(let sign) = rest.kind, "-–—/(".contains(sign) { return time }
        return rangeWords.contains(rest.word ?? "") ? time : nil
    }

    /// Words that start the end of a range: `à`, `a`, `to`, `bis`, `alle`, `al`, `until`.
    private static let rangeWords: Set = ["a", "to", "bis", "alle", "al", "until"]
}
