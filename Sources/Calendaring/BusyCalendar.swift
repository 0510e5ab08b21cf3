/// The busy time of one person or room: the periods read from a calendar file.
///
/// ``busyness(from:to:)`` answers in logarithmic time plus a scan bounded by the periods that may overlap:
/// the periods are kept sorted, with the latest end seen so far at each position. It tells a tentative overlap
/// (`STATUS:TENTATIVE`, Outlook's tentative, `FBTYPE=BUSY-TENTATIVE`) from a busy one: ``BusyKind/tentative``
/// only when nothing busy overlaps. ``overlaps(from:to:)`` lists the periods themselves, for a caller that names
/// what a slot meets (a facilitator's pencilled meeting) rather than only how busy it is.
public struct BusyCalendar: Hashable, Sendable {
    /// The periods, sorted by start, then end, then kind (kept sorted when set).
    public var periods: [BusyPeriod] {
        didSet {
            periods.sort()
            latestEnds = Self.latestEnds(of: periods)
        }
    }
    /// `latestEnds[i]` is the latest end among `periods[0...i]`.
    private var latestEnds: [Int64]

    /// A calendar of these periods, in any order.
    public init(periods: [BusyPeriod] = []) {
        let sorted = periods.sorted()
        self.periods = sorted
        self.latestEnds = Self.latestEnds(of: sorted)
    }

    /// The strongest kind among the periods that overlap `[start, end)`, or `nil` when all of it is free.
    ///
    /// Periods that only touch the interval (one ends when the other starts) do not overlap it; an empty
    /// interval (`end <= start`) overlaps nothing.
    public func busyness(from start: Int64, to end: Int64) -> BusyKind? {
        guard end > start else { return nil }
        // The periods that start before `end`: [0, bound).
        var low = 0
        var high = periods.count
        while low < high {
            let middle = (low + high) / 2
            if periods[middle].start < end { low = middle + 1 } else { high = middle }
        }
        var strongest: BusyKind?
        var index = low - 1
        // Walk back while some earlier period may still end after `start`.
        while index >= 0, latestEnds[index] > start {
            let period = periods[index]
            if period.end > start, period.end > period.start {
                if period.kind == .busy { return .busy }
                strongest = period.kind
            }
            index -= 1
        }
        return strongest
    }

    /// The periods that overlap `[start, end)`, busy and tentative alike, sorted by start, end and kind.
    ///
    /// The same overlap rule as ``busyness(from:to:)``: a period that only touches the interval does not
    /// overlap it, and an empty interval overlaps nothing.
    public func overlaps(from start: Int64, to end: Int64) -> [BusyPeriod] {
        guard end > start else { return [] }
        var low = 0
        var high = periods.count
        while low < high {
            let middle = (low + high) / 2
            if periods[middle].start < end { low = middle + 1 } else { high = middle }
        }
        var found: [BusyPeriod] = []
        var index = low - 1
        while index >= 0, latestEnds[index] > start {
            let period = periods[index]
            if period.end > start, period.end > period.start { found.append(period) }
            index -= 1
        }
        return found.reversed()
    }

    // MARK: - Private helpers

    private static func latestEnds(of periods: [BusyPeriod]) -> [Int64] {
        var latest = Int64.min
        return periods.map { period in
            latest = max(latest, period.end)
            return latest
        }
    }
}
