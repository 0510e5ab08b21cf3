/// The self-help group being founded.
public struct Group: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Group>

    public let id: ID
    public var title: String
    public var theme: String
    public var type: GroupType
    public var region: String
    /// How many people must be able to attend before the group can be founded (6 by default).
    public var quorum: Int
    /// The largest group the centre recommends (12 by default).
    public var maximumSize: Int
    /// The person who wants to open the group; one of the participants.
    public var initiator: Participant.ID?

    public init(
        id: ID,
        title: String,
        theme: String,
        type: GroupType,
        region: String,
        quorum: Int = 6,
        maximumSize: Int = 12,
        initiator: Participant.ID?
    ) {
        self.id = id
        self.title = title
        self.theme = theme
        self.type = type
        self.region = region
        self.quorum = quorum
        self.maximumSize = maximumSize
        self.initiator = initiator
    }
}

/// How a group works, as agreed in the intake interview.
public enum GroupType: String, Hashable, Sendable, CaseIterable {
    case talkingGroup = "talking-group"
    case informationExchange = "information-exchange"
    case sharedActivity = "shared-activity"
}
