/// The answers one source gives: the scenario's own `answers`, one poll export or grid, or what was derived
/// from calendars and habits.
///
/// What the loader hands over and the workspace stores under its origin, so that reading one source again
/// never erases another's. Answers recorded one at a time (`AnswerOrigin.Kind.recorded`) never come in a layer.
public struct AnswerLayer: Hashable, Sendable {
    /// Where the answers come from: `.scenario`, `.poll` (detail: the file as the scenario names it; order: its
    /// position in `polls`, from 0) or `.derived`.
    public var origin: AnswerOrigin
    /// Each participant's answers by candidate; participants without any answer from this source are absent.
    public var answers: [Participant.ID: SlotAnswers]

    /// A source's answers.
    public init(origin: AnswerOrigin, answers: [Participant.ID: SlotAnswers]) {
        self.origin = origin
        self.answers = answers
    }

    /// The number of answers.
    public var count: Int { answers.values.reduce(0) { $0 + $1.count } }
}
