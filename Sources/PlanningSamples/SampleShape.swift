public import PlanningDomain

/// The size and character of a generated scenario.
public struct SampleShape: Hashable, Sendable {
    public var candidatesPerSession: Int
    public var participants: Int
    public var reviewCandidates: Int
    public var facilitators: Int
    public var venues: Int
    /// Days over which each session's candidates spread.
    public var spanDays: Int
    /// Start times staff propose (minutes after midnight).
    public var startTimes: [Int]
    public var closures: Int
    public var quorum: Int
    public var rules: PlanningRules
    /// Gaps of founding 1, founding 2 and the review after the previous session.
    public var gaps: [ClosedRange<Int>]
    /// Days between the first information candidate and the first candidate of each later session.
    public var offsets: [Int]
    /// Base probability of a yes; each participant varies around it.
    public var yesRate: Double
    public var ifNeedBeRate: Double
    public var stepFreeParticipants: Int

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

    /// The benchmark sizes of the planning issue.
    public static let small = SampleShape(candidatesPerSession: 10, participants: 12)
    public static let medium = SampleShape(candidatesPerSession: 40, participants: 30, quorum: 8)
    public static let large = SampleShape(candidatesPerSession: 150, participants: 60, venues: 4, quorum: 10)
    public static let extraLarge = SampleShape(
        candidatesPerSession: 400,
        participants: 120,
        facilitators: 4,
        venues: 5,
        quorum: 12
    )
}
