import Phrasebook

/// The help texts of the commands, from the catalogues (`help.json`), in ``LanguageOption/helpLanguage``.
enum HelpText {
    /// The text of `key` (`help.plan.abstract`).
    static func text(_ key: String, _ arguments: [String: Phrase] = [:]) -> String {
        Phrase(key, arguments).text(in: LanguageOption.helpLanguage)
    }

    /// The help of an option: `help.option.<name>`.
    static func option(_ name: String) -> String { text("help.option.\(name)") }
}
