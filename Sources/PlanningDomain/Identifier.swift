/// A typed identifier: a `Participant.ID` cannot be passed where a `Venue.ID` is expected.
///
/// The raw value is the id written in the scenario file (`p01`, `grand-pont`). Ids are never names:
/// they are what errors, logs and published files may show without revealing anyone.
public struct Identifier<Owner>: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The id as written in the scenario.
    public let rawValue: String

    /// Wraps an id read from the scenario; any string is accepted, validation is the reader's job.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Lets a literal such as `"p01"` stand where an id is expected.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The raw id, as it may appear in messages and files.
    public var description: String { rawValue }

    /// Orders by raw value as text (`p02` before `p10`, but `p2` after `p10`): the order of every id list.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
