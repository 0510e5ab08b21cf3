public import PlanningDomain

/// Something to say to a person, kept as a catalogue key and its parts until a front end words it in the
/// person's language (``text(in:)``).
///
/// Errors and report lines carry phrases, not sentences: the language is chosen where the person is known
/// (`--language`, the locale, the scenario), long after the error was thrown. A phrase holds values as
/// written (an id, a date, a file name, the forms a reader accepts), never a participant's name or address.
///
/// ```swift
/// let venue = Phrase("scenario.venue", ["id": .verbatim("salle-b")])
/// let phrase = Phrase("scenario.unknownKey", ["key": .verbatim("adress"), "subject": venue])
/// phrase.text(in: .french)  // clé « adress » inconnue dans la salle « salle-b »
/// ```
public indirect enum Phrase: Hashable, Sendable {
    /// A template of the catalogues (`scenario.wrongType`) and its named parts.
    case sentence(String, [String: Phrase])
    /// Text shown as written in every language: a value, an id, a number, a file name.
    case verbatim(String)
    /// Phrases one after the other with a separator: `, ` for a list, a new line for lines.
    case joined([Phrase], separator: String)
    /// A phrase that starts a sentence on its own: its first letter in upper case, in every language.
    case capitalized(Phrase)

    /// The template `key` of the catalogues with its named parts.
    public init(_ key: String, _ arguments: [String: Phrase] = [:]) { self = .sentence(key, arguments) }

    /// Nothing: an optional part of a sentence that is left out.
    public static let empty = Phrase.verbatim("")

    /// Values as written, separated by commas: `yes, if-need-be, no`.
    public static func list(_ values: some Sequence<String>) -> Phrase {
        .joined(values.map(Phrase.verbatim), separator: ", ")
    }

    /// Phrases separated by commas.
    public static func list(_ phrases: [Phrase]) -> Phrase { .joined(phrases, separator: ", ") }

    /// Phrases one per line.
    public static func lines(_ phrases: [Phrase]) -> Phrase { .joined(phrases, separator: "\n") }

    /// A whole number, as written in every language.
    public static func number(_ value: Int) -> Phrase { .verbatim(String(value)) }

    /// The catalogue key, for a sentence; `nil` for verbatim and joined text.
    public var key: String? {
        if case .sentence(let key, _) = self { return key }
        return nil
    }

    /// The phrase worded in `language` from its catalogue (English where a key is missing, the key itself
    /// where English lacks it too).
    public func text(in language: Language) -> String {
        PhraseCatalogue.shared.text(of: self, in: language)
    }

    /// The phrase in English, the fallback language: what `description`s and logs show.
    public var english: String { text(in: .english) }
}
