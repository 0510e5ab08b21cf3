import Phrasebook
import PlanningDomain

/// What the scenario and centre readers share: reading a YAML file's text, and composing it into a tree with
/// every syntax problem located.
enum YAMLFile {
    /// The text of the file at `path`, read through `files`; an error located at the file when it is missing, a
    /// directory, unreadable or not UTF-8 (then at the first byte that is not).
    static func text(contentsOf path: String, noun: String, files: any InputFiles) throws(ScenarioErrors) -> String {
        let bytes: [UInt8]
        switch files.read(path) {
        case .bytes(let read): bytes = read
        case .missing: throw fileError(path, Phrase("scenario.noSuchFile"))
        case .directory:
            throw fileError(path, Phrase("scenario.directory", ["noun": Phrase("scenario.fileNoun.\(noun)")]))
        case .unreadable: throw fileError(path, Phrase("scenario.unreadableFile"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidUTF8(in: bytes)
            throw ScenarioErrors([
                ScenarioError(
                    code: .invalidYAML,
                    file: path,
                    line: line,
                    column: column,
                    phrase: Phrase("scenario.notUTF8")
                )
            ])
        }
        return text
    }

    /// The tree of the text, or `nil` for a text without a document; keys a map repeats are reported to the
    /// parser and set aside, so that the rest of the file is still checked.
    static func compose(_ yaml: String, parser: inout ScenarioParser) throws(ScenarioErrors) -> YAMLNode? {
        switch YAMLComposer.compose(yaml) {
        case .tree(let root, let repeated):
            for repetition in repeated { parser.setAside(repetition) }
            return root
        case .failure(let problem, let repeated):
            for repetition in repeated { parser.setAside(repetition) }
            let syntax = SyntaxError.scenarioError(for: problem, fileName: parser.fileName, text: yaml)
            throw ScenarioErrors(parser.errors() + [syntax], language: parser.language)
        }
    }

    /// The error of an empty file: what it should hold.
    static func emptyFileError(_ fileName: String, expected: Phrase) -> ScenarioErrors {
        ScenarioErrors([
            ScenarioError(
                code: .missingKey,
                file: fileName,
                line: 1,
                column: 1,
                phrase: Phrase("scenario.emptyFile", ["expected": expected])
            )
        ])
    }

    private static func fileError(_ path: String, _ phrase: Phrase) -> ScenarioErrors {
        ScenarioErrors([ScenarioError(code: .unreadableFile, file: path, line: 0, column: 0, phrase: phrase)])
    }

    /// The line and column (in scalars) of the first byte sequence that is not UTF-8.
    private static func firstInvalidUTF8(in data: [UInt8]) -> (line: Int, column: Int) {
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
