public import PlanningDomain

/// The words for yes, if need be and no in French, German, Italian and English: one vocabulary for the
/// scenario's `answers`, Framadate exports and answer grids.
///
/// Words are compared without case, accents or punctuation (`Si nécessaire`, `si necessaire`, `SI NÉCESSAIRE`
/// and `if-need-be`/`if need be` are one word each). A few words mean "no answer" (Framadate's `Inconnu` for a
/// column added after the person voted).
public struct AnswerWords: Sendable {
    /// The words of one language.
    public struct Words: Sendable {
        /// The language.
        public let language: Language
        /// The words for yes; the first is the one messages show.
        public let yes: [String]
        /// The words for if need be; the first is the one messages show.
        public let ifNeedBe: [String]
        /// The words for no; the first is the one messages show.
        public let no: [String]
        /// Words that mean no answer.
        public let none: [String]

        /// `oui, si besoin, non`: what messages list.
        public var shown: String { [yes[0], ifNeedBe[0], no[0]].joined(separator: ", ") }
    }

    /// What a written answer says.
    public enum Reading: Hashable, Sendable {
        /// An answer.
        case answer(Availability)
        /// Nothing: an empty cell, or a word for no answer.
        case none
        /// A word of no language of the vocabulary.
        case unknown
    }

    /// The languages, in the order a tie is settled (`No` alone is Italian before English).
    public let languages: [Words]
    private let meanings: [String: (reading: Reading, languages: [Int])]
    /// Exact spellings (trimmed, as typed most of the time), read without normalising.
    private let exact: [String: Reading]

    init(_ languages: [Words]) {
        self.languages = languages
        var meanings: [String: (reading: Reading, languages: [Int])] = [:]
        var exact: [String: Reading] = [:]
        for (index, words) in languages.enumerated() {
            let groups: [(Reading, [String])] = [
                (.answer(.yes), words.yes), (.answer(.ifNeedBe), words.ifNeedBe), (.answer(.no), words.no),
                (.none, words.none),
            ]
            for (reading, list) in groups {
                for word in list {
                    exact[word] = reading
                    exact[word.lowercased()] = reading
                    let key = WrittenText.normalised(word)
                    if meanings[key]?.languages.contains(index) != true {
                        meanings[key, default: (reading, [])].languages.append(index)
                    }
                }
            }
        }
        self.meanings = meanings
        self.exact = exact
    }

    /// What `text` says.
    public func reading(_ text: String) -> Reading {
        // The words written most, compared as they are (short strings compare in a few instructions).
        switch text {
        case "yes", "oui", "ja", "Oui", "Ja", "Yes": return .answer(.yes)
        case "no", "non", "nein", "Non", "Nein", "No": return .answer(.no)
        case "if-need-be", "si besoin", "falls nötig", "Si nécessaire": return .answer(.ifNeedBe)
        default: break
        }
        if let reading = exact[text] { return reading }
        let word = WrittenText.normalised(text)
        if word.isEmpty { return .none }
        return meanings[word]?.reading ?? .unknown
    }

    /// The positions in ``languages`` of the languages `text` is a word of.
    public func languages(of text: String) -> [Int] {
        meanings[WrittenText.normalised(text)]?.languages ?? []
    }

    /// The words of `language`, when the vocabulary has it.
    public func words(in language: Language) -> Words? { languages.first { $0.language == language } }

    /// `oui, si besoin, non` in `language`, or every language's words when it is not known.
    public func accepted(in language: Words?) -> String {
        if let language { return language.shown }
        return languages.map(\.shown).joined(separator: "; ")
    }

    /// The written answer in `language` (`oui`, `si besoin`, `non`), as Entraide writes it.
    public func word(for answer: Availability, in language: Language) -> String {
        let words = words(in: language) ?? languages[languages.count - 1]
        switch answer {
        case .yes: return words.yes[0]
        case .ifNeedBe: return words.ifNeedBe[0]
        case .no: return words.no[0]
        }
    }

    // MARK: - The vocabulary

    /// Every word: what Framadate writes (its `Generic.Yes`, `Generic.Ifneedbe`, `Generic.No` and
    /// `Generic.Unknown`, older wordings included), what staff type into a grid, and the scenario's own
    /// `yes`, `if-need-be` and `no`.
    public static let all = AnswerWords([
        Words(
            language: .french,
            yes: ["oui"],
            ifNeedBe: ["si besoin", "si nécessaire", "au besoin"],
            no: ["non"],
            none: ["inconnu"]
        ),
        Words(
            language: .german,
            yes: ["ja"],
            ifNeedBe: ["falls nötig", "wenn nötig", "falls notwendig", "wenn notwendig", "unter Vorbehalt"],
            no: ["nein"],
            none: ["unbekannt"]
        ),
        Words(
            language: .italian,
            yes: ["sì", "si"],
            ifNeedBe: ["se necessario", "se serve"],
            no: ["no"],
            none: ["sconosciuto"]
        ),
        Words(
            language: .english,
            yes: ["yes"],
            ifNeedBe: ["if need be", "if-need-be", "ifneedbe", "under reserve", "maybe"],
            no: ["no"],
            none: ["unknown", "unkown"]
        ),
    ])
}
