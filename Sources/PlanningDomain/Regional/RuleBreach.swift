/// A hard rule and what breaks it, concretely: what explanations, unplaced items and moves cite.
///
/// The detail is data (``BreachDetail``): a sentence of the catalogues and its values, worded where it is
/// shown, in the reader's language; it names people and staff by id only (`sophie`, 3 sessions, `2027-W11`,
/// limit 2).
public struct RuleBreach: Hashable, Sendable, CustomStringConvertible {
    /// The rule.
    public var rule: RegionalRule
    /// What breaks it: a sentence of the catalogues with ids and values.
    public var detail: BreachDetail

    /// A breach.
    public init(_ rule: RegionalRule, _ detail: BreachDetail) {
        self.rule = rule
        self.detail = detail
    }

    /// A breach whose explanation is written as it is, the same in every language (the independent checker's).
    public init(_ rule: RegionalRule, _ explanation: String) {
        self.init(rule, .value(explanation))
    }

    /// `weekly-limit: regional.why.weeklyLimit(facilitator: sophie, …)`: the rule's name and the detail's data,
    /// for logs and tests.
    public var description: String { "\(rule.name): \(detail)" }
}
