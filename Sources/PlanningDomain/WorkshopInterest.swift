/// One person's wish to take part in one workshop, with their answers for its candidates.
///
/// People are members of any group or come from outside. Their answers come from any source groups use (the
/// scenario, polls, grids, habits, calendars), merged by ``AnswerMerge`` before they reach the plan.
public struct WorkshopInterest: Hashable, Sendable {
    /// Who: the same id for the same person across the whole region (a workspace-wide id).
    public var person: Participant.ID
    /// Which workshop.
    public var workshop: Workshop.ID
    /// The group the person is a member of, if any: it decides their ``InterestPriority``.
    public var group: Group.ID?
    /// When the interest was registered: first come, first served within a priority; `nil` ranks last.
    public var registeredAt: Instant?
    /// Whether they need step-free access to the room.
    public var needsStepFreeAccess: Bool
    /// The answer for each of the workshop's candidates; a missing answer means no.
    public var answers: [WorkshopSlot.ID: Availability]

    /// An interest.
    public init(
        person: Participant.ID,
        workshop: Workshop.ID,
        group: Group.ID? = nil,
        registeredAt: Instant? = nil,
        needsStepFreeAccess: Bool = false,
        answers: [WorkshopSlot.ID: Availability]
    ) {
        self.person = person
        self.workshop = workshop
        self.group = group
        self.registeredAt = registeredAt
        self.needsStepFreeAccess = needsStepFreeAccess
        self.answers = answers
    }

    /// The answer for a candidate; a missing answer means no.
    public func availability(for slot: WorkshopSlot.ID) -> Availability { answers[slot] ?? .no }
}

/// Who gets a workshop place first when places are short, and in which order the waiting list is ranked.
///
/// Members of a group being founded in the plan, or founded during the plan's year, come first (2 points in
/// the `enrolment-priority` objective term), then members of other groups (1 point), then people from outside
/// (0 points). Within a priority, the earlier registration ranks first, then the person's id.
public enum InterestPriority: Int, Hashable, Sendable, CaseIterable, Comparable {
    /// A member of a group founding in the plan or founded in the plan's year.
    case newGroupMember = 0
    /// A member of another group.
    case groupMember = 1
    /// Someone from outside the centre's groups.
    case outsider = 2

    /// Points in the `enrolment-priority` objective term: 2, 1, 0.
    public var points: Int { 2 - rawValue }

    /// The higher priority first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
