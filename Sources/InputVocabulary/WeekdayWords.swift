public import PlanningDomain

/// The names of the weekdays in French, German, Italian and English, with their usual abbreviations.
///
/// Compared without case, accents or a final `.`: `jeudi`, `Jeu.`, `Donnerstag`, `Do`, `giovedì`, `gio`,
/// `Thursday`, `thu`. The German adverb (`donnerstags`) is a weekday too.
public enum WeekdayWords {
    /// The weekday `text` names, or `nil`.
    public static func weekday(_ text: some StringProtocol) -> Weekday? {
        byWord[WrittenText.normalised(text)]
    }

    /// The weekday a normalised word names (see ``WrittenText/normalised(_:)``), or `nil`.
    public static func weekday(word: String) -> Weekday? { byWord[word] }

    /// The full name in `language`, lower case except in German (`jeudi`, `Donnerstag`, `giovedì`, `Thursday`).
    public static func name(of day: Weekday, in language: Language) -> String {
        (names[language.code] ?? names["en"] ?? [])[day.rawValue - 1]
    }

    /// The short form staff read on a grid heading (`jeu.`, `Do.`, `gio`, `Thu`).
    public static func abbreviation(of day: Weekday, in language: Language) -> String {
        (abbreviations[language.code] ?? abbreviations["en"] ?? [])[day.rawValue - 1]
    }

    /// The names every message lists: `monday … sunday, lundi … dimanche, Montag … Sonntag, lunedì … domenica`.
    public static let accepted =
        ["en", "fr", "de", "it"].compactMap { names[$0] }.map { "\($0[0]) … \($0[6])" }
        .joined(separator: ", ")

    // MARK: - The words

    private static let names: [String: [String]] = [
        "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    ]

    private static let abbreviations: [String: [String]] = [
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
        "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
        "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    ]

    /// Other spellings: English and German short forms, the German adverbs, `Sonnabend`.
    private static let others: [[String]] = [
        ["mon", "montags"],
        ["tue", "tues", "dienstags"],
        ["wed", "mittwochs"],
        ["thu", "thur", "thurs", "donnerstags"],
        ["fri", "freitags"],
        ["sat", "samstags", "sonnabend"],
        ["sun", "sonntags"],
    ]

    private static let byWord: [String: Weekday] = {
        var table: [String: Weekday] = [:]
        for day in Weekday.allCases {
            let index = day.rawValue - 1
            var words = others[index]
            for list in names.values { words.append(list[index]) }
            for list in abbreviations.values { words.append(list[index]) }
            for word in words { table[WrittenText.normalised(word)] = day }
        }
        return table
    }()
}
