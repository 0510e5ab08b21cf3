import PlanningDomain

extension StoredSettings.Rules {
    init(_ value: PlanningRules) {
        self.init(initiatorMustAttend: value.initiatorMustAttend, quorumAppliesTo: value.quorumScope.rawValue)
    }

    /// The rules, or an error naming `column` of `row`.
    func domain(_ row: StoredRow, _ column: String) throws -> PlanningRules {
        guard let scope = PlanningRules.QuorumScope(rawValue: quorumAppliesTo) else {
            throw row.problem(column, "rules whose quorum-applies-to is each-session or whole-sequence")
        }
        return PlanningRules(initiatorMustAttend: initiatorMustAttend, quorumScope: scope)
    }
}

extension StoredSettings.SessionRule {
    init(_ value: PlanningDomain.SessionRule) {
        self.init(
            kind: value.kind.rawValue,
            durationMinutes: value.durationMinutes,
            daysAfterPrevious: value.daysAfterPrevious.map {
                StoredSettings.DayRange(min: $0.lowerBound, max: $0.upperBound)
            }
        )
    }

    /// The session rule, or an error naming `column` of `row`.
    func domain(_ row: StoredRow, _ column: String) throws -> PlanningDomain.SessionRule {
        let expected = "sessions with a known kind and days-after-previous min ≤ max"
        var range: ClosedRange<Int>?
        if let days = daysAfterPrevious {
            guard days.min <= days.max else { throw row.problem(column, expected) }
            range = days.min...days.max
        }
        guard let kind = SessionKind(rawValue: kind) else { throw row.problem(column, expected) }
        return PlanningDomain.SessionRule(kind: kind, durationMinutes: durationMinutes, daysAfterPrevious: range)
    }
}
