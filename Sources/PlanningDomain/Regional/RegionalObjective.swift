/// The value of every objective term of a calendar, compared lexicographically in ``ObjectiveTerm`` order.
///
/// Values are the terms' natural values (a count, a sum of minutes); comparison orients each so that a
/// greater ``RegionalObjective`` is a better calendar. Also used for bounds: there each value is the best any
/// calendar can reach on its term, given that it reaches the bound on every earlier term.
public struct RegionalObjective: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// One value per term, in `ObjectiveTerm.allCases` order.
    public private(set) var values: [Int]

    /// All terms zero.
    public init() { values = Array(repeating: 0, count: ObjectiveTerm.allCases.count) }

    /// Values in `ObjectiveTerm.allCases` order; missing ones are zero, extra ones dropped.
    public init(values: [Int]) {
        let count = ObjectiveTerm.allCases.count
        self.values = Array((values + Array(repeating: 0, count: count)).prefix(count))
    }

    /// The value of one term.
    public subscript(term: ObjectiveTerm) -> Int {
        get { values[Self.index(of: term)] }
        set { values[Self.index(of: term)] = newValue }
    }

    /// Values oriented so that greater is better on every term.
    public var oriented: [Int] {
        zip(ObjectiveTerm.allCases, values).map { term, value in term.isMaximised ? value : -value }
    }

    /// `lhs < rhs` when `lhs` is the worse calendar.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.oriented.lexicographicallyPrecedes(rhs.oriented) }

    /// The first term on which `self` falls short of `bound`, or `nil` when it reaches the bound everywhere
    /// (then the calendar is proven optimal).
    public func gap(to bound: RegionalObjective) -> ObjectiveGap? {
        for (index, term) in ObjectiveTerm.allCases.enumerated() where values[index] != bound.values[index] {
            return ObjectiveGap(term: term, value: values[index], bound: bound.values[index])
        }
        return nil
    }

    /// `published-kept=3 groups-placed=10 …`.
    public var description: String {
        zip(ObjectiveTerm.allCases, values).map { "\($0.name)=\($1)" }.joined(separator: " ")
    }

    private static func index(of term: ObjectiveTerm) -> Int {
        ObjectiveTerm.allCases.firstIndex(of: term) ?? 0
    }
}

/// How far a calendar is from its bound: the first term where it falls short.
public struct ObjectiveGap: Hashable, Sendable, CustomStringConvertible {
    /// The first term on which the calendar does not reach the bound.
    public var term: ObjectiveTerm
    /// The calendar's value of that term.
    public var value: Int
    /// The bound on that term.
    public var bound: Int

    /// A gap.
    public init(term: ObjectiveTerm, value: Int, bound: Int) {
        self.term = term
        self.value = value
        self.bound = bound
    }

    /// The shortfall relative to the bound, 0…1 (1 when the bound is 0 and the value is not).
    public var relative: Double {
        let difference = Double(abs(bound - value))
        return bound == 0 ? (difference == 0 ? 0 : 1) : difference / Double(abs(bound))
    }

    /// `enrolled 312 (bound 318, 1.9 %)`.
    public var description: String {
        let tenths = Int((relative * 1000).rounded())
        return "\(term.name) \(value) (bound \(bound), \(tenths / 10).\(tenths % 10) %)"
    }
}
