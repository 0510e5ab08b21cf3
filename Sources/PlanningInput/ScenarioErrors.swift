/// Every problem found in one scenario file, in file order: what ``ScenarioReader`` throws.
public struct ScenarioErrors: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, sorted by line and column; never empty when thrown.
    public var errors: [ScenarioError]

    /// Wraps problems already sorted in file order.
    public init(_ errors: [ScenarioError]) { self.errors = errors }

    /// Each problem rendered like a compiler's diagnostic, one after the other.
    public var rendered: String { errors.map(\.rendered).joined(separator: "\n") }

    /// The same as ``rendered``.
    public var description: String { rendered }
}
