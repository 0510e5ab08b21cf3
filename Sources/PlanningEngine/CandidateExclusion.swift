public import PlanningDomain

/// A candidate slot that breaks a hard rule on its own, whatever the other sessions.
public struct CandidateExclusion: Hashable, Sendable {
    public var slot: CandidateSlot.ID
    public var kind: SessionKind
    public var reason: Reason

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
