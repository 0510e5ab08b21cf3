internal import InputVocabulary

/// The phrases of a rhythm in French, German, Italian and English, normalised (lower case, no accents):
/// how often, the words that may stand before a weekday or a time, and what starts a first or last day.
enum RhythmWords {
    /// One part of a phrase.
    enum Part: Hashable {
        /// This word.
        case word(String)
        /// A number of weeks (`2`, `deux`, `zwei`, `due`, `two`, `other`).
        case weeks
        /// A number of days that makes whole weeks (`15` in `tous les 15 jours`).
        case days
    }

    /// How often: `every 2 weeks`, `toutes les 2 semaines`, `tous les 15 jours`, `alle 2 Wochen`,
    /// `alle 14 Tage`, `ogni 2 settimane`, `ogni 15 giorni`; the fixed number of weeks when the phrase has no
    /// number.
    static let periods: [(parts: [Part], weeks: Int?)] = [
        (parse("every # weeks"), nil), (parse("every # week"), nil), (parse("every week"), 1), (parse("weekly"), 1),
        (parse("each week"), 1), (parse("fortnightly"), 2), (parse("every * days"), nil),
        (parse("toutes les # semaines"), nil), (parse("toutes les semaines"), 1), (parse("chaque semaine"), 1),
        (parse("une fois par semaine"), 1), (parse("tous les * jours"), nil), (parse("une semaine sur #"), nil),
        (parse("toutes les # semaine"), nil),
        (parse("alle # wochen"), nil), (parse("jede woche"), 1), (parse("wochentlich"), 1),
        (parse("alle * tage"), nil), (parse("jede # woche"), nil), (parse("vierzehntaglich"), 2),
        (parse("* taglich"), nil),
        (parse("ogni # settimane"), nil), (parse("ogni settimana"), 1), (parse("settimanalmente"), 1),
        (parse("ogni * giorni"), nil), (parse("a settimane alterne"), 2), (parse("una settimana su #"), nil),
        (parse("ogni # settimana"), nil),
    ]

    /// Numbers written as words: of weeks (`deux`, `zwei`, `due`, `two`, `other`, `zweite`).
    static let numberWords: [String: Int] = [
        "un": 1, "une": 1, "ein": 1, "eine": 1, "uno": 1, "una": 1, "one": 1,
        "deux": 2, "zwei": 2, "zweite": 2, "due": 2, "two": 2, "other": 2, "second": 2,
        "trois": 3, "drei": 3, "dritte": 3, "tre": 3, "three": 3, "third": 3,
        "quatre": 4, "vier": 4, "vierte": 4, "quattro": 4, "four": 4, "fourth": 4,
        "huit": 8, "acht": 8, "otto": 8, "eight": 8,
        "quatorze": 14, "vierzehn": 14, "quattordici": 14, "fourteen": 14,
        "quinze": 15, "quindici": 15, "fifteen": 15,
    ]

    /// Words that may stand before the weekday: `le jeudi`, `am Donnerstag`, `il giovedì`, `on Thursday`.
    static let beforeWeekday: Set = ["le", "les", "am", "jeden", "il", "di", "ogni", "on", "the", "chaque"]

    /// Words that may stand before the start: `à 19h30`, `um 19.30`, `alle 19:30`, `at 19:30`.
    static let beforeTime: Set = ["a", "des", "um", "ab", "alle", "ore", "at"]

    /// Words that start a time range: `de 19h30 à 21h30`, `von 19.30 bis 21.30`, `dalle 19 alle 21`.
    static let rangeStarts: Set = ["de", "von", "dalle", "from"]

    /// Words between the two times of a range (a dash works too).
    static let rangeEnds: Set = ["a", "bis", "alle", "to", "till", "until"]

    /// What introduces the first day: `from`, `à partir du`, `dès le`, `ab`, `vom`, `dal`, `a partire dal`.
    static let starts: [[String]] = [
        ["starting", "from"], ["starting", "on"], ["starting"], ["from"],
        ["a", "partir", "du"], ["a", "partir", "de"], ["a", "partir", "le"], ["des", "le"], ["du"], ["des"],
        ["ab", "dem"], ["ab"], ["vom"], ["a", "partire", "dal"], ["a", "partire", "da"], ["dal"], ["dalla"],
        ["da"],
    ]

    /// What introduces the last day: `until`, `jusqu'au`, `bis`, `fino al`.
    static let ends: [[String]] = [
        ["until"], ["till"], ["through"], ["to"], ["jusqu", "au"], ["jusqu", "a"], ["jusque"], ["au"],
        ["bis", "zum"], ["bis", "am"], ["bis"], ["fino", "al"], ["fino", "all"], ["fino", "a"], ["al"],
    ]

    /// `every # weeks` → parts; `#` is a number of weeks, `*` a number of days.
    private static func parse(_ phrase: String) -> [Part] {
        phrase.split(separator: " ").map { word in
            switch word {
            case "#": .weeks
            case "*": .days
            default: .word(String(word))
            }
        }
    }
}
