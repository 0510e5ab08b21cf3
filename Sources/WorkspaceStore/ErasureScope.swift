public import PlanningDomain

/// Whom `forget` erases when an id may name a group's participant or a person of the workshops.
public enum ErasureScope: Hashable, Sendable {
    /// The participant of this group.
    case group(Group.ID)
    /// The person of the coordinator's workshops (``WorkshopPerson``).
    case workshops
}
