/// The named terms of the calendar's objective, in their fixed lexicographic order: a later term only breaks
/// ties of the earlier ones.
///
/// Terms 3 to 9 are the single-group planner's own objective (`PlanScore` in `PlanningEngine`), summed over
/// the placed groups; so a group's plan that is best for the group is best for the calendar, all else equal.
public enum ObjectiveTerm: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Published sessions and runs kept at their published candidate (maximised).
    case publishedKept = "published-kept"
    /// Groups placed (maximised).
    case groupsPlaced = "groups-placed"
    /// Σ over placed groups of the participants who can attend all three first sessions (maximised).
    case continuity
    /// Σ over placed groups of attendance halves over the three first sessions (maximised).
    case attendance
    /// Placed groups whose founding sessions 1 and 2 share weekday and start time (maximised).
    case rhythm
    /// Σ over placed groups of the information session's start, in minutes after the year's first minute
    /// (minimised).
    case informationStart = "information-start"
    /// Σ over placed groups with a review of the continuity members who can attend it (maximised).
    case reviewContinuity = "review-continuity"
    /// Σ over placed groups with a review of the continuity members' attendance halves there (maximised).
    case reviewAttendance = "review-attendance"
    /// Σ over placed groups with a review of its start, in minutes after the year's first minute (minimised).
    case reviewStart = "review-start"
    /// Enrolments: people placed in a run of a workshop they wanted (maximised).
    case enrolled
    /// Σ over enrolments of the person's priority points, 2, 1 or 0 (maximised).
    case enrolmentPriority = "enrolment-priority"
    /// Σ over workshops of the distinct calendar months of their runs (maximised).
    case workshopSpread = "workshop-spread"
    /// The most sessions any facilitator leads in one ISO week (minimised).
    case peakLoad = "peak-load"
    /// How many (facilitator, week) pairs reach the peak load (minimised).
    case peakWeeks = "peak-weeks"
    /// Σ over facilitators and days of the rooms they work in that day beyond the first (minimised).
    case travel

    /// The name explanations and reports use.
    public var name: String { rawValue }

    /// The name.
    public var description: String { rawValue }

    /// Whether a greater value is better (otherwise a smaller one is).
    public var isMaximised: Bool {
        switch self {
        case .informationStart, .reviewStart, .peakLoad, .peakWeeks, .travel: false
        default: true
        }
    }

    /// The term's one definition, as the documentation's table gives it; the catalogues word it in each language
    /// (`regional.term.<name>.definition`, the English text word for word this one: a test holds them equal).
    public var definition: String {
        switch self {
        case .publishedKept:
            "Published group sessions whose chosen candidate is the published one, plus published runs held at "
                + "their published candidate. An unplaced group keeps none."
        case .groupsPlaced:
            "Groups with a plan (every kind of their scenario placed)."
        case .continuity:
            "Over placed groups: the participants who can attend (yes or if need be) the information session and "
                + "both founding sessions."
        case .attendance:
            "Over placed groups and their three first sessions: 2 for each yes and 1 for each if-need-be."
        case .rhythm:
            "Placed groups whose founding 1 and founding 2 fall on the same weekday at the same start time."
        case .informationStart:
            "Over placed groups: minutes from 1 January of the plan's year, 00:00, to the information session's "
                + "start (negative before it)."
        case .reviewContinuity:
            "Over placed groups with a review: the members of the continuity set who can attend the review."
        case .reviewAttendance:
            "Over placed groups with a review: continuity members' answers for the review, 2 for yes, 1 for "
                + "if need be."
        case .reviewStart:
            "Over placed groups with a review: minutes from 1 January of the plan's year to the review's start."
        case .enrolled:
            "Enrolments: (person, workshop) pairs with the person enrolled in a run of that workshop."
        case .enrolmentPriority:
            "Over enrolments: 2 points for a member of a group founding in the plan or founded in its year, "
                + "1 for a member of another group, 0 for someone from outside."
        case .workshopSpread:
            "Over workshops: the distinct calendar months in which one of its runs is held."
        case .peakLoad:
            "The largest number of sessions (group sessions and runs) one facilitator leads in one ISO week; "
                + "0 when nothing is planned."
        case .peakWeeks:
            "The (facilitator, ISO week) pairs whose load equals the peak load."
        case .travel:
            "Over facilitators and days: the number of distinct rooms they lead sessions in that day, minus one."
        }
    }
}
