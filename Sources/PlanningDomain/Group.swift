/// The self-help group being founded.
public struct Group: Hashable, Sendable, Identifiable {
    /// The group's id (`proches-aidants-lausanne`), also part of every session's iCalendar UID.
    public typealias ID = Identifier<Group>

    /// The id from the scenario; stable across runs, so re-sent invitations update the same events.
    public let id: ID
    /// The group's name (« Proches aidant·e·s – Lausanne »): written in the text of every invitation, and as its
    /// title only when ``calendarTitle`` is `public`.
    public var title: String
    /// What the group is about, as agreed in the intake interview (a sentence or two).
    public var theme: String
    /// How the group works: talking group, information exchange or shared activity.
    public var type: GroupType
    /// The area the group serves, as people name it (`Lausanne`).
    public var region: String
    /// How many people must be able to attend before the group can be founded (6 by default).
    public var quorum: Int
    /// The largest group the centre recommends (12 by default).
    public var maximumSize: Int
    /// The person who wants to open the group; one of the participants.
    public var initiator: Participant.ID?
    /// What invitations show as their title: the centre's neutral wording (the default) or the group's title.
    public var calendarTitle: CalendarTitle

    /// Creates a group with the centres' usual quorum of 6 and maximum of 12 and a neutral calendar title unless
    /// given.
    public init(
        id: ID,
        title: String,
        theme: String,
        type: GroupType,
        region: String,
        quorum: Int = 6,
        maximumSize: Int = 12,
        initiator: Participant.ID?,
        calendarTitle: CalendarTitle = .neutral
    ) {
        self.id = id
        self.title = title
        self.theme = theme
        self.type = type
        self.region = region
        self.quorum = quorum
        self.maximumSize = maximumSize
        self.initiator = initiator
        self.calendarTitle = calendarTitle
    }
}

/// How a group works, as agreed in the intake interview.
public enum GroupType: String, Hashable, Sendable, CaseIterable {
    /// Members share what they live through (groupe de parole); `talking-group` in the scenario.
    case talkingGroup = "talking-group"
    /// Members exchange information and practical advice; `information-exchange` in the scenario.
    case informationExchange = "information-exchange"
    /// Members do something together; `shared-activity` in the scenario.
    case sharedActivity = "shared-activity"
}
