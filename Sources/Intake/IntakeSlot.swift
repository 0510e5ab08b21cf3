public import PlanningDomain

/// A free intake interview slot: a staff member, a wall-clock start and end in the centre's time zone, the
/// instants they denote, and the ways the interview may be held.
public struct IntakeSlot: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Who holds the interview.
    public var staff: Facilitator.ID
    /// The wall-clock start.
    public var start: LocalDateTime
    /// The wall-clock end: always ``start`` plus the length (a slot never spans a daylight-saving change).
    public var end: LocalDateTime
    /// The instant of ``start``.
    public var startInstant: Instant
    /// The instant of ``end``.
    public var endInstant: Instant
    /// At the centre, by phone, by video: what the initiator may choose from.
    public var modes: [InterviewMode]

    /// A slot.
    public init(
        staff: Facilitator.ID,
        start: LocalDateTime,
        end: LocalDateTime,
        startInstant: Instant,
        endInstant: Instant,
        modes: [InterviewMode]
    ) {
        self.staff = staff
        self.start = start
        self.end = end
        self.startInstant = startInstant
        self.endInstant = endInstant
        self.modes = modes
    }

    /// The length in minutes.
    public var lengthMinutes: Int { Int(endInstant.secondsSince1970 - startInstant.secondsSince1970) / 60 }

    /// `2027-01-12T09:30`: the slot's key among one staff member's slots (what a booking names).
    public var key: String { start.description }

    /// `2027-01-12T09:30–10:30 anne`.
    public var description: String { "\(start)–\(end.time) \(staff)" }

    /// By start, then staff.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.startInstant, lhs.staff) < (rhs.startInstant, rhs.staff)
    }
}

/// What a search for intake slots covers.
public struct IntakeSlotRequest: Hashable, Sendable {
    /// The first day searched.
    public var from: LocalDate
    /// The last day searched, included.
    public var to: LocalDate
    /// The interview's length in minutes (60 by default).
    public var lengthMinutes: Int
    /// Minutes between two consecutive starts offered inside a window (30 by default): starts are the window's
    /// start, then every `stepMinutes` after it.
    public var stepMinutes: Int
    /// The ways the interviews may be held.
    public var modes: [InterviewMode]
    /// No slot starts before this instant (now, plus any notice staff need); `nil` for no limit.
    public var notBefore: Instant?

    /// The default interview length: 60 minutes.
    public static let defaultLengthMinutes = 60
    /// The default step between offered starts: 30 minutes.
    public static let defaultStepMinutes = 30
    /// The longest search, in days: a year and a day.
    public static let longestRangeDays = 366

    /// A request; lengths and steps below one minute are read as one minute.
    public init(
        from: LocalDate,
        to: LocalDate,
        lengthMinutes: Int = IntakeSlotRequest.defaultLengthMinutes,
        stepMinutes: Int = IntakeSlotRequest.defaultStepMinutes,
        modes: [InterviewMode] = InterviewMode.allCases,
        notBefore: Instant? = nil
    ) {
        self.from = from
        self.to = to
        self.lengthMinutes = max(1, lengthMinutes)
        self.stepMinutes = max(1, stepMinutes)
        self.modes = modes
        self.notBefore = notBefore
    }
}
