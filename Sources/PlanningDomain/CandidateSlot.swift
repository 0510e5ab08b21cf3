/// A date, time, venue and facilitator that staff propose for one session.
public struct CandidateSlot: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<CandidateSlot>

    public let id: ID
    public var kind: SessionKind
    public var start: LocalDateTime
    public var durationMinutes: Int
    public var venue: Venue.ID
    public var facilitator: Facilitator.ID

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

    public var date: LocalDate { start.date }

    /// The wall-clock end.
    public var end: LocalDateTime { start.adding(minutes: durationMinutes) }

    /// Whether two slots share some minute on the wall clock.
    public func overlaps(_ other: CandidateSlot) -> Bool {
        start.wallMinutes < other.end.wallMinutes && other.start.wallMinutes < end.wallMinutes
    }
}
