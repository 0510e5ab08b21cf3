public import PlanningDomain

/// A participant of one group: participant ids are unique within a group only.
public struct ParticipantReference: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The group.
    public var group: Group.ID
    /// The participant, within ``group``.
    public var participant: Participant.ID

    /// A reference to `participant` of `group`.
    public init(group: Group.ID, participant: Participant.ID) {
        self.group = group
        self.participant = participant
    }

    /// By group, then by participant.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.group, lhs.participant) < (rhs.group, rhs.participant)
    }

    /// `group/participant`, ids only.
    public var description: String { "\(group)/\(participant)" }
}
