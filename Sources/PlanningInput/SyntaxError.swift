import Phrasebook

/// YAML syntax errors from libYAML as located scenario errors.
enum SyntaxError {
    /// The scenario error for what ``YAMLComposer`` found wrong.
    ///
    /// The line shown has the values of `name:` and `email:` keys masked, since there is no tree to tell
    /// participants' data from the rest.
    static func scenarioError(for problem: YAMLProblem, fileName: String, text: String) -> ScenarioError {
        let source = SourceText(text)
        let message: Phrase
        switch problem.kind {
        case .secondDocument:
            message = Phrase("scenario.secondDocument")
        case .reader:
            message = Phrase("scenario.invalidYAML", ["problem": .verbatim(problem.problem)])
        case .syntax, .composer:
            if let context = problem.context, !context.isEmpty {
                message = Phrase(
                    "scenario.invalidYAMLContext",
                    [
                        "problem": .verbatim(problem.problem), "context": .verbatim(context),
                        "line": .number(problem.contextLine),
                    ]
                )
            } else {
                message = Phrase("scenario.invalidYAML", ["problem": .verbatim(problem.problem)])
            }
        }
        return ScenarioError(
            code: .invalidYAML,
            file: fileName,
            line: problem.line,
            column: problem.column,
            phrase: message,
            sourceLine: source.maskedLine(problem.line, spans: source.personalSpansByText(onLine: problem.line))
        )
    }
}
