public import PlanningDomain

/// The answers of one source, as an import gives them: the scenario's own `answers`, one poll export or grid,
/// or what was derived from calendars and habits.
///
/// ``WorkspaceWriter/importScenario(_:restoring:answers:at:)`` stores each layer under its origin. Recorded
/// answers (`AnswerOrigin.Kind.recorded`) never come in a layer: they are stored one at a time by
/// ``WorkspaceWriter/recordAnswer(group:participant:slot:availability:channel:at:)``.
public struct GivenAnswerLayer: Hashable, Sendable {
    /// Where the answers come from; its kind is `scenario`, `poll` or `derived`.
    public var origin: AnswerOrigin
    /// Each participant's answer per candidate slot.
    public var answers: [Participant.ID: [CandidateSlot.ID: Availability]]

    /// A layer of answers from one source.
    public init(origin: AnswerOrigin, answers: [Participant.ID: [CandidateSlot.ID: Availability]]) {
        self.origin = origin
        self.answers = answers
    }
}
