internal import Yams

/// YAML syntax errors from Yams (libYAML) as located scenario errors.
enum SyntaxError {
    /// The scenario error for what `Yams.compose` threw.
    ///
    /// The line shown has the values of `name:` and `email:` keys masked, since there is no tree to tell
    /// participants' data from the rest.
    static func scenarioError(for error: any Error, fileName: String, text: String) -> ScenarioError {
        let source = SourceText(text)
        func located(
            _ code: ScenarioError.Code,
            _ line: Int,
            _ column: Int,
            _ message: String,
            value: String? = nil
        ) -> ScenarioError {
            ScenarioError(
                code: code,
                file: fileName,
                line: line,
                column: column,
                value: value,
                message: message,
                sourceLine: source.maskedLine(line, spans: source.personalSpansByText(onLine: line))
            )
        }
        guard let yamlError = error as? YamlError else {
            return located(.invalidYAML, 1, 1, "the file is not valid YAML.")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            return located(.invalidYAML, mark.line, mark.column, sentence(problem, context))
        case .composer(let context, let problem, let mark, _):
            if context?.text == "expected a single document in the stream" {
                return located(
                    .invalidYAML,
                    mark.line,
                    mark.column,
                    "the file holds more than one YAML document; expected a single scenario."
                )
            }
            return located(.invalidYAML, mark.line, mark.column, sentence(problem, context))
        case .reader(let problem, let offset, _, let yaml):
            let (line, column) = position(ofCharacter: offset ?? 0, in: yaml)
            return located(.invalidYAML, line, column, "invalid YAML: \(problem).")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let (line, column) = source.repetition(ofKey: key, after: first) ?? (first.line, first.column)
            return located(
                .duplicateKey,
                line,
                column,
                "key '\(key)' appears twice in the same map; it is first used on line \(first.line).",
                value: key
            )
        default:
            return located(.invalidYAML, 1, 1, "the file is not valid YAML.")
        }
    }

    /// The sentence for a libYAML problem.
    ///
    /// `invalid YAML: did not find expected key while parsing a block mapping that starts on line 3.`
    private static func sentence(_ problem: String, _ context: YamlError.Context?) -> String {
        guard let context, !context.text.isEmpty else { return "invalid YAML: \(problem)." }
        return "invalid YAML: \(problem) \(context.text) that starts on line \(context.mark.line)."
    }

    /// The line and column (in scalars, from 1) of a character offset.
    private static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}

extension SourceText {
    /// Where `key:` is written again after its first occurrence at `first`, at the same column (a block
    /// map) or later on the same line (a flow map).
    func repetition(ofKey key: String, after first: Mark) -> (line: Int, column: Int)? {
        let pattern = Array(key.unicodeScalars)
        for number in first.line...max(first.line, lines.count) {
            guard let text = line(number) else { break }
            let scalars = Array(text.unicodeScalars)
            let from = number == first.line ? first.column : 0
            var index = from
            while index + pattern.count <= scalars.count {
                defer { index += 1 }
                guard Array(scalars[index..<index + pattern.count]) == pattern else { continue }
                var after = index + pattern.count
                while after < scalars.count, scalars[after] == " " { after += 1 }
                let isKey = after < scalars.count && scalars[after] == ":"
                let isAligned = number == first.line || index + 1 == first.column
                let startsToken = index == 0 || " {,".unicodeScalars.contains(scalars[index - 1])
                if isKey, startsToken, isAligned {
                    return (number, index + 1)
                }
            }
        }
        return nil
    }
}
