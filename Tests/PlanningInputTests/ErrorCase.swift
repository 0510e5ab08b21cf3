import Foundation
import PlanningInput
import Testing

/// One invalid scenario, made by editing ``ScenarioFixtures/minimal``, and the diagnostics it must produce.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var replacements: [Replacement]
    var codes: [ScenarioError.Code]
    /// The whole rendered output, every line of it.
    var expected: String

    init(_ name: String, _ replacements: Replacement..., codes: [ScenarioError.Code], expected: String) {
        self.name = name
        self.replacements = replacements
        self.codes = codes
        self.expected = expected
    }

    var testDescription: String { name }

    static let all = structure + values + bounds + recovery + sources + identifiers
}

/// Replace `old` (which must occur once) with `new`.
struct Replacement: Sendable {
    var old: String
    var new: String

    /// `text` with each replacement applied; each `old` must occur exactly once in `text` (named `name` in
    /// the failure).
    static func apply(_ replacements: [Replacement], to text: String, named name: String) throws -> String {
        var text = text
        for replacement in replacements {
            let count = text.components(separatedBy: replacement.old).count - 1
            try #require(count == 1, "'\(replacement.old)' occurs \(count) times in \(name)")
            text = text.replacingOccurrences(of: replacement.old, with: replacement.new)
        }
        return text
    }
}

infix operator => : AssignmentPrecedence

func => (old: String, new: String) -> Replacement { Replacement(old: old, new: new) }
