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
    /// One sentence without the location.
    ///
    /// For example `availability 'peut-être' is not one of yes, if-need-be, no.`
    public var message: String
    /// The text of the line the caret points into, with personal data masked; `nil` when there is none.
    public var sourceLine: String?

    /// Creates a problem; ``rendered`` is derived from these values.
    public init(
        code: Code,
        file: String,
        line: Int,
        column: Int,
        value: String? = nil,
        message: String,
        sourceLine: String? = nil
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.message = message
        self.sourceLine = sourceLine
    }

    /// The diagnostic as a compiler prints it: location and sentence, then the line and a caret.
    public var rendered: String {
        guard line > 0 else { return "\(file): error: \(message)" }
        // A location without a column (a line of a calendar file) is written `file:line:`.
        guard column > 0 else { return "\(file):\(line): error: \(message)" }
        let header = "\(file):\(line):\(column): error: \(message)"
        guard let sourceLine else { return header }
        return header + "\n" + sourceLine + "\n" + Self.caretLine(under: column, in: sourceLine)
    }

    /// The same as ``rendered``.
    public var description: String { rendered }

    /// Blanks up to the column (tabs kept, so the caret lines up in a terminal), then `^`.
    static func caretLine(under column: Int, in line: String) -> String {
        let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, column - 1))))
        let padding = before.map { $0 == "\t" ? "\t" : " " }.joined()
        return padding + "^"
    }
}
