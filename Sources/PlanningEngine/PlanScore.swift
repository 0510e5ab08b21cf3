public import PlanningDomain

/// The objective of a plan, compared lexicographically: a greater score is a better plan.
///
/// In order: (1) ``continuity``, the participants who can attend all three first sessions; (2)
/// ``attendanceHalves``, yes = 2 and if-need-be = 1 summed over those sessions; (3) founding 1 and 2 on the
/// same weekday and start time; (4) the fewest of those three sessions at a time their facilitator has
/// pencilled in (a tentative event); (5) the earliest information session; then, for the review, (6) how
/// many of the continuity set can attend it, (7) their attendance in halves, (8) a review at a time its
/// facilitator has not pencilled in, (9) the earliest review. Plans equal on all of these are ordered by
/// their candidate ids so that the optimum is unique and runs are reproducible.
///
/// The two tentative terms come after every criterion about the group's people and rhythm, so a pencilled
/// meeting never costs anyone their place; they come before the earliest date, because a session moved
/// after the invitations went out costs every participant more than a later first date does.
public struct PlanScore: Hashable, Sendable, Comparable {
    /// (1) How many participants can attend all three first sessions (the continuity set).
    public var continuity: Int
    /// (2) Everyone's attendance over the three first sessions, in halves: yes = 2, if-need-be = 1, no = 0.
    public var attendanceHalves: Int
    /// (3) Whether founding 1 and 2 fall on the same weekday at the same start time.
    public var hasRegularRhythm: Bool
    /// (4) How many of the three first sessions fall on their facilitator's tentative time; fewer is better.
    public var tentativeSessions: Int
    /// (5) The information session's start; earlier is better.
    public var informationStart: LocalDateTime
    /// (6) Members of the continuity set who can attend the review (0 when no review is planned).
    public var reviewContinuity: Int
    /// (7) Attendance of the continuity set at the review, in halves.
    public var reviewHalves: Int
    /// (8) Whether the review falls on its facilitator's tentative time; better not.
    public var isReviewTentative: Bool
    /// (9) The review's start, `nil` when no review is planned; earlier is better.
    public var reviewStart: LocalDateTime?
    /// Candidate ids in sequence order: the last tie-break.
    public var slotIDs: [CandidateSlot.ID]

    /// Creates a score from its components, which are not checked against each other.
    public init(
        continuity: Int,
        attendanceHalves: Int,
        hasRegularRhythm: Bool,
        tentativeSessions: Int,
        informationStart: LocalDateTime,
        reviewContinuity: Int,
        reviewHalves: Int,
        isReviewTentative: Bool,
        reviewStart: LocalDateTime?,
        slotIDs: [CandidateSlot.ID]
    ) {
        self.continuity = continuity
        self.attendanceHalves = attendanceHalves
        self.hasRegularRhythm = hasRegularRhythm
        self.tentativeSessions = tentativeSessions
        self.informationStart = informationStart
        self.reviewContinuity = reviewContinuity
        self.reviewHalves = reviewHalves
        self.isReviewTentative = isReviewTentative
        self.reviewStart = reviewStart
        self.slotIDs = slotIDs
    }

    /// Creates a score of a plan with no session on tentative time.
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
        self.init(
            continuity: continuity,
            attendanceHalves: attendanceHalves,
            hasRegularRhythm: hasRegularRhythm,
            tentativeSessions: 0,
            informationStart: informationStart,
            reviewContinuity: reviewContinuity,
            reviewHalves: reviewHalves,
            isReviewTentative: false,
            reviewStart: reviewStart,
            slotIDs: slotIDs
        )
    }

    /// Attendance over the three first sessions, a yes counting 1 and an if-need-be ½.
    public var attendance: Double { Double(attendanceHalves) / 2 }

    /// The components in objective order (1)…(9), each oriented so that greater is better.
    public var objectiveVector: [Int] {
        [
            continuity, attendanceHalves, hasRegularRhythm ? 1 : 0, -tentativeSessions, -informationStart.wallMinutes,
            reviewContinuity, reviewHalves, isReviewTentative ? -1 : 0, -(reviewStart?.wallMinutes ?? 0),
        ]
    }

    /// `lhs < rhs` when `lhs` is the worse plan.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let (left, right) = (lhs.objectiveVector, rhs.objectiveVector)
        if left != right { return left.lexicographicallyPrecedes(right) }
        // Equal objective: the plan with the smaller ids is the better one.
        return rhs.slotIDs.lexicographicallyPrecedes(lhs.slotIDs)
    }
}
