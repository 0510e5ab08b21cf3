/// A typed identifier: a `Participant.ID` cannot be passed where a `Venue.ID` is expected.
///
/// The raw value is the id written in the scenario file (`p01`, `grand-pont`). Ids are never names:
/// they are what errors, logs and published files may show without revealing anyone.
public struct Identifier<Owner>: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The id as written in the scenario.
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
