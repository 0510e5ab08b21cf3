/// A hard rule and what breaks it, concretely: what explanations, unplaced items and moves cite.
///
/// The explanation names people and staff by id only: `sophie: 3 sessions in 2027-W11, limit 2`.
public struct RuleBreach: Hashable, Sendable, CustomStringConvertible {
    /// The rule.
    public var rule: RegionalRule
    /// What breaks it, as a sentence fragment with ids and values.
    public var explanation: String

    /// A breach.
    public init(_ rule: RegionalRule, _ explanation: String) {
        self.rule = rule
        self.explanation = explanation
    }

    /// `weekly-limit: sophie: 3 sessions in 2027-W11, limit 2`.
    public var description: String { "\(rule.name): \(explanation)" }
}
