public import PlanningDomain

/// The names of the months in French, German, Italian and English, with their usual abbreviations.
///
/// Compared without case, accents or a final `.`: `décembre`, `déc.`, `Dezember`, `Dez.`, `dicembre`, `dic`,
/// `December`, `Dec`.
public enum MonthWords {
    /// The month (1 to 12) a normalised word names, or `nil`.
    public static func month(word: String) -> Int? { byWord[word] }

    /// The month (1 to 12) `text` names, or `nil`.
    public static func month(_ text: some StringProtocol) -> Int? { byWord[WrittenText.normalised(text)] }

    /// The full name of `month` (1 to 12) in `language` (`décembre`, `Dezember`, `dicembre`, `December`).
    public static func name(of month: Int, in language: Language) -> String {
        let list = names[language.code] ?? names["en"] ?? []
        return (1...12).contains(month) ? list[month - 1] : String(month)
    }

    // MARK: - The words

    private static let names: [String: [String]] = [
        "fr": [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
        ],
        "de": [
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
            "Dezember",
        ],
        "it": [
            "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre",
        ],
        "en": [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
    ]

    /// Abbreviations and other spellings, by month.
    private static let others: [[String]] = [
        ["janv", "jan", "jänner", "jän", "gen"],
        ["févr", "fév", "feb", "feber", "febr"],
        ["mar", "mär", "mrz"],
        ["avr", "apr"],
        ["mag"],
        ["jun", "giu"],
        ["juil", "jul", "lug"],
        ["aug", "ago"],
        ["sept", "sep", "set"],
        ["oct", "okt", "ott"],
        ["nov"],
        ["déc", "dez", "dic", "dec"],
    ]

    private static let byWord: [String: Int] = {
        var table: [String: Int] = [:]
        for month in 1...12 {
            var words = others[month - 1]
            for list in names.values { words.append(list[month - 1]) }
            for word in words { table[WrittenText.normalised(word)] = month }
        }
        return table
    }()
}
