public import PlanningDomain

/// The size and character of a generated scenario.
public struct SampleShape: Hashable, Sendable {
    /// Candidates drawn for each of the information session and the two founding sessions.
    public var candidatesPerSession: Int
    /// Participants drawn; `p01` is the initiator.
    public var participants: Int
    /// Review candidates drawn; 0 leaves the review out of the plan.
    public var reviewCandidates: Int
    /// Facilitators, each away on up to 3 random days.
    public var facilitators: Int
    /// Venues; the first has step-free access, the others with probability 0.6.
    public var venues: Int
    /// Days over which each session's candidates spread.
    public var spanDays: Int
    /// Start times staff propose (minutes after midnight); values outside 0..<1440 are ignored.
    public var startTimes: [Int]
    /// Closures drawn, each 1 to 3 days long.
    public var closures: Int
    /// The group's quorum; the maximum size is 12, or the quorum when larger.
    public var quorum: Int
    /// The planning rules, copied into the scenario as they are.
    public var rules: PlanningRules
    /// Gaps of founding 1, founding 2 and the review after the previous session.
    public var gaps: [ClosedRange<Int>]
    /// Days between the first information candidate and the first candidate of each later session.
    public var offsets: [Int]
    /// Base probability of a yes; each participant varies around it.
    public var yesRate: Double
    /// Probability that an answer which is not a yes is an if-need-be.
    public var ifNeedBeRate: Double
    /// How many participants after the initiator (`p02`, `p03`, …) need step-free access.
    public var stepFreeParticipants: Int

    /// Creates a shape from its sizes and rates.
    ///
    /// Unless given, the review gets as many candidates as the other sessions, and the span grows with the
    /// candidates, from 14 to 60 days.
    public init(
        candidatesPerSession: Int,
        participants: Int,
        reviewCandidates: Int? = nil,
        facilitators: Int = 3,
        venues: Int = 3,
        spanDays: Int? = nil,
        startTimes: [Int] = [18 * 60, 18 * 60 + 30, 19 * 60],
        closures: Int = 2,
        quorum: Int = 6,
        rules: PlanningRules = PlanningRules(),
        gaps: [ClosedRange<Int>] = [7...28, 7...28, 90...183],
        offsets: [Int] = [14, 28, 160],
        yesRate: Double = 0.45,
        ifNeedBeRate: Double = 0.15,
        stepFreeParticipants: Int = 1
    ) {
        self.candidatesPerSession = candidatesPerSession
        self.participants = participants
        self.reviewCandidates = reviewCandidates ?? candidatesPerSession
        self.facilitators = facilitators
        self.venues = venues
        self.spanDays = spanDays ?? max(14, min(60, candidatesPerSession / 2))
        self.startTimes = startTimes
        self.closures = closures
        self.quorum = quorum
        self.rules = rules
        self.gaps = gaps
        self.offsets = offsets
        self.yesRate = yesRate
        self.ifNeedBeRate = ifNeedBeRate
        self.stepFreeParticipants = stepFreeParticipants
    }

    /// The smallest benchmark size of the planning issue: 10 candidates per session, 12 participants.
    public static let small = SampleShape(candidatesPerSession: 10, participants: 12)
    /// A benchmark size: 40 candidates per session, 30 participants, quorum 8.
    public static let medium = SampleShape(candidatesPerSession: 40, participants: 30, quorum: 8)
    /// A benchmark size: 150 candidates per session, 60 participants, 4 venues, quorum 10.
    public static let large = SampleShape(candidatesPerSession: 150, participants: 60, venues: 4, quorum: 10)
    /// A date window as staff give it: every day of two months at two start times in two rooms, so about
    /// 240 candidates per session, and 60 participants.
    public static let window = SampleShape(
        candidatesPerSession: 240,
        participants: 60,
        facilitators: 2,
        venues: 2,
        spanDays: 61,
        startTimes: [18 * 60, 18 * 60 + 30],
        quorum: 8
    )

    /// The largest benchmark size: 400 candidates per session, 120 participants, 4 facilitators, 5 venues.
    public static let extraLarge = SampleShape(
        candidatesPerSession: 400,
        participants: 120,
        facilitators: 4,
        venues: 5,
        quorum: 12
    )
}
