/// A date, time, venue and facilitator that staff propose for one session.
public struct CandidateSlot: Hashable, Sendable, Identifiable {
    /// The id participants answer against in the date poll (`info-0112`).
    public typealias ID = Identifier<CandidateSlot>

    /// The id from the scenario, unique among all candidates of the scenario.
    public let id: ID
    /// The session this slot is proposed for; a slot is only ever chosen for its own kind.
    public var kind: SessionKind
    /// The wall-clock start in the organisation's time zone.
    public var start: LocalDateTime
    /// Length in minutes, usually the session rule's duration (90 for information, 120 for founding).
    public var durationMinutes: Int
    /// The room booked; the planner never books a venue twice at overlapping times.
    public var venue: Venue.ID
    /// The staff member who would facilitate; never booked twice at overlapping times either.
    public var facilitator: Facilitator.ID

    /// Creates a candidate from its scenario entry; no rule is checked here.
    public init(
        id: ID,
        kind: SessionKind,
        start: LocalDateTime,
        durationMinutes: Int,
        venue: Venue.ID,
        facilitator: Facilitator.ID
    ) {
        self.id = id
        self.kind = kind
        self.start = start
        self.durationMinutes = durationMinutes
        self.venue = venue
        self.facilitator = facilitator
    }

    /// The calendar day of the start: what closures, days away and gaps between sessions are counted on.
    public var date: LocalDate { start.date }

    /// The wall-clock end.
    public var end: LocalDateTime { start.adding(minutes: durationMinutes) }

    /// Whether two slots share some minute on the wall clock.
    public func overlaps(_ other: CandidateSlot) -> Bool {
        start.wallMinutes < other.end.wallMinutes && other.start.wallMinutes < end.wallMinutes
    }
}
