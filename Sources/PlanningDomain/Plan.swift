/// The chosen candidate slot for each session of a group, with who can come.
public struct Plan: Hashable, Sendable {
    /// One session per planned kind, in sequence order.
    public var sessions: [PlannedSession]

    /// Creates a plan from sessions already in sequence order.
    public init(sessions: [PlannedSession]) { self.sessions = sessions }

    /// The sessions a participant can attend (yes or if need be), in order: those of their invitation.
    public func sessions(attendableBy participant: Participant) -> [PlannedSession] {
        sessions.filter { participant.availability(for: $0.slot.id).canAttend }
    }

    /// The planned session of a kind, if that kind was planned.
    public func session(_ kind: SessionKind) -> PlannedSession? { sessions.first { $0.kind == kind } }
}

/// One planned session: the slot chosen and the participants' answers for it.
public struct PlannedSession: Hashable, Sendable {
    /// The candidate chosen: when, where and with which facilitator.
    public var slot: CandidateSlot
    /// Participants who answered yes, sorted by id.
    public var yes: [Participant.ID]
    /// Participants who can come only if need be, sorted by id.
    public var ifNeedBe: [Participant.ID]
    /// Participants who cannot come (answered no or did not answer), sorted by id.
    public var cannot: [Participant.ID]

    /// Creates a session from attendance lists that are already sorted by id and disjoint.
    public init(slot: CandidateSlot, yes: [Participant.ID], ifNeedBe: [Participant.ID], cannot: [Participant.ID]) {
        self.slot = slot
        self.yes = yes
        self.ifNeedBe = ifNeedBe
        self.cannot = cannot
    }

    /// Builds the session's attendance from the participants' answers.
    public init(slot: CandidateSlot, participants: [Participant]) {
        var yes: [Participant.ID] = []
        var ifNeedBe: [Participant.ID] = []
        var cannot: [Participant.ID] = []
        for participant in participants.sorted(by: { $0.id < $1.id }) {
            switch participant.availability(for: slot.id) {
            case .yes: yes.append(participant.id)
            case .ifNeedBe: ifNeedBe.append(participant.id)
            case .no: cannot.append(participant.id)
            }
        }
        self.init(slot: slot, yes: yes, ifNeedBe: ifNeedBe, cannot: cannot)
    }

    /// Which session this is (information, founding 1, …), from the chosen slot.
    public var kind: SessionKind { slot.kind }

    /// Everyone who can attend, yes or if need be, sorted by id.
    public var canAttend: [Participant.ID] { (yes + ifNeedBe).sorted() }
}
