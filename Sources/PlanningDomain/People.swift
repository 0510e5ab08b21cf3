/// A person registered for the new group (inscription), with their answers for the candidate slots.
public struct Participant: Hashable, Sendable, Identifiable {
    /// The id (`p01`) that explanations, `plan.json` and error messages show instead of the name.
    public typealias ID = Identifier<Participant>

    /// The id from the scenario, unique among participants.
    public let id: ID
    /// The full name; written only in this participant's own invitation, never in shared output.
    public var name: String
    /// Where the invitation goes; written only as the `ATTENDEE` of their own invitation.
    public var email: String
    /// The language of their invitation; the organisation's language when there is no catalogue for it.
    public var language: Language
    /// Whether this is the person who wants to open the group (see ``Scenario/initiator``).
    public var isInitiator: Bool
    /// Whether they need step-free access to the room.
    ///
    /// A candidate at a venue without step-free access is ruled out whenever they can attend it.
    public var needsStepFreeAccess: Bool
    /// The answer for each candidate slot; a slot without an answer counts as ``Availability/no``.
    public var answers: [CandidateSlot.ID: Availability]

    /// Creates a participant who is not the initiator and needs no step-free access unless told.
    public init(
        id: ID,
        name: String,
        email: String,
        language: Language,
        isInitiator: Bool = false,
        needsStepFreeAccess: Bool = false,
        answers: [CandidateSlot.ID: Availability]
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.language = language
        self.isInitiator = isInitiator
        self.needsStepFreeAccess = needsStepFreeAccess
        self.answers = answers
    }

    /// The participant's answer for a slot; a missing answer means no.
    public func availability(for slot: CandidateSlot.ID) -> Availability { answers[slot] ?? .no }
}

/// A staff member who facilitates sessions.
public struct Facilitator: Hashable, Sendable, Identifiable {
    /// The id (`anne`) candidates use to name who facilitates.
    public typealias ID = Identifier<Facilitator>

    /// The id from the scenario, unique among facilitators.
    public let id: ID
    /// The name invitations and explanations show; the published calendar never names staff.
    public var name: String
    /// The staff member's work address; not written into any calendar at present.
    public var email: String
    /// Days on which the facilitator cannot be booked.
    public var awayDates: Set<LocalDate>
    /// Candidates the facilitator's own calendars or weekly habits rule out (busy at that time).
    public var busySlots: Set<CandidateSlot.ID>

    /// Creates a facilitator who is never away unless told.
    public init(
        id: ID,
        name: String,
        email: String,
        awayDates: Set<LocalDate> = [],
        busySlots: Set<CandidateSlot.ID> = []
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.awayDates = awayDates
        self.busySlots = busySlots
    }
}

/// A room where sessions take place.
public struct Venue: Hashable, Sendable, Identifiable {
    /// The id (`grand-pont`) candidates use to name the room.
    public typealias ID = Identifier<Venue>

    /// The id from the scenario, unique among venues.
    public let id: ID
    /// The room's name (`Salle du Grand-Pont`), written in `LOCATION` with the address.
    public var name: String
    /// The postal address, one line (`Rue du Grand-Pont 2, 1003 Lausanne`).
    public var address: String
    /// Seats, facilitator included.
    public var capacity: Int
    /// Whether the room can be reached without steps.
    public var hasStepFreeAccess: Bool
    /// Candidates at times the room's booking calendar shows it taken.
    public var bookedSlots: Set<CandidateSlot.ID>

    /// Creates a venue; the reader has already checked that the capacity is at least 1.
    public init(
        id: ID,
        name: String,
        address: String,
        capacity: Int,
        hasStepFreeAccess: Bool,
        bookedSlots: Set<CandidateSlot.ID> = []
    ) {
        self.id = id
        self.name = name
        self.address = address
        self.capacity = capacity
        self.hasStepFreeAccess = hasStepFreeAccess
        self.bookedSlots = bookedSlots
    }
}
