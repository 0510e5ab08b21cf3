public import PlanningDomain

/// One publication of one group, or of the coordinator's workshops: the messages it put in the outbox and why.
public struct PublicationRun: Hashable, Sendable {
    /// The number of a run, assigned by the workspace: increasing across the whole workspace, never reused.
    public struct Number: Hashable, Comparable, Sendable, CustomStringConvertible {
        /// The number.
        public let rawValue: Int

        /// Wraps a run number.
        public init(_ rawValue: Int) { self.rawValue = rawValue }

        /// Earlier runs first.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The number in decimal.
        public var description: String { "\(rawValue)" }
    }

    /// The run's number.
    public var number: Number
    /// The group published; `nil` for a publication of the coordinator's workshops.
    public var group: Group.ID?
    /// When it was made (the publication's `--now`).
    public var createdAt: Instant
    /// A short text saying why: the reasons of the moves, "first publication", … (ids only, no names).
    public var reason: String

    /// A run.
    public init(number: Number, group: Group.ID?, createdAt: Instant, reason: String) {
        self.number = number
        self.group = group
        self.createdAt = createdAt
        self.reason = reason
    }
}
