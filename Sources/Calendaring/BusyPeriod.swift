/// A period during which someone (or a room) is busy or perhaps busy.
public struct BusyPeriod: Hashable, Sendable {
    /// The start, in UTC seconds since 1970-01-01T00:00:00Z.
    public var start: Int64
    /// The end, in UTC seconds since 1970-01-01T00:00:00Z, excluded: a period that ends at 10:00 does not
    /// overlap one that starts at 10:00.
    public var end: Int64
    /// How busy.
    public var kind: BusyKind

    /// Creates a period; `end` should be after `start`.
    public init(start: Int64, end: Int64, kind: BusyKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }
}

extension BusyPeriod: Comparable {
    /// By start, then end, then kind.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.start, lhs.end, lhs.kind.rawValue) < (rhs.start, rhs.end, rhs.kind.rawValue)
    }
}
