/// The hard rules of the coordinator's calendar: each has a name, one statement, a row in the README and a test
/// in `RegionalCheckTests`; explanations cite it (``RuleBreach``: the rule and a ``BreachDetail``, worded where
/// shown: "weekly limit (weekly-limit): sophie already leads 3 sessions in week 2027-W11, limit 2").
///
/// The first eleven are the single-group planner's rules, applied to each group's own scenario; the others
/// bind groups and workshops together. `RegionalCheck` verifies every one of them from these statements.
public enum RegionalRule: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    // MARK: - A group's own rules (the single-group planner's)

    /// A placed group has one session of each kind it plans, each one of its own candidates of that kind.
    case sessionSequence = "session-sequence"
    /// No session on a day the centre (or, for a group, its scenario) is closed.
    case closure
    /// No facilitator leads a session on a day they are away.
    case facilitatorAway = "facilitator-away"
    /// No group session on a candidate its facilitator's calendars mark busy.
    case facilitatorBusy = "facilitator-busy"
    /// No session in a room while it is booked.
    case venueBooked = "venue-booked"
    /// The room seats everyone expected plus the facilitators.
    case venueCapacity = "venue-capacity"
    /// A room without step-free access is not used when it is needed.
    case stepFree = "step-free"
    /// The initiator can attend the information session and both founding sessions.
    case initiator
    /// At least the quorum can attend each of the information session and both founding sessions.
    case quorum
    /// At least the quorum can attend all three, when the group's rules ask for it.
    case sequenceQuorum = "sequence-quorum"
    /// Each session lies within its rule's days after the previous one.
    case sessionGap = "session-gap"

    // MARK: - Shared resources

    /// Each session is led by facilitators qualified for it.
    case qualification
    /// No facilitator leads two sessions at overlapping times.
    case facilitatorOverlap = "facilitator-overlap"
    /// A facilitator has the centre's travel buffer between sessions in two different rooms.
    case travelBuffer = "travel-buffer"
    /// No room holds two sessions at overlapping times.
    case venueOverlap = "venue-overlap"
    /// No facilitator leads more sessions in an ISO week than their weekly limit.
    case weeklyLimit = "weekly-limit"
    /// No facilitator leads more sessions in a calendar month than their monthly limit.
    case monthlyLimit = "monthly-limit"
    /// A session lies within its room's opening hours.
    case openingHours = "opening-hours"

    // MARK: - Workshops and enrolment

    /// A run uses one of its workshop's candidates, inside one of the workshop's windows.
    case workshopCandidate = "workshop-candidate"
    /// A workshop holds at most its number of runs, each at a different candidate.
    case workshopRuns = "workshop-runs"
    /// A run has exactly the number of facilitators the workshop needs, all different.
    case workshopFacilitators = "workshop-facilitators"
    /// A run enrols at most the workshop's maximum.
    case workshopCapacity = "workshop-capacity"
    /// A run that is held enrols at least the workshop's minimum.
    case workshopMinimum = "workshop-minimum"
    /// Only interested people are enrolled, each in a run they can attend.
    case enrolmentInterest = "enrolment-interest"
    /// A person is enrolled in at most one run of each workshop.
    case enrolmentOnce = "enrolment-once"
    /// A person is not enrolled in two runs at overlapping times.
    case personOverlap = "person-overlap"

    /// The name explanations cite.
    public var name: String { rawValue }

    /// The name.
    public var description: String { rawValue }

    /// The rule's one statement, as the README's table gives it.
    public var statement: String {
        switch self {
        case .sessionSequence:
            "A placed group has exactly one session of each kind its scenario plans (information, founding 1, "
                + "founding 2, and the review when proposed), each one of the group's own candidates of that kind."
        case .closure:
            "No session, of a group or a workshop, falls on a day the centre is closed; a group's session "
                + "also not on a closure of its own scenario."
        case .facilitatorAway:
            "No facilitator leads a session on one of their away days (the centre's records, and for a group "
                + "its scenario's)."
        case .facilitatorBusy:
            "No group session is on a candidate its facilitator's calendars or habits mark busy (the scenario's "
                + "busy slots)."
        case .venueBooked:
            "No session overlaps a booking of its room, and no group session is on a candidate its room's "
                + "booking calendar marks taken (the scenario's booked slots)."
        case .venueCapacity:
            "A group session's room seats everyone who can attend plus the facilitator; a run's room seats "
                + "those enrolled plus its facilitators, and at least the workshop's minimum room capacity."
        case .stepFree:
            "A room without step-free access hosts no group session someone needing it can attend, no run "
                + "someone needing it is enrolled in, and no run of a workshop that needs it."
        case .initiator:
            "The group's initiator can attend (yes or if need be) the information session and both founding "
                + "sessions, unless the group's rules relax it."
        case .quorum:
            "At least the group's quorum can attend each of the information session and both founding sessions."
        case .sequenceQuorum:
            "When the group's rules ask for it (whole-sequence), at least the quorum can attend all three."
        case .sessionGap:
            "Each of founding 1, founding 2 and the review lies within its rule's days after the previous "
                + "session (7 to 28, 7 to 28, 90 to 183 by default)."
        case .qualification:
            "A group session's facilitator is qualified for its kind; a run's facilitators are qualified for "
                + "its workshop."
        case .facilitatorOverlap:
            "No facilitator leads two sessions (group sessions or runs) that overlap in time."
        case .travelBuffer:
            "Between two sessions of one facilitator in different rooms there are at least the centre's "
                + "travel-buffer minutes (30 by default)."
        case .venueOverlap:
            "No room holds two sessions (group sessions or runs) that overlap in time."
        case .weeklyLimit:
            "No facilitator leads more sessions (group sessions and runs) in one ISO week than their weekly limit."
        case .monthlyLimit:
            "No facilitator leads more sessions in one calendar month than their monthly limit."
        case .openingHours:
            "Every session lies entirely within one of its room's opening windows (a room without opening "
                + "hours is always open)."
        case .workshopCandidate:
            "A run is held at one of its workshop's candidates, which lies inside one of the workshop's windows."
        case .workshopRuns:
            "A workshop holds at most its number of runs, no two at the same candidate."
        case .workshopFacilitators:
            "A run is led by exactly as many facilitators as its workshop needs (1, or 2 for co-facilitation), "
                + "all different."
        case .workshopCapacity:
            "A run enrols at most the workshop's maximum participants."
        case .workshopMinimum:
            "A run that is held enrols at least the workshop's minimum participants; a run that cannot is not held."
        case .enrolmentInterest:
            "Only people interested in a workshop are enrolled in its runs, each in a run they can attend (yes "
                + "or if need be)."
        case .enrolmentOnce:
            "A person is enrolled in at most one run of each workshop."
        case .personOverlap:
            "A person is not enrolled in two runs that overlap in time."
        }
    }
}
