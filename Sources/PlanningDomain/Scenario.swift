/// Everything needed to plan one group's sessions: the input of the planner.
public struct Scenario: Hashable, Sendable {
    public var organisation: Organisation
    public var group: Group
    public var facilitators: [Facilitator]
    public var venues: [Venue]
    /// The sessions to plan, in sequence order; the review is optional.
    public var sessionRules: [SessionRule]
    public var candidates: [CandidateSlot]
    public var participants: [Participant]
    public var closures: [Closure]
    public var rules: PlanningRules

    public init(
        organisation: Organisation,
        group: Group,
        facilitators: [Facilitator],
        venues: [Venue],
        sessionRules: [SessionRule],
        candidates: [CandidateSlot],
        participants: [Participant],
        closures: [Closure],
        rules: PlanningRules
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
    }

    /// The rule of a session kind, if that session is to be planned.
    public func rule(for kind: SessionKind) -> SessionRule? { sessionRules.first { $0.kind == kind } }

    /// The kinds to plan, in order.
    public var plannedKinds: [SessionKind] { sessionRules.map(\.kind) }

    public func candidates(of kind: SessionKind) -> [CandidateSlot] { candidates.filter { $0.kind == kind } }

    public func venue(_ id: Venue.ID) -> Venue? { venues.first { $0.id == id } }

    public func facilitator(_ id: Facilitator.ID) -> Facilitator? { facilitators.first { $0.id == id } }

    public func participant(_ id: Participant.ID) -> Participant? { participants.first { $0.id == id } }

    /// The closure that contains a date, if any.
    public func closure(on date: LocalDate) -> Closure? { closures.first { $0.contains(date) } }

    /// The initiator, whether named by the group or flagged on a participant.
    public var initiator: Participant.ID? {
        group.initiator ?? participants.first(where: \.isInitiator)?.id
    }
}
