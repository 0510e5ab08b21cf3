public import PlanningDomain

/// What the checker found in a calendar: every broken rule, the objective recomputed from the choices, and the
/// terms on which the calendar's own objective disagrees.
public struct RegionalCheckReport: Hashable, Sendable, CustomStringConvertible {
    /// Every breach found, in the order checked (groups, runs, then shared resources).
    public var violations: [RuleBreach]
    /// The objective recomputed from the calendar's choices alone.
    public var objective: RegionalObjective
    /// Terms on which the calendar reports a value different from the recomputed one.
    public var mismatchedTerms: [ObjectiveTerm]

    /// A report.
    public init(violations: [RuleBreach], objective: RegionalObjective, mismatchedTerms: [ObjectiveTerm]) {
        self.violations = violations
        self.objective = objective
        self.mismatchedTerms = mismatchedTerms
    }

    /// Whether the calendar keeps every hard rule and reports its objective truthfully.
    public var isValid: Bool { violations.isEmpty && mismatchedTerms.isEmpty }

    /// The rules broken, each once, in catalogue order.
    public var brokenRules: [RegionalRule] {
        RegionalRule.allCases.filter { rule in violations.contains { $0.rule == rule } }
    }

    /// One line per violation and mismatch, or `valid`.
    public var description: String {
        if isValid { return "valid" }
        let lines = violations.map(\.description) + mismatchedTerms.map { "objective term \($0.name) misreported" }
        return lines.joined(separator: "\n")
    }
}
