public import PlanningDomain

/// The one rule for the language Entraide speaks to a staff member in: `--language`, then the locale
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`, in the order POSIX gives them), then the document's language (the
/// scenario's organisation), then English.
///
/// The first locale variable that is set and not empty decides, as POSIX says; when it names the `C` or
/// `POSIX` locale (`C.UTF-8` on many servers) or a language without a catalogue (`es_ES.UTF-8`), it states no
/// preference and the document's language applies.
public struct LanguageChoice: Hashable, Sendable {
    /// The language the person asked for, by flag or locale; `nil` when they did not.
    public var stated: Language?

    /// A choice from the `--language` flag (already checked with ``language(code:)``) and the environment.
    public init(flag: Language?, environment: [String: String]) {
        self.stated = flag ?? Self.localeLanguage(in: environment)
    }

    /// A choice stating `language`, or nothing.
    public init(stated language: Language?) { self.stated = language }

    /// The language to speak: the stated one, else the document's when it has a catalogue, else English.
    public func language(document: Language? = nil) -> Language {
        stated ?? document.flatMap { Self.language(code: $0.code) } ?? .english
    }

    /// The variables that name the language of messages, in the order POSIX consults them.
    public static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// The language of the first locale variable set in `environment`, when it names one with a catalogue.
    public static func localeLanguage(in environment: [String: String]) -> Language? {
        guard let value = localeVariables.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty })
        else { return nil }
        return language(locale: value)
    }

    /// The language a locale names: `fr_CH.UTF-8` → French, `de` → German; `nil` for `C`, `POSIX` and
    /// languages without a catalogue.
    public static func language(locale: String) -> Language? {
        let code = locale.prefix { $0.isLetter }
        return language(code: String(code))
    }

    /// The language of a code with a catalogue (`fr`, `de`, `it`, `en`, any case); `nil` otherwise.
    public static func language(code: String) -> Language? {
        PhraseCatalogue.languages.first { $0.code == code.lowercased() }
    }
}
