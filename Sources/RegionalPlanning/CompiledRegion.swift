import PlanningDomain

/// The regional problem reduced to indices: facilitators and rooms numbered in the centre's order, every
/// candidate with its times as integers and the static rules (those that do not depend on other sessions)
/// already applied.
struct CompiledRegion: Sendable {
    let problem: RegionalProblem
    let facilitators: [Facilitator]
    let venues: [Venue]
    let facilitatorIndex: [Facilitator.ID: Int]
    let venueIndex: [Venue.ID: Int]
    /// Limits per facilitator; `Int.max` for none.
    let weeklyLimit: [Int]
    let monthlyLimit: [Int]
    /// Minutes needed between two sessions of one facilitator in different rooms.
    let buffer: Int
    /// The objective's origin for start terms: the first minute of the planned year.
    let reference: Int
    /// Every person interested in some workshop, by id; interests refer to them by index.
    let persons: [Participant.ID]
    /// Who ranks first for workshop places.
    let ranking: InterestRanking
    /// Interests by workshop, in the problem's order.
    let interestsByWorkshop: [Workshop.ID: [WorkshopInterest]]
    private(set) var groups: [CompiledGroup] = []
    private(set) var workshops: [CompiledWorkshop] = []

    init(problem: RegionalProblem) {
        self.problem = problem
        facilitators = problem.centre.facilitators
        venues = problem.centre.venues
        facilitatorIndex = Dictionary(facilitators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        venueIndex = Dictionary(venues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        weeklyLimit = facilitators.map { $0.weeklyLimit ?? Int.max }
        monthlyLimit = facilitators.map { $0.monthlyLimit ?? Int.max }
        buffer = problem.centre.travelBufferMinutes
        reference = problem.referenceMinute
        persons = Array(Set(problem.interests.map(\.person))).sorted()
        ranking = InterestRanking(problem: problem)
        interestsByWorkshop = Dictionary(grouping: problem.interests, by: \.workshop)
        groups = problem.groups.enumerated().map { index, group in CompiledGroup(index: index, group: group, in: self) }
        let personIndex = Dictionary(persons.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        workshops = problem.workshops.enumerated().map { index, workshop in
            CompiledWorkshop(index: index, workshop: workshop, personIndex: personIndex, in: self)
        }
    }

    // MARK: - Static rules

    /// The first rule a session breaks on its own in the shared calendar: a closure, a facilitator away or not
    /// qualified, the room closed or booked.
    func staticBreach(
        _ span: Span,
        start: LocalDateTime,
        facilitators leaders: [Int],
        isQualified: (Facilitator) -> Bool,
        what: BreachDetail
    ) -> RuleBreach? {
        let date = LocalDate(dayNumber: span.day)
        if let closure = problem.centre.closures.first(where: { $0.contains(date) }) {
            return RuleBreach(
                .closure,
                BreachDetail(
                    "regional.why.centreClosed",
                    ["date": .id(date), "why": Explanations.because(closure.reason)]
                )
            )
        }
        for leader in leaders {
            let facilitator = facilitators[leader]
            if facilitator.awayDates.contains(date) {
                return RuleBreach(.facilitatorAway, Self.away(facilitator.id, on: date))
            }
            if !isQualified(facilitator) {
                return RuleBreach(
                    .qualification,
                    BreachDetail("regional.why.notQualifiedFor", ["facilitator": .id(facilitator.id), "what": what])
                )
            }
        }
        let venue = venues[span.venue]
        if !venue.isOpen(from: start, minutes: span.end - span.start) {
            return RuleBreach(
                .openingHours,
                BreachDetail(
                    "regional.why.closedAt",
                    ["venue": .id(venue.id), "start": .id(start), "minutes": .number(span.end - span.start)]
                )
            )
        }
        let end = start.adding(minutes: span.end - span.start)
        if let booking = problem.bookings.first(where: { $0.venue == venue.id && $0.overlaps(start: start, end: end) })
        {
            return RuleBreach(
                .venueBooked,
                BreachDetail(
                    "regional.why.bookedFrom",
                    [
                        "venue": .id(venue.id), "start": .id(booking.start), "end": .id(booking.end),
                        "why": Explanations.because(booking.reason),
                    ]
                )
            )
        }
        return nil
    }

    /// `anne is away on 2027-01-26`.
    static func away(_ facilitator: Facilitator.ID, on date: LocalDate) -> BreachDetail {
        BreachDetail("regional.why.awayOn", ["facilitator": .id(facilitator), "date": .id(date)])
    }
}

/// A session's place in time and space, as integers.
struct Span: Hashable, Sendable {
    /// Wall-clock minutes since 1970 of the start and the end.
    let start: Int
    let end: Int
    /// Day number of the start.
    let day: Int
    /// Monday-based week number (`(day + 3) / 7`, floored): equal for two days of the same ISO week.
    let week: Int
    /// `year * 12 + month - 1` of the start.
    let month: Int
    let venue: Int

    init(start: LocalDateTime, minutes: Int, venue: Int) {
        self.start = start.wallMinutes
        self.end = start.wallMinutes + minutes
        self.day = start.date.dayNumber
        self.week = Self.week(ofDay: start.date.dayNumber)
        self.month = start.date.year * 12 + start.date.month - 1
        self.venue = venue
    }

    static func week(ofDay day: Int) -> Int { (day + 3 >= 0 ? day + 3 : day - 3) / 7 }

    func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Whether one facilitator can lead both: no overlap in the same room, the travel buffer between rooms.
    func isCompatible(with other: Span, buffer: Int) -> Bool {
        if venue == other.venue { return !overlaps(other) }
        return end + buffer <= other.start || other.end + buffer <= start
    }
}
