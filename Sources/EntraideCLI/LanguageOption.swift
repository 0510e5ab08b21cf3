import ArgumentParser
import Foundation
import Phrasebook
import PlanningDomain

/// `--language fr|de|it|en`: the language of every message, report line and help text of a command.
///
/// Without it, the locale decides (`LC_ALL`, `LC_MESSAGES`, `LANG`: `fr_CH.UTF-8`), then the scenario's
/// organisation, then English: `LanguageChoice` (Phrasebook) is the one rule.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.option("language"), valueName: "fr|de|it|en"))
    var language: String?

    func validate() throws {
        if let language, LanguageChoice.language(code: language) == nil {
            let phrase = Phrase("cli.unknownLanguage", ["value": .verbatim(language)])
            throw ValidationError(phrase.text(in: Self.environmentChoice.language()))
        }
    }

    /// The choice this command states, with the environment's locale.
    var choice: LanguageChoice {
        LanguageChoice(
            flag: language.flatMap(LanguageChoice.language(code:)),
            environment: ProcessInfo.processInfo.environment
        )
    }

    /// The choice of the environment alone, before any option is parsed.
    static var environmentChoice: LanguageChoice {
        LanguageChoice(flag: nil, environment: ProcessInfo.processInfo.environment)
    }

    /// The language of help texts: `--language` when the command line has it (help is written before the
    /// options are parsed, so it is looked up here, once), else the locale, else English.
    static let helpLanguage: Language = {
        let arguments = CommandLine.arguments
        var flag: Language?
        // `intake invite` and `register` take `--language` for the person they write to, not for staff.
        let words = arguments.dropFirst().prefix(2).map { $0 }
        if words.first == "register" || words == ["intake", "invite"] {
            return LanguageChoice(flag: nil, environment: ProcessInfo.processInfo.environment).language()
        }
        for (index, argument) in arguments.enumerated() {
            if argument == "--language", index + 1 < arguments.count {
                flag = LanguageChoice.language(code: arguments[index + 1])
            } else if argument.hasPrefix("--language=") {
                flag = LanguageChoice.language(code: String(argument.dropFirst("--language=".count)))
            }
        }
        return LanguageChoice(flag: flag, environment: ProcessInfo.processInfo.environment).language()
    }()
}
