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
    public var answers: SlotAnswers

    /// Creates a participant who is not the initiator and needs no step-free access unless told.
    public init(
        id: ID,
        name: String,
        email: String,
        language: Language,
        isInitiator: Bool = false,
        needsStepFreeAccess: Bool = false,
        answers: SlotAnswers
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.language = language
        self.isInitiator = isInitiator
        self.needsStepFreeAccess = needsStepFreeAccess
        self.answers = answers
    }

    /// Creates a participant whose answers are given as a dictionary.
    public init(
        id: ID,
        name: String,
        email: String,
        language: Language,
        isInitiator: Bool = false,
        needsStepFreeAccess: Bool = false,
        answers: [CandidateSlot.ID: Availability]
    ) {
        self.init(
            id: id,
            name: name,
            email: email,
            language: language,
            isInitiator: isInitiator,
            needsStepFreeAccess: needsStepFreeAccess,
            answers: SlotAnswers(answers)
        )
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
    /// Candidates the facilitator's calendars mark tentative (a pencilled meeting): avoided when another
    /// candidate is as good, and named in the explanation.
    public var tentativeSlots: Set<CandidateSlot.ID>
    /// A phone number staff may be reached at; shown to participants only where the centre chooses.
    public var phone: String?
    /// The languages the facilitator can lead a session in; empty means the organisation's language.
    public var languages: [Language]
    /// What the facilitator may lead (session kinds and workshops); everything by default.
    public var qualifications: Qualifications
    /// The most sessions (group sessions and workshops) in one ISO week; `nil` for no limit.
    public var weeklyLimit: Int?
    /// The most sessions in one calendar month; `nil` for no limit.
    public var monthlyLimit: Int?

    /// Creates a facilitator who is never away, is qualified for everything and has no limit unless told.
    public init(
        id: ID,
        name: String,
        email: String,
        awayDates: Set<LocalDate> = [],
        busySlots: Set<CandidateSlot.ID> = [],
        tentativeSlots: Set<CandidateSlot.ID> = [],
        phone: String? = nil,
        languages: [Language] = [],
        qualifications: Qualifications = .everything,
        weeklyLimit: Int? = nil,
        monthlyLimit: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.email = email
        self.awayDates = awayDates
        self.busySlots = busySlots
        self.tentativeSlots = tentativeSlots
        self.phone = phone
        self.languages = languages
        self.qualifications = qualifications
        self.weeklyLimit = weeklyLimit
        self.monthlyLimit = monthlyLimit
    }
}

/// What a facilitator may lead: the group sessions of some kinds, and some workshops.
public struct Qualifications: Hashable, Sendable {
    /// The group session kinds (information, founding 1 and 2, review) the facilitator may lead.
    public var sessionKinds: Set<SessionKind>
    /// The workshops (by id) the facilitator may lead; ``allWorkshops`` overrides the list.
    public var workshops: Set<String>
    /// Whether the facilitator may lead every workshop of the catalogue.
    public var allWorkshops: Bool

    /// Qualifications as listed.
    public init(sessionKinds: Set<SessionKind>, workshops: Set<String> = [], allWorkshops: Bool = false) {
        self.sessionKinds = sessionKinds
        self.workshops = workshops
        self.allWorkshops = allWorkshops
    }

    /// Every group session and every workshop: the default when a centre lists no qualifications.
    public static let everything = Qualifications(
        sessionKinds: Set(SessionKind.groupSequence),
        allWorkshops: true
    )

    /// Whether the facilitator may lead a group session of this kind.
    public func mayLead(_ kind: SessionKind) -> Bool { sessionKinds.contains(kind) }

    /// Whether the facilitator may lead this workshop.
    public func mayLead(workshop id: String) -> Bool { allWorkshops || workshops.contains(id) }
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
    /// When the room may be used; empty means at any time.
    public var openingHours: [WeeklyWindow]
    /// How to get in (entrance, floor, door code policy), for invitations; `nil` when nothing needs saying.
    public var access: String?

    /// Creates a venue; the reader has already checked that the capacity is at least 1.
    public init(
        id: ID,
        name: String,
        address: String,
        capacity: Int,
        hasStepFreeAccess: Bool,
        bookedSlots: Set<CandidateSlot.ID> = [],
        openingHours: [WeeklyWindow] = [],
        access: String? = nil
    ) {
        self.id = id
        self.name = name
        self.address = address
        self.capacity = capacity
        self.hasStepFreeAccess = hasStepFreeAccess
        self.bookedSlots = bookedSlots
        self.openingHours = openingHours
        self.access = access
    }

    /// Whether the room is open for the whole of a wall-clock span (always, when no hours are given).
    public func isOpen(from start: LocalDateTime, minutes: Int) -> Bool {
        openingHours.isEmpty || openingHours.contains { $0.contains(start: start, minutes: minutes) }
    }
}
