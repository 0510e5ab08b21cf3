public import Phrasebook
public import PlanningDomain

/// Every problem found in one scenario file, in file order: what ``ScenarioReader`` throws.
public struct ScenarioErrors: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, sorted by line and column; never empty when thrown.
    public var errors: [ScenarioError]

    /// The language of the file's organisation when it could be read, for wording the problems when the
    /// reader stated no language of their own.
    public var language: Language?

    /// Wraps problems already sorted in file order.
    public init(_ errors: [ScenarioError], language: Language? = nil) {
        self.errors = errors
        self.language = language
    }

    /// Every problem as a phrase, one per line.
    public var diagnostic: Phrase { .lines(errors.map(\.diagnostic)) }

    /// Each problem rendered like a compiler's diagnostic in `language`, one after the other.
    public func rendered(in language: Language) -> String { diagnostic.text(in: language) }

    /// Each problem rendered like a compiler's diagnostic in English, one after the other.
    public var rendered: String { rendered(in: .english) }

    /// The same as ``rendered``.
    public var description: String { rendered }
}
