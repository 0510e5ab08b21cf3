import Foundation
internal import Yams

/// What the scenario and centre readers share: reading a YAML file's text, and composing it into a tree with
/// every syntax problem located.
enum YAMLFile {
    /// The text of the file at `path`; an error located at the file when it is missing, a directory, unreadable
    /// or not UTF-8 (then at the first byte that is not).
    static func text(contentsOf path: String, noun: String) throws(ScenarioErrors) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fileError(path, "no such file.")
        }
        guard !isDirectory.boolValue else { throw fileError(path, "this is a directory, not a \(noun) file.") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw fileError(path, "the file cannot be read.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: data)
            throw ScenarioErrors([
                ScenarioError(
                    code: .invalidYAML,
                    file: path,
                    line: line,
                    column: column,
                    message: "the file is not UTF-8 text; save it with the UTF-8 encoding."
                )
            ])
        }
        return text
    }

    /// The tree of the text, or `nil` for a text without a document; keys a map repeats are reported to the
    /// parser and set aside (see ``RepeatedKeys``), so that the rest of the file is still checked.
    static func compose(_ yaml: String, parser: inout ScenarioParser) throws(ScenarioErrors) -> Node? {
        switch RepeatedKeys.compose(yaml) {
        case .tree(let root, let repeated):
            for repetition in repeated { parser.setAside(repetition) }
            return root
        case .failure(let failures):
            var seen = Set<ScenarioError>()
            let errors = failures.map { SyntaxError.scenarioError(for: $0, fileName: parser.fileName, text: yaml) }
                .enumerated()
                .sorted {
                    ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
                }
                .map(\.element)
                .filter { seen.insert($0).inserted }
            throw ScenarioErrors(errors)
        }
    }

    /// The error of an empty file: what it should hold.
    static func emptyFileError(_ fileName: String, expected: String) -> ScenarioErrors {
        ScenarioErrors([
            ScenarioError(
                code: .missingKey,
                file: fileName,
                line: 1,
                column: 1,
                message: "the file is empty; expected \(expected)."
            )
        ])
    }

    private static func fileError(_ path: String, _ message: String) -> ScenarioErrors {
        ScenarioErrors([ScenarioError(code: .unreadableFile, file: path, line: 0, column: 0, message: message)])
    }

    /// The line and column (in scalars) of the first byte sequence that is not UTF-8.
    private static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var bytes = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}
