/// YAML syntax errors from libYAML as located scenario errors.
enum SyntaxError {
    /// The scenario error for what ``YAMLComposer`` found wrong.
    ///
    /// The line shown has the values of `name:` and `email:` keys masked, since there is no tree to tell
    /// participants' data from the rest.
    static func scenarioError(for problem: YAMLProblem, fileName: String, text: String) -> ScenarioError {
        let source = SourceText(text)
        let message: String
        switch problem.kind {
        case .secondDocument:
            message = "the file holds more than one YAML document; expected a single scenario."
        case .reader:
            message = "invalid YAML: \(problem.problem)."
        case .syntax, .composer:
            if let context = problem.context, !context.isEmpty {
                message = "invalid YAML: \(problem.problem) \(context) that starts on line \(problem.contextLine)."
            } else {
                message = "invalid YAML: \(problem.problem)."
            }
        }
        return ScenarioError(
            code: .invalidYAML,
            file: fileName,
            line: problem.line,
            column: problem.column,
            message: message,
            sourceLine: source.maskedLine(problem.line, spans: source.personalSpansByText(onLine: problem.line))
        )
    }
}
