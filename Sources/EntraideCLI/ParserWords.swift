import Foundation
import Phrasebook
import PlanningDomain

/// The words swift-argument-parser writes itself, put in the staff member's language after it wrote them.
///
/// Its texts (the help's headings, `(default: …)`, the built-in options' help, its usage errors) are English
/// only and it offers no catalogue. English text passes unchanged, so the help goldens stay what the library
/// writes.
///
/// Only the library's fixed words are replaced, at the places it writes them (a heading at the start of a line,
/// `Error: ` and `Usage: ` at the start of an error's lines, the few error sentences it builds); the commands'
/// own texts are already worded from the catalogues.
enum ParserWords {
    /// `text` with the library's words in `language`.
    static func localized(_ text: String, in language: Language) -> String {
        guard language != .english else { return text }
        func say(_ key: String, _ values: [String: String] = [:]) -> String {
            Phrase(key, values.mapValues { Phrase.verbatim($0) }).text(in: language)
        }
        let prefixes: [(String, String)] = [
            ("OVERVIEW: ", say("parser.overview") + " "), ("USAGE: ", say("parser.usage") + " "),
            ("ARGUMENTS:", say("parser.arguments")), ("OPTIONS:", say("parser.options")),
            ("SUBCOMMANDS:", say("parser.subcommands")), ("Error: ", say("parser.error") + " "),
            ("Usage: ", say("parser.usageLine") + " "), ("Help: ", say("parser.help") + " "),
        ]
        let lines = text.components(separatedBy: "\n").map { line -> String in
            var line = line
            for (english, words) in prefixes where line.hasPrefix(english) {
                line = words + line.dropFirst(english.count)
                break
            }
            for separator in ["(", "; "] {
                for (english, key) in [("default:", "parser.default"), ("values:", "parser.values")] {
                    line = line.replacingOccurrences(of: separator + english + " ", with: separator + say(key) + " ")
                    // The library wraps long help: `(default:` may end a line, its value on the next one.
                    if line.hasSuffix(separator + english) {
                        line = String(line.dropLast(english.count)) + say(key)
                    }
                }
            }
            line = line.replacingOccurrences(of: "Show the version.", with: say("parser.showVersion"))
            line = line.replacingOccurrences(of: "Show help information.", with: say("parser.showHelp"))
            for (pattern, key, names) in sentences {
                line = replace(pattern, in: line) { groups in
                    say(key, Dictionary(uniqueKeysWithValues: zip(names, groups)))
                }
            }
            return line
        }
        return lines.joined(separator: "\n")
    }

    /// The library's sentences with a value in them: the pattern, the catalogue key, the names of its groups.
    private static let sentences: [(String, String, [String])] = [
        (#"See '([^']*)' for detailed help\."#, "parser.seeDetailed", ["command"]),
        (#"See '([^']*)' for more information\."#, "parser.seeMore", ["command"]),
        (#"Missing expected argument '([^']*)'"#, "parser.missingArgument", ["name"]),
        (#"Unknown option '([^']*)'"#, "parser.unknownOption", ["name"]),
        (#"Unexpected argument '([^']*)'"#, "parser.unexpectedArgument", ["name"]),
        (#"Missing value for '([^']*)'"#, "parser.missingValue", ["name"]),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "parser.invalidValue", ["value", "name"]),
    ]

    private static func replace(_ pattern: String, in line: String, with words: ([String]) -> String) -> String {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return line }
        let whole = NSRange(line.startIndex..., in: line)
        guard let match = expression.firstMatch(in: line, range: whole), let range = Range(match.range, in: line)
        else { return line }
        let groups = (1..<match.numberOfRanges).compactMap { index in
            Range(match.range(at: index), in: line).map { String(line[$0]) }
        }
        return line.replacingCharacters(in: range, with: words(groups))
    }
}
