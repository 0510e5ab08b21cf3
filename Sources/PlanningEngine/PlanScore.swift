public import PlanningDomain

/// The objective of a plan, compared lexicographically: a greater score is a better plan.
///
/// In order: (1) ``continuity``, the participants who can attend all three first sessions; (2)
/// ``attendanceHalves``, yes = 2 and if-need-be = 1 summed over those sessions; (3) founding 1 and 2 on the
/// same weekday and start time; (4) the earliest information session; then, for the review, (5) how many of
/// the continuity set can attend it, (6) their attendance in halves, (7) the earliest review. Plans equal on
/// all of these are ordered by their candidate ids so that the optimum is unique and runs are reproducible.
public struct PlanScore: Hashable, Sendable, Comparable {
    /// (1) How many participants can attend all three first sessions (the continuity set).
    public var continuity: Int
    /// (2) Everyone's attendance over the three first sessions, in halves: yes = 2, if-need-be = 1, no = 0.
    public var attendanceHalves: Int
    /// (3) Whether founding 1 and 2 fall on the same weekday at the same start time.
    public var hasRegularRhythm: Bool
    /// (4) The information session's start; earlier is better.
    public var informationStart: LocalDateTime
    /// (5) Members of the continuity set who can attend the review (0 when no review is planned).
    public var reviewContinuity: Int
    /// (6) Attendance of the continuity set at the review, in halves.
    public var reviewHalves: Int
    /// (7) The review's start, `nil` when no review is planned; earlier is better.
    public var reviewStart: LocalDateTime?
    /// Candidate ids in sequence order: the last tie-break.
    public var slotIDs: [CandidateSlot.ID]

    /// Creates a score from its components, which are not checked against each other.
    public init(
        continuity: Int,
        attendanceHalves: Int,
        hasRegularRhythm: Bool,
        informationStart: LocalDateTime,
        reviewContinuity: Int,
        reviewHalves: Int,
        reviewStart: LocalDateTime?,
        slotIDs: [CandidateSlot.ID]
    ) {
        self.continuity = continuity
        self.attendanceHalves = attendanceHalves
        self.hasRegularRhythm = hasRegularRhythm
        self.informationStart = informationStart
        self.reviewContinuity = reviewContinuity
        self.reviewHalves = reviewHalves
        self.reviewStart = reviewStart
        self.slotIDs = slotIDs
    }

    /// Attendance over the three first sessions, a yes counting 1 and an if-need-be ½.
    public var attendance: Double { Double(attendanceHalves) / 2 }

    /// The components in objective order, each oriented so that greater is better.
    public var objectiveVector: [Int] {
        [
            continuity, attendanceHalves, hasRegularRhythm ? 1 : 0, -informationStart.wallMinutes,
            reviewContinuity, reviewHalves, -(reviewStart?.wallMinutes ?? 0),
        ]
    }

    /// `lhs < rhs` when `lhs` is the worse plan.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.objectiveVector != rhs.objectiveVector {
            return lhs.objectiveVector.lexicographicallyPrecedes(rhs.objectiveVector)
        }
        // Equal objective: the plan with the smaller ids is the better one.
        return rhs.slotIDs.lexicographicallyPrecedes(lhs.slotIDs)
    }
}
