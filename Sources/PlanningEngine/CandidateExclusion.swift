public import PlanningDomain

/// A candidate slot that breaks a hard rule on its own, whatever the other sessions.
public struct CandidateExclusion: Hashable, Sendable {
    /// The candidate ruled out.
    public var slot: CandidateSlot.ID
    /// The session the candidate was proposed for.
    public var kind: SessionKind
    /// The first hard rule it breaks.
    public var reason: Reason

    /// Creates an exclusion; the planner reports one per ruled-out candidate, in sequence order.
    public init(slot: CandidateSlot.ID, kind: SessionKind, reason: Reason) {
        self.slot = slot
        self.kind = kind
        self.reason = reason
    }

    /// The hard rule a candidate breaks; the first that applies, in this order.
    public enum Reason: Hashable, Sendable {
        /// The centre is closed that day.
        case closure(LocalDate, reason: String?)
        /// The facilitator is away that day.
        case facilitatorAway(Facilitator.ID)
        /// The facilitator may not lead this kind of session (the centre's qualifications).
        case facilitatorNotQualified(Facilitator.ID)
        /// The facilitator's calendar or weekly habits show them busy at that time.
        case facilitatorBusy(Facilitator.ID)
        /// The room is not open for the whole session (its opening hours).
        case venueClosed(Venue.ID)
        /// The venue's booking calendar shows it taken at that time.
        case venueBooked(Venue.ID)
        /// Another group's published or pinned session holds the facilitator or the room then (with the
        /// travel buffer between two venues).
        case bookedByAnotherGroup(SessionBooking, SessionBooking.Conflict)
        /// The venue is too small for those who can attend plus the facilitator.
        case capacity(venue: Venue.ID, needed: Int, capacity: Int)
        /// Participants who need step-free access can attend, but the venue has none.
        case stepFreeAccess(venue: Venue.ID, participants: [Participant.ID])
        /// The initiator cannot attend.
        case initiatorUnavailable(Participant.ID)
        /// Fewer than the quorum can attend.
        case quorum(canAttend: Int, quorum: Int)
    }
}
