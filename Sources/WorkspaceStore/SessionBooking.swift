public import PlanningDomain

/// A session of a group that holds a facilitator and a room: what planning another group must treat as a
/// booking of them.
public struct SessionBooking: Hashable, Sendable {
    /// The group whose session it is.
    public var group: Group.ID
    /// The session.
    public var kind: SessionKind
    /// Who facilitates it (empty when a version 2 publication's candidate was gone at migration).
    public var facilitator: Facilitator.ID
    /// Where it takes place.
    public var venue: Venue.ID
    /// The wall-clock start, in the organisation's time zone.
    public var start: LocalDateTime
    /// The wall-clock end.
    public var end: LocalDateTime
    /// Whether it was published (invitations sent and not cancelled); `false` for a session only pinned.
    public var isPublished: Bool

    /// A booking.
    public init(
        group: Group.ID,
        kind: SessionKind,
        facilitator: Facilitator.ID,
        venue: Venue.ID,
        start: LocalDateTime,
        end: LocalDateTime,
        isPublished: Bool
    ) {
        self.group = group
        self.kind = kind
        self.facilitator = facilitator
        self.venue = venue
        self.start = start
        self.end = end
        self.isPublished = isPublished
    }
}
