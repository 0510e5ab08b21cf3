/// A person registered for the new group (inscription), with their answers for the candidate slots.
public struct Participant: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Participant>

    public let id: ID
    public var name: String
    public var email: String
    public var language: Language
    public var isInitiator: Bool
    public var needsStepFreeAccess: Bool
    /// The answer for each candidate slot; a slot without an answer counts as ``Availability/no``.
    public var answers: [CandidateSlot.ID: Availability]

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
    public typealias ID = Identifier<Facilitator>

    public let id: ID
    public var name: String
    public var email: String
    /// Days on which the facilitator cannot be booked.
    public var awayDates: Set<LocalDate>

    public init(id: ID, name: String, email: String, awayDates: Set<LocalDate> = []) {
        self.id = id
        self.name = name
        self.email = email
        self.awayDates = awayDates
    }
}

/// A room where sessions take place.
public struct Venue: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Venue>

    public let id: ID
    public var name: String
    public var address: String
    /// Seats, facilitator included.
    public var capacity: Int
    public var hasStepFreeAccess: Bool

    public init(id: ID, name: String, address: String, capacity: Int, hasStepFreeAccess: Bool) {
        self.id = id
        self.name = name
        self.address = address
        self.capacity = capacity
        self.hasStepFreeAccess = hasStepFreeAccess
    }
}
