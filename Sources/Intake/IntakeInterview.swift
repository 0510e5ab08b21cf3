public import PlanningDomain

/// A booked intake interview: who, when, how, and the version of the invitation last sent.
///
/// Its iCalendar UID is derived from its id and the centre's UID domain only (``uid(domain:)``), so a move
/// updates the same event in both calendars.
public struct IntakeInterview: Hashable, Sendable, Identifiable {
    /// The interview's id (`i-0007`): part of the UID and of file names, never a name.
    public typealias ID = Identifier<IntakeInterview>

    /// The id.
    public let id: ID
    /// The group the interview is about, when it already has an id (for staff's copy only).
    public var group: Group.ID?
    /// The staff member who holds it, with their name, e-mail and languages.
    public var staff: Facilitator
    /// The person who wants to open a group.
    public var initiator: Person
    /// The wall-clock start in the centre's time zone.
    public var start: LocalDateTime
    /// The wall-clock end.
    public var end: LocalDateTime
    /// At the centre, by phone or by video.
    public var mode: InterviewMode
    /// Where: the room and its address at the centre, the link of a video call; `nil` by phone.
    public var place: String?
    /// The `SEQUENCE` of the last version sent (0 for the first request; each move or cancellation adds 1).
    public var sequence: Int
    /// Whether the interview was cancelled.
    public var isCancelled: Bool

    /// An interview.
    public init(
        id: ID,
        group: Group.ID? = nil,
        staff: Facilitator,
        initiator: Person,
        start: LocalDateTime,
        end: LocalDateTime,
        mode: InterviewMode,
        place: String? = nil,
        sequence: Int = 0,
        isCancelled: Bool = false
    ) {
        self.id = id
        self.group = group
        self.staff = staff
        self.initiator = initiator
        self.start = start
        self.end = end
        self.mode = mode
        self.place = place
        self.sequence = sequence
        self.isCancelled = isCancelled
    }

    /// The interview booked in a free slot, in one of the slot's modes, at sequence 0.
    public init(
        id: ID,
        group: Group.ID? = nil,
        slot: IntakeSlot,
        staff: Facilitator,
        initiator: Person,
        mode: InterviewMode,
        place: String? = nil
    ) {
        self.init(
            id: id,
            group: group,
            staff: staff,
            initiator: initiator,
            start: slot.start,
            end: slot.end,
            mode: mode,
            place: place
        )
    }

    /// The event's UID (RFC 5545 §3.8.4.7): `intake.<id>@<domain>`.
    public func uid(domain: String) -> String { "intake.\(id.rawValue)@\(domain)" }

    /// The time this interview holds in its staff member's hours.
    public func booking(in timeZone: String) -> BookedInterview? {
        IntakeTimes.booking(id: id, start: start, end: end, timeZone: timeZone)
    }

    /// The person who asked for the interview: their name and address appear only in their own invitation.
    public struct Person: Hashable, Sendable {
        /// Their name, as they gave it.
        public var name: String
        /// Their e-mail address.
        public var email: String
        /// The language they read.
        public var language: Language

        /// A person.
        public init(name: String, email: String, language: Language) {
            self.name = name
            self.email = email
            self.language = language
        }
    }
}
