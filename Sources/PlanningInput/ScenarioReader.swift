import Foundation
public import PlanningDomain
internal import Yams

/// Reads a scenario file (YAML) into a ``Scenario``, or reports every problem of the file at once.
///
/// Every value is read as the text written, never through YAML 1.1 typing: `yes` and `no` stay answers
/// and `18:30` stays a time (YAML 1.1 would turn them into Booleans and the integer 1110). The format is
/// described in the README; the shipped example is `Resources/Examples/proches-aidants-lausanne.yaml`.
public struct ScenarioReader: Sendable {
    /// A reader; it holds no state.
    public init() {}

    /// Reads the scenario file at `path`; errors name the file as `path` is written.
    ///
    /// The files the scenario names (polls, calendars) are not read: see ``document(contentsOf:)``.
    public func read(contentsOf path: String) throws(ScenarioErrors) -> Scenario {
        try document(contentsOf: path).scenario
    }

    /// Reads a scenario from its text; `fileName` is what errors show as the file.
    public func read(yaml: String, fileName: String) throws(ScenarioErrors) -> Scenario {
        try document(yaml: yaml, fileName: fileName).scenario
    }

    /// Reads the scenario file at `path` with the availability sources it names, not yet read.
    public func document(contentsOf path: String) throws(ScenarioErrors) -> ScenarioDocument {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Self.fileError(path, "no such file.")
        }
        guard !isDirectory.boolValue else { throw Self.fileError(path, "this is a directory, not a scenario file.") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Self.fileError(path, "the file cannot be read.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = Self.firstInvalidUTF8(in: data)
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
        return try document(yaml: text, fileName: path)
    }

    /// Reads a scenario and its sources from its text; `fileName` is what errors show as the file, and the
    /// folder that relative paths in it start from.
    public func document(yaml: String, fileName: String) throws(ScenarioErrors) -> ScenarioDocument {
        var parser = ScenarioParser(fileName: fileName, text: yaml)
        guard let root = try Self.compose(yaml, parser: &parser) else {
            let sections = ScenarioParser.requiredSections.joined(separator: ", ")
            throw ScenarioErrors([
                ScenarioError(
                    code: .missingKey,
                    file: fileName,
                    line: 1,
                    column: 1,
                    message: "the file is empty; expected a scenario with \(sections)."
                )
            ])
        }
        guard let scenario = parser.scenario(from: root) else { throw ScenarioErrors(parser.errors()) }
        return ScenarioDocument(scenario: scenario, sources: parser.sources, fileName: fileName)
    }

    /// The tree of the text, or `nil` for a text without a document; keys a map repeats are reported to the
    /// parser and set aside (see ``RepeatedKeys``), so that the rest of the file is still checked.
    private static func compose(_ yaml: String, parser: inout ScenarioParser) throws(ScenarioErrors) -> Node? {
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
