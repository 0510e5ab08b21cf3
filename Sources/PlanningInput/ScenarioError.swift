public import Phrasebook
public import PlanningDomain

/// A problem in a scenario file, located like a compiler's diagnostic.
///
/// ``rendered`` gives the file, line and column, a sentence that quotes the offending value and says what was
/// expected, the line of the file and a caret under the column:
///
/// ```
/// scenario.yaml:14:12: error: availability 'peut-être' is not one of yes, if-need-be, no.
///     answers: {info-0112: peut-être}
///                          ^
/// ```
///
/// The sentence is a `Phrase` (Phrasebook), worded late in the reader's language (``rendered(in:)``); the
/// location, the `error:` keyword, the line and the caret are the same in every language, so that editors and
/// scripts find them.
///
/// Discretion: a message never contains a participant's name or e-mail address (it names participants by
/// id), and the shown line has participants' names and e-mail addresses masked with `*`.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is; stable, for programs and tests.
    public var code: Code
    /// The file as the user named it.
    public var file: String
    /// Line number starting from 1, or 0 when the problem concerns the whole file.
    public var line: Int
    /// Column number starting from 1, counted in Unicode scalars (as libYAML counts); 0 when only the line is
    /// known.
    public var column: Int
    /// The offending value as written, when there is one and it is not personal data.
    public var value: String?
    /// One sentence without the location, to be worded in the reader's language.
    public var phrase: Phrase
    /// The text of the line the caret points into, with personal data masked; `nil` when there is none.
    public var sourceLine: String?

    /// Creates a problem; ``rendered(in:)`` is derived from these values.
    public init(
        code: Code,
        file: String,
        line: Int,
        column: Int,
        value: String? = nil,
        phrase: Phrase,
        sourceLine: String? = nil
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.phrase = phrase
        self.sourceLine = sourceLine
    }

    /// Creates a problem whose sentence is already written (in English): it reads the same in every language.
    public init(
        code: Code,
        file: String,
        line: Int,
        column: Int,
        value: String? = nil,
        message: String,
        sourceLine: String? = nil
    ) {
        self.init(
            code: code,
            file: file,
            line: line,
            column: column,
            value: value,
            phrase: .verbatim(message),
            sourceLine: sourceLine
        )
    }

    /// The sentence in English, without the location.
    ///
    /// For example `availability 'peut-être' is not one of yes, if-need-be, no.`
    public var message: String { phrase.english }

    /// The sentence in `language`, without the location.
    public func message(in language: Language) -> String { phrase.text(in: language) }

    /// The whole diagnostic as a phrase: location, `error:`, the sentence, then the line and a caret.
    public var diagnostic: Phrase {
        let location: String
        if line <= 0 {
            location = file
        } else if column <= 0 {
            // A location without a column (a line of a calendar file) is written `file:line:`.
            location = "\(file):\(line)"
        } else {
            location = "\(file):\(line):\(column)"
        }
        var parts: [Phrase] = [.verbatim("\(location): error: "), phrase]
        if line > 0, column > 0, let sourceLine {
            parts.append(.verbatim("\n" + sourceLine + "\n" + Self.caretLine(under: column, in: sourceLine)))
        }
        return .joined(parts, separator: "")
    }

    /// The diagnostic as a compiler prints it, worded in `language`: location and sentence, then the line and
    /// a caret.
    public func rendered(in language: Language) -> String { diagnostic.text(in: language) }

    /// The diagnostic in English.
    public var rendered: String { rendered(in: .english) }

    /// The same as ``rendered``.
    public var description: String { rendered }

    /// Blanks up to the column (tabs kept, so the caret lines up in a terminal), then `^`.
    static func caretLine(under column: Int, in line: String) -> String {
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, column - 1))))
        let padding = before.map { $0 == "\t" ? "\t" : " " }.joined()
        return padding + "^"
    }
}
