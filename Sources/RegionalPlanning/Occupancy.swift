/// The calendar being built: who leads what when, which room is taken, each facilitator's weekly and monthly
/// counts, and the load and travel figures of the objective, all updated as sessions come and go.
struct Occupancy: Sendable {
    /// A session in the calendar.
    struct Placed: Hashable, Sendable {
        let span: Span
        let owner: Owner
    }

    /// What a session belongs to.
    enum Owner: Hashable, Sendable {
        /// A group's session at a level of its sequence.
        case group(Int, level: Int)
        /// A workshop's run at one of its candidates.
        case run(Int, candidate: Int)
    }

    let buffer: Int
    private var byFacilitator: [[Int: [Placed]]]
    private var byVenue: [[Int: [Placed]]]
    private var weekLoads: [[Int: Int]]
    private var monthLoads: [[Int: Int]]
    /// Rooms (with repetition) each facilitator works in, per day.
    private var dayVenues: [[Int: [Int]]]
    /// Runs each person is enrolled in, per day.
    private var personDays: [[Int: [Span]]]
    /// `histogram[n]`: (facilitator, week) pairs with exactly `n` sessions, for n ≥ 1.
    private(set) var histogram: [Int] = [0]
    /// Σ over facilitators and days of distinct rooms minus one.
    private(set) var travel = 0

    init(facilitators: Int, venues: Int, persons: Int, buffer: Int) {
        self.buffer = buffer
        byFacilitator = Array(repeating: [:], count: facilitators)
        byVenue = Array(repeating: [:], count: venues)
        weekLoads = Array(repeating: [:], count: facilitators)
        monthLoads = Array(repeating: [:], count: facilitators)
        dayVenues = Array(repeating: [:], count: facilitators)
        personDays = Array(repeating: [:], count: persons)
    }

    // MARK: - Reading

    /// Sessions of a facilitator that lie on `day`.
    func sessions(of facilitator: Int, on day: Int) -> [Placed] { byFacilitator[facilitator][day] ?? [] }

    /// Sessions in a room on `day`.
    func sessions(in venue: Int, on day: Int) -> [Placed] { byVenue[venue][day] ?? [] }

    func weekLoad(_ facilitator: Int, _ week: Int) -> Int { weekLoads[facilitator][week] ?? 0 }

    func monthLoad(_ facilitator: Int, _ month: Int) -> Int { monthLoads[facilitator][month] ?? 0 }

    /// Rooms (with repetition) the facilitator works in that day.
    func venues(of facilitator: Int, on day: Int) -> [Int] { dayVenues[facilitator][day] ?? [] }

    /// Weeks with their loads, for one facilitator, in week order.
    func weeks(of facilitator: Int) -> [(week: Int, load: Int)] {
        weekLoads[facilitator].filter { $0.value > 0 }.map { (week: $0.key, load: $0.value) }.sorted {
            $0.week < $1.week
        }
    }

    /// The most sessions one facilitator leads in one week.
    var peak: Int { histogram.lastIndex(where: { $0 > 0 }) ?? 0 }

    /// The (facilitator, week) pairs at the peak.
    var peakWeeks: Int {
        let top = peak
        return top == 0 ? 0 : histogram[top]
    }

    /// A session of this facilitator that `span` clashes with (overlap, or the travel buffer between rooms).
    func facilitatorClash(_ facilitator: Int, _ span: Span) -> Placed? {
        let reach = buffer > 0 ? 1 + buffer / 1440 : 0
        for day in (span.day - 1 - reach)...(span.day + reach) {
            for placed in byFacilitator[facilitator][day] ?? []
            where !placed.span.isCompatible(with: span, buffer: buffer) {
                return placed
            }
        }
        return nil
    }

    /// Every session of this facilitator that `span` clashes with.
    func facilitatorClashes(_ facilitator: Int, _ span: Span) -> [Placed] {
        let reach = buffer > 0 ? 1 + buffer / 1440 : 0
        return ((span.day - 1 - reach)...(span.day + reach)).flatMap { day in
            (byFacilitator[facilitator][day] ?? []).filter { !$0.span.isCompatible(with: span, buffer: buffer) }
        }
    }

    /// Every session in the same room that overlaps `span`.
    func venueClashes(_ span: Span) -> [Placed] {
        ((span.day - 1)...span.day).flatMap { day in (byVenue[span.venue][day] ?? []).filter { $0.span.overlaps(span) }
        }
    }

    /// A session in the same room that overlaps `span`.
    func venueClash(_ span: Span) -> Placed? {
        for day in (span.day - 1)...span.day {
            for placed in byVenue[span.venue][day] ?? [] where placed.span.overlaps(span) { return placed }
        }
        return nil
    }

    /// Whether a person is enrolled in a run that overlaps `span`.
    func personIsBusy(_ person: Int, _ span: Span) -> Bool {
        for day in (span.day - 1)...span.day {
            if (personDays[person][day] ?? []).contains(where: { $0.overlaps(span) }) { return true }
        }
        return false
    }

    // MARK: - Changing

    mutating func add(_ span: Span, facilitators: [Int], owner: Owner) {
        let placed = Placed(span: span, owner: owner)
        for facilitator in facilitators {
            byFacilitator[facilitator][span.day, default: []].append(placed)
            changeLoad(facilitator, span, by: 1)
            var rooms = dayVenues[facilitator][span.day] ?? []
            if !rooms.isEmpty && !rooms.contains(span.venue) { travel += 1 }
            rooms.append(span.venue)
            dayVenues[facilitator][span.day] = rooms
        }
        byVenue[span.venue][span.day, default: []].append(placed)
    }

    mutating func remove(_ span: Span, facilitators: [Int], owner: Owner) {
        let placed = Placed(span: span, owner: owner)
        for facilitator in facilitators {
            Self.removeOne(placed, from: &byFacilitator[facilitator], day: span.day)
            changeLoad(facilitator, span, by: -1)
            var rooms = dayVenues[facilitator][span.day] ?? []
            if let index = rooms.firstIndex(of: span.venue) { rooms.remove(at: index) }
            if !rooms.isEmpty && !rooms.contains(span.venue) { travel -= 1 }
            dayVenues[facilitator][span.day] = rooms.isEmpty ? nil : rooms
        }
        Self.removeOne(placed, from: &byVenue[span.venue], day: span.day)
    }

    mutating func enrol(_ person: Int, _ span: Span) { personDays[person][span.day, default: []].append(span) }

    mutating func withdraw(_ person: Int, _ span: Span) {
        var spans = personDays[person][span.day] ?? []
        if let index = spans.firstIndex(of: span) { spans.remove(at: index) }
        personDays[person][span.day] = spans.isEmpty ? nil : spans
    }

    private mutating func changeLoad(_ facilitator: Int, _ span: Span, by step: Int) {
        let old = weekLoads[facilitator][span.week] ?? 0
        let new = old + step
        if old > 0 { histogram[old] -= 1 }
        if new > 0 {
            while histogram.count <= new { histogram.append(0) }
            histogram[new] += 1
        }
        weekLoads[facilitator][span.week] = new == 0 ? nil : new
        let month = (monthLoads[facilitator][span.month] ?? 0) + step
        monthLoads[facilitator][span.month] = month == 0 ? nil : month
    }

    private static func removeOne(_ placed: Placed, from days: inout [Int: [Placed]], day: Int) {
        var list = days[day] ?? []
        if let index = list.firstIndex(of: placed) { list.remove(at: index) }
        days[day] = list.isEmpty ? nil : list
    }
}
