public import PlanningDomain

/// Everything one message says about one meeting, as values: what, when, where, who leads, which session of
/// the sequence, and what changed.
///
/// The `.ics` `DESCRIPTION` and the e-mail body are both written from the same facts by ``InvitationText``, so
/// they never disagree. A fact that is unknown is `nil` and its line is left out: no message shows an empty
/// name.
public struct InvitationFacts: Hashable, Sendable {
    /// Why the message is sent.
    public var notice: InvitationNotice
    /// What the meeting is.
    public var meeting: Meeting
    /// When it takes place (for a cancellation: when it was to take place).
    public var time: Time
    /// Where; `nil` when no room is known (the hand-over without a room).
    public var place: Place?
    /// The name of the facilitator who leads it, `nil` when unknown (and for the group's own meetings).
    public var facilitator: String?
    /// Whether the message goes to the facilitator who leads it (their own copy, `ROLE=CHAIR`).
    public var isChair: Bool
    /// What the person held before, for each fact that changed; empty for a first invitation.
    public var previous: Previous
    /// For a cancellation sent because the session moved to a time the person cannot attend: the new time,
    /// so that they can still say they will come.
    public var rescheduled: Time?

    /// The facts of one message.
    public init(
        notice: InvitationNotice,
        meeting: Meeting,
        time: Time,
        place: Place?,
        facilitator: String?,
        isChair: Bool = false,
        previous: Previous = Previous(),
        rescheduled: Time? = nil
    ) {
        self.notice = notice
        self.meeting = meeting
        self.time = time
        self.place = place
        self.facilitator = facilitator
        self.isChair = isChair
        self.previous = previous
        self.rescheduled = rescheduled
    }

    /// What the meeting is.
    public enum Meeting: Hashable, Sendable {
        /// A session of the group's sequence; `position` of `count` (« séance 2 sur 4 ») when it is part of the
        /// group's sequence.
        case session(SessionKind, position: Int?, count: Int?)
        /// The group's own recurring meeting (the hand-over).
        case groupMeeting
    }

    /// When the meeting takes place, as wall-clock times in the organisation's zone.
    public enum Time: Hashable, Sendable {
        /// Once, from `start` to `end`.
        case once(start: LocalDateTime, end: LocalDateTime)
        /// Every `everyWeeks` weeks on the weekday of `first`; the first meeting from `first` to `end`; the
        /// last one on or before `until`; none on the `skipped` days (public holidays, closures), sorted.
        case weekly(everyWeeks: Int, first: LocalDateTime, end: LocalDateTime, until: LocalDate?, skipped: [LocalDate])

        /// The first (or only) start.
        public var start: LocalDateTime {
            switch self {
            case .once(let start, _): start
            case .weekly(_, let first, _, _, _): first
            }
        }

        /// The first (or only) end.
        public var end: LocalDateTime {
            switch self {
            case .once(_, let end): end
            case .weekly(_, _, let end, _, _): end
            }
        }
    }

    /// A room as people need to know it: its name and address, whether it is step-free, how to get in.
    public struct Place: Hashable, Sendable {
        /// The room's name.
        public var name: String
        /// Its postal address; empty when unknown.
        public var address: String
        /// Whether it can be reached without steps; `nil` when unknown.
        public var isStepFree: Bool?
        /// How to get in (entrance, floor), as staff wrote it; `nil` when nothing needs saying.
        public var access: String?

        /// A place.
        public init(name: String, address: String, isStepFree: Bool?, access: String?) {
            self.name = name
            self.address = address
            self.isStepFree = isStepFree
            self.access = access
        }

        /// The place of a venue of the centre.
        public init(_ venue: Venue) {
            self.init(
                name: venue.name,
                address: venue.address,
                isStepFree: venue.hasStepFreeAccess,
                access: venue.access.flatMap { $0.isEmpty ? nil : $0 }
            )
        }

        /// A venue the scenario no longer knows: only its id, nothing asserted about access.
        public static func unknown(_ id: Venue.ID) -> Place {
            Place(name: id.rawValue, address: "", isStepFree: nil, access: nil)
        }
    }

    /// What the person held before: each fact that changed, else `nil`.
    public struct Previous: Hashable, Sendable {
        /// The time they held.
        public var time: Time?
        /// The place they held.
        public var place: Place?
        /// The facilitator they held.
        public var facilitator: String?

        /// What changed; nothing by default.
        public init(time: Time? = nil, place: Place? = nil, facilitator: String? = nil) {
            self.time = time
            self.place = place
            self.facilitator = facilitator
        }

        /// Whether nothing changed.
        public var isEmpty: Bool { time == nil && place == nil && facilitator == nil }
    }
}
