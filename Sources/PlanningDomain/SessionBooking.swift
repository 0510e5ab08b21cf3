/// A session of another group (or a workshop) that holds a facilitator and a room at a time: what planning
/// one group must work around.
///
/// Published and pinned sessions of the other groups of the workspace become bookings of the facilitators
/// and rooms they use; a candidate that would put a facilitator or a room in two places at once is ruled out,
/// and the explanation names the booking (by group id and session, never by theme).
public struct SessionBooking: Hashable, Sendable {
    /// The group whose session it is.
    public var group: Group.ID
    /// Which of its sessions.
    public var kind: SessionKind
    /// Who facilitates it.
    public var facilitator: Facilitator.ID
    /// Where it takes place.
    public var venue: Venue.ID
    /// The wall-clock start.
    public var start: LocalDateTime
    /// The wall-clock end.
    public var end: LocalDateTime
    /// Whether it was sent to participants (else only pinned by a plan).
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

    /// What of a candidate this booking takes, if anything: its facilitator (within `travelBufferMinutes` when
    /// the venues differ) or its room.
    public func conflict(with slot: CandidateSlot, travelBufferMinutes: Int) -> Conflict? {
        let slotStart = slot.start.wallMinutes
        let slotEnd = slot.end.wallMinutes
        if slot.venue == venue, slotStart < end.wallMinutes, start.wallMinutes < slotEnd { return .venue(venue) }
        guard slot.facilitator == facilitator else { return nil }
        let buffer = slot.venue == venue ? 0 : travelBufferMinutes
        if slotStart < end.wallMinutes + buffer, start.wallMinutes < slotEnd + buffer {
            return .facilitator(facilitator)
        }
        return nil
    }

    /// What a booking takes from a candidate.
    public enum Conflict: Hashable, Sendable {
        /// The facilitator is leading this booking then (or travelling from or to it).
        case facilitator(Facilitator.ID)
        /// The room is taken.
        case venue(Venue.ID)
    }
}
