/// A time when a room is taken by someone else (another organisation, a course): no session may overlap it.
public struct VenueBooking: Hashable, Sendable {
    /// The room.
    public var venue: Venue.ID
    /// The first minute taken, wall clock.
    public var start: LocalDateTime
    /// The end (exclusive), wall clock.
    public var end: LocalDateTime
    /// What the room is booked for, quoted in explanations; never a person's name.
    public var reason: String?

    /// A booking from `start` to `end`.
    public init(venue: Venue.ID, start: LocalDateTime, end: LocalDateTime, reason: String? = nil) {
        self.venue = venue
        self.start = start
        self.end = end
        self.reason = reason
    }

    /// Whether the booking shares a minute with the span from `start` to `end`.
    public func overlaps(start: LocalDateTime, end: LocalDateTime) -> Bool {
        self.start < end && start < self.end
    }
}

/// A workshop run already published (invitations sent): pinned like a group's published session.
public struct PublishedRun: Hashable, Sendable {
    /// The workshop.
    public var workshop: Workshop.ID
    /// The candidate published.
    public var slot: WorkshopSlot.ID

    /// A published run.
    public init(workshop: Workshop.ID, slot: WorkshopSlot.ID) {
        self.workshop = workshop
        self.slot = slot
    }
}
