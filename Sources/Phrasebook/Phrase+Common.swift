/// Phrases every reader's messages share: hints, lists of accepted forms, the ends of sentences.
extension Phrase {
    /// `; did you mean 'x'?`: the end of a sentence naming the nearest known word.
    public static func didYouMean(_ word: String) -> Phrase {
        Phrase("common.didYouMean", ["word": .verbatim(word)])
    }

    /// `.`: the end of a sentence that has no hint.
    public static let period = Phrase("common.period")

    /// The end of a sentence: `; did you mean 'x'?` when there is a word to suggest, else `.`.
    public static func hintOrPeriod(_ word: String?) -> Phrase { word.map(didYouMean) ?? period }

    /// `; expected one of a, b, c.`: the end of a sentence listing every accepted word.
    public static func expectedOneOf(_ words: some Sequence<String>) -> Phrase {
        Phrase("common.expectedOneOf", ["words": .list(words)])
    }

    /// `'p01'`, « p01 »: a value in the quotes of the reader's language.
    public static func quoted(_ value: String) -> Phrase { Phrase("common.quoted", ["value": .verbatim(value)]) }

    /// `a, b, c … (12 in all)`: ids in a message, at most six.
    public static func ids(_ ids: [String]) -> Phrase {
        guard ids.count > 6 else { return .list(ids) }
        return Phrase("common.idsInAll", ["ids": .list(ids.prefix(6)), "count": .number(ids.count)])
    }
}
