public import PlanningDomain

extension IdentifierRule.Problem {
    /// What was expected, as the end of an error sentence ("may only contain …"), to be worded late.
    public var phrase: Phrase {
        switch self {
        case .empty: Phrase("id.empty")
        case .tooLong(let length):
            Phrase("id.tooLong", ["length": .number(length), "maximum": .number(IdentifierRule.maximumLength)])
        case .leadingDot: Phrase("id.leadingDot")
        case .forbiddenCharacter: Phrase("id.forbiddenCharacter")
        }
    }
}
