/// Everything needed to plan one group's sessions: the input of the planner.
public struct Scenario: Hashable, Sendable {
    /// The centre: its name, time zone, language, organiser and UID domain.
    public var organisation: Organisation
    /// The group to found, with its quorum and initiator.
    public var group: Group
    /// The staff named by the candidates, with their days away.
    public var facilitators: [Facilitator]
    /// The rooms named by the candidates, with their capacity and access.
    public var venues: [Venue]
    /// The sessions to plan, in sequence order; the review is optional.
    public var sessionRules: [SessionRule]
    /// Every slot staff propose, for all sessions.
    public var candidates: [CandidateSlot]
    /// The people registered, with their answers to the date poll.
    public var participants: [Participant]
    /// Public holidays and the centre's closures: no candidate on these days is used.
    public var closures: [Closure]
    /// The rules this scenario relaxes or tightens.
    public var rules: PlanningRules
    /// Sessions of other groups that hold facilitators and rooms.
    ///
    /// Candidates that collide with one are ruled out. Empty for a scenario planned on its own.
    public var bookings: [SessionBooking]
    /// Minutes a facilitator needs between two sessions in different venues (the centre's travel buffer).
    public var travelBufferMinutes: Int

    /// Creates a scenario; references between its parts are not checked here (the scenario reader does).
    public init(
        organisation: Organisation,
        group: Group,
        facilitators: [Facilitator],
        venues: [Venue],
        sessionRules: [SessionRule],
        candidates: [CandidateSlot],
        participants: [Participant],
        closures: [Closure],
        rules: PlanningRules,
        bookings: [SessionBooking] = [],
        travelBufferMinutes: Int = Centre.defaultTravelBufferMinutes
    ) {
        self.organisation = organisation
        self.group = group
        self.facilitators = facilitators
        self.venues = venues
        self.sessionRules = sessionRules
        self.candidates = candidates
        self.participants = participants
        self.closures = closures
        self.rules = rules
        self.bookings = bookings
        self.travelBufferMinutes = travelBufferMinutes
    }

    /// The rule of a session kind, if that session is to be planned.
    public func rule(for kind: SessionKind) -> SessionRule? { sessionRules.first { $0.kind == kind } }

    /// The kinds to plan, in order.
    public var plannedKinds: [SessionKind] { sessionRules.map(\.kind) }

    /// The candidates proposed for one session, in the order of ``candidates``.
    public func candidates(of kind: SessionKind) -> [CandidateSlot] { candidates.filter { $0.kind == kind } }

    /// The venue with this id, or `nil` when the scenario has none.
    public func venue(_ id: Venue.ID) -> Venue? { venues.first { $0.id == id } }

    /// The facilitator with this id, or `nil` when the scenario has none.
    public func facilitator(_ id: Facilitator.ID) -> Facilitator? { facilitators.first { $0.id == id } }

    /// The participant with this id, or `nil` when the scenario has none.
    public func participant(_ id: Participant.ID) -> Participant? { participants.first { $0.id == id } }

    /// The closure that contains a date, if any.
    public func closure(on date: LocalDate) -> Closure? { closures.first { $0.contains(date) } }

    /// The initiator, whether named by the group or flagged on a participant.
    public var initiator: Participant.ID? {
        group.initiator ?? participants.first(where: \.isInitiator)?.id
    }
}
