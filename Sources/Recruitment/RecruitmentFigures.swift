public import PlanningDomain

/// A group's recruitment at one instant: the counts a recruitment page, `status GROUP` and the chart show.
///
/// Made by ``RecruitmentFigures/init(_:at:)`` from ``RecruitmentFacts``; a pure function of them and the
/// instant. People are named by participant id only.
public struct RecruitmentFigures: Hashable, Sendable {
    /// Where the group stands.
    public var state: RecruitmentState
    /// The quorum.
    public var quorum: Int
    /// The maximum size.
    public var maximumSize: Int
    /// Registrations that count now (received, not withdrawn).
    public var registered: Int
    /// The people who hold a place: the first ``maximumSize`` registrations that count, in the order received.
    public var members: [Participant.ID]
    /// Everyone beyond the maximum size, in the order received: told so, and offered the next group on the theme.
    public var waitingList: [Participant.ID]
    /// People still missing for the quorum (0 once reached).
    public var missingForQuorum: Int
    /// The count of registrations at the end of each day on which it changed, up to the instant asked.
    public var timeline: [TimelinePoint]
    /// How the registrations that count heard of the group: every source, in the order of
    /// `RegistrationSource`, zeros included.
    public var sources: [SourceCount]
    /// Each proposed information date with how many members can come.
    public var informationDates: [InformationDateFigure]
    /// Whether a quorum can be reached (see ``RecruitmentState/readyToPlan``).
    public var isQuorumReachable: Bool

    /// Figures as given: for tests and for figures read back from storage.
    public init(
        state: RecruitmentState,
        quorum: Int,
        maximumSize: Int,
        registered: Int,
        members: [Participant.ID],
        waitingList: [Participant.ID],
        missingForQuorum: Int,
        timeline: [TimelinePoint],
        sources: [SourceCount],
        informationDates: [InformationDateFigure],
        isQuorumReachable: Bool
    ) {
        self.state = state
        self.quorum = quorum
        self.maximumSize = maximumSize
        self.registered = registered
        self.members = members
        self.waitingList = waitingList
        self.missingForQuorum = missingForQuorum
        self.timeline = timeline
        self.sources = sources
        self.informationDates = informationDates
        self.isQuorumReachable = isQuorumReachable
    }

    /// The count of registrations at the end of a day.
    public struct TimelinePoint: Hashable, Sendable {
        /// The day, in the centre's time zone.
        public var date: LocalDate
        /// Registrations that count at the end of it.
        public var count: Int

        /// A point.
        public init(date: LocalDate, count: Int) {
            self.date = date
            self.count = count
        }
    }

    /// How many registrations came from one source.
    public struct SourceCount: Hashable, Sendable {
        /// The source.
        public var source: RegistrationSource
        /// Registrations that count from it.
        public var count: Int

        /// A count.
        public init(source: RegistrationSource, count: Int) {
            self.source = source
            self.count = count
        }
    }

    /// One proposed information date and the members' answers to it.
    public struct InformationDateFigure: Hashable, Sendable {
        /// The candidate.
        public var slot: CandidateSlot.ID
        /// Its wall-clock start.
        public var start: LocalDateTime
        /// Members who answered yes.
        public var yes: Int
        /// Members who answered if need be.
        public var ifNeedBe: Int
        /// Members who answered no.
        public var no: Int
        /// Members who have not answered.
        public var unanswered: Int

        /// Members who could come: yes and if need be.
        public var canCome: Int { yes + ifNeedBe }

        /// A figure.
        public init(slot: CandidateSlot.ID, start: LocalDateTime, yes: Int, ifNeedBe: Int, no: Int, unanswered: Int) {
            self.slot = slot
            self.start = start
            self.yes = yes
            self.ifNeedBe = ifNeedBe
            self.no = no
            self.unanswered = unanswered
        }
    }
}
