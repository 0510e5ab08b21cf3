public import PlanningDomain

/// What is known about a group being recruited: its registrations, the information dates staff proposed and the
/// answers to them, and whether its information session is fixed.
public struct RecruitmentFacts: Hashable, Sendable {
    /// The group: its quorum and maximum size.
    public var group: Group
    /// Every registration received, withdrawn ones included.
    public var registrations: [Registration]
    /// The information session's candidate dates staff proposed (`candidates.information`).
    public var informationCandidates: [CandidateSlot]
    /// Each registered person's answers to the candidates, by participant id (other candidates are ignored).
    public var answers: [Participant.ID: [CandidateSlot.ID: Availability]]
    /// When the information session was fixed (published, or pinned by a plan), its start; `nil` while not.
    public var informationSessionStart: Instant?
    /// The centre's IANA time zone: days of the timeline are its days.
    public var timeZone: String

    /// Facts about a group.
    public init(
        group: Group,
        registrations: [Registration],
        informationCandidates: [CandidateSlot] = [],
        answers: [Participant.ID: [CandidateSlot.ID: Availability]] = [:],
        informationSessionStart: Instant? = nil,
        timeZone: String
    ) {
        self.group = group
        self.registrations = registrations
        self.informationCandidates = informationCandidates
        self.answers = answers
        self.informationSessionStart = informationSessionStart
        self.timeZone = timeZone
    }
}

/// Where a group stands in its founding.
public enum RecruitmentState: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Fewer people than the quorum can come so far: promotion goes on.
    case recruiting
    /// The quorum can be reached: enough people registered and, once they answered, one proposed information
    /// date suits a quorum of them. Time to plan.
    case readyToPlan = "ready-to-plan"
    /// The information session is fixed and still ahead.
    case planned
    /// The information session has started: the group's first meetings are under way.
    case running

    /// `ready-to-plan`: as files, pages and options write it.
    public var description: String { rawValue }
}
