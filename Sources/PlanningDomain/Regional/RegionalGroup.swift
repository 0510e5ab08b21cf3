/// One group in the coordinator's calendar: its own scenario (candidates, participants, rules) and its state.
///
/// The group's plan in the regional calendar is always one the single-group planner could return for
/// ``scenario`` with fewer candidates, and it is scored with the group's own objective.
public struct RegionalGroup: Hashable, Sendable, Identifiable {
    /// Everything the single-group planner needs: the group, its candidates, its participants and answers.
    public var scenario: Scenario
    /// Where the group stands.
    public var stage: GroupStage
    /// The day of founding session 2 once it was held; `nil` while the group is founding.
    public var foundedOn: LocalDate?
    /// The candidate already published for each session (invitations sent): pinned.
    ///
    /// Re-planning keeps them unless a rule forbids it, and lists every move with its reason. Kinds not listed
    /// are drafts.
    public var published: [SessionKind: CandidateSlot.ID]

    /// A group's entry in the regional problem.
    ///
    /// A group whose review is due (``GroupStage/reviewDue``) lists its held information and founding sessions as
    /// the only candidates of those kinds, published, so that the review's gap is measured from the real
    /// founding session 2.
    public init(
        scenario: Scenario,
        stage: GroupStage = .founding,
        foundedOn: LocalDate? = nil,
        published: [SessionKind: CandidateSlot.ID] = [:]
    ) {
        self.scenario = scenario
        self.stage = stage
        self.foundedOn = foundedOn
        self.published = published
    }

    /// The group's id.
    public var id: Group.ID { scenario.group.id }
}

/// Where a group stands in the founding process.
public enum GroupStage: String, Hashable, Sendable, CaseIterable {
    /// The information session and the founding sessions are to be planned (and the review, when proposed).
    case founding
    /// The group was founded; its review is to be planned.
    case reviewDue = "review-due"
}
