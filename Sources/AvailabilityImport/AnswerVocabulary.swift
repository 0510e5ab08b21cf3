import PlanningDomain

/// The words a poll file writes for yes, if need be and no, in French, German, Italian and English.
///
/// Words are compared without case, accents or punctuation (`Si nécessaire`, `si necessaire` and
/// `SI NÉCESSAIRE` are one word). A word may mean "no answer" (Framadate's `Inconnu` for a column added after
/// the person voted).
struct AnswerVocabulary: Sendable {
    /// The words of one language.
    struct Words: Sendable {
        /// The language.
        let language: Language
        /// The words for each answer, the first of each being the one messages show.
        let yes: [String]
        let ifNeedBe: [String]
        let no: [String]
        /// Words that mean no answer.
        let none: [String]

        /// `Oui, Si nécessaire, Non`: what messages list.
        var shown: String { [yes[0], ifNeedBe[0], no[0]].joined(separator: ", ") }
    }

    /// What a cell says.
    enum Reading: Hashable, Sendable {
        /// An answer.
        case answer(Availability)
        /// Nothing (an empty cell, or a word for no answer).
        case none
        /// A word this vocabulary does not know.
        case unknown
    }

    let languages: [Words]
    private let meanings: [String: (reading: Reading, languages: [Int])]

    init(_ languages: [Words]) {
        self.languages = languages
        var meanings: [String: (reading: Reading, languages: [Int])] = [:]
        for (index, words) in languages.enumerated() {
            let groups: [(Reading, [String])] = [
                (.answer(.yes), words.yes), (.answer(.ifNeedBe), words.ifNeedBe), (.answer(.no), words.no),
                (.none, words.none),
            ]
            for (reading, list) in groups {
                for word in list {
                    let key = PollText.normalisedName(word)
                    if meanings[key]?.languages.contains(index) != true {
                        meanings[key, default: (reading, [])].languages.append(index)
                    }
                }
            }
        }
        self.meanings = meanings
    }

    /// What `text` says.
    func reading(_ text: String) -> Reading {
        let word = PollText.normalisedName(text)
        if word.isEmpty { return .none }
        return meanings[word]?.reading ?? .unknown
    }

    /// The positions in ``languages`` of the languages `text` is a word of.
    func languages(of text: String) -> [Int] {
        meanings[PollText.normalisedName(text)]?.languages ?? []
    }

    /// `Oui, Si nécessaire, Non` in `language`, or every language's words when it is not known.
    func accepted(in language: Words?) -> String {
        if let language { return language.shown }
        return languages.map(\.shown).joined(separator: "; ")
    }

    /// Reads cells with this vocabulary, each distinct text once (a poll repeats a few words thousands of
    /// times), and counts them to tell the language.
    struct Reader {
        let vocabulary: AnswerVocabulary
        /// Each distinct text read, what it says and how often it came.
        private var seen: [(text: String, reading: Reading, count: Int)] = []
        /// Where each text is in `seen`, once there are too many to look through.
        private var positions: [String: Int] = [:]

        init(_ vocabulary: AnswerVocabulary) { self.vocabulary = vocabulary }

        /// What `text` says.
        mutating func reading(_ text: String) -> Reading {
            if let position = position(of: text) {
                seen[position].count += 1
                return seen[position].reading
            }
            let reading = vocabulary.reading(text)
            seen.append((text, reading, 1))
            if seen.count > 8 {
                if positions.isEmpty {
                    for (position, entry) in seen.enumerated() { positions[entry.text] = position }
                }
                positions[text] = seen.count - 1
            }
            return reading
        }

        /// The language most of the cells read are written in, `nil` when no cell is a known word.
        ///
        /// On a tie the earlier language wins, so `No` alone is read as Italian, not English.
        func language() -> Words? {
            var counts = [Int](repeating: 0, count: vocabulary.languages.count)
            for entry in seen {
                for index in vocabulary.languages(of: entry.text) { counts[index] += entry.count }
            }
            guard let best = counts.indices.max(by: { (counts[$0], $1) < (counts[$1], $0) }), counts[best] > 0
            else { return nil }
            return vocabulary.languages[best]
        }

        private func position(of text: String) -> Int? {
            guard positions.isEmpty else { return positions[text] }
            return seen.firstIndex { $0.text == text }
        }
    }

    // MARK: - The vocabularies

    /// What Framadate writes (`Generic.Yes`, `Generic.Ifneedbe`, `Generic.No` of its catalogues, older wordings
    /// included), and its `Generic.Unknown` for a column added after the person voted.
    static let framadate = AnswerVocabulary([
        Words(language: .french, yes: ["Oui"], ifNeedBe: ["Si nécessaire"], no: ["Non"], none: ["Inconnu"]),
        Words(
            language: .german,
            yes: ["Ja"],
            ifNeedBe: ["Unter Vorbehalt", "Wenn notwendig"],
            no: ["Nein"],
            none: ["Unbekannt"]
        ),
        Words(language: .italian, yes: ["Sì"], ifNeedBe: ["Se necessario"], no: ["No"], none: ["Sconosciuto"]),
        Words(
            language: .english,
            yes: ["Yes"],
            ifNeedBe: ["Under reserve", "Ifneedbe"],
            no: ["No"],
            none: ["Unknown", "unkown"]
        ),
    ])

    /// What staff type into an answer grid.
    static let grid = AnswerVocabulary([
        Words(language: .french, yes: ["oui"], ifNeedBe: ["si nécessaire", "si besoin"], no: ["non"], none: []),
        Words(language: .german, yes: ["ja"], ifNeedBe: ["unter Vorbehalt", "wenn nötig"], no: ["nein"], none: []),
        Words(language: .italian, yes: ["sì", "si"], ifNeedBe: ["se necessario"], no: ["no"], none: []),
        Words(
            language: .english,
            yes: ["yes"],
            ifNeedBe: ["if-need-be", "if need be", "maybe"],
            no: ["no"],
            none: []
        ),
    ])
}
