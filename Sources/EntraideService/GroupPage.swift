public import PlanningDomain
public import WorkspaceStore

/// What the staff's page of one group shows.
///
/// Its registrations (active and withdrawn, with phone and link
/// state), its candidates, how the poll shows to participants, and its messages with their delivery states
/// (invitations and link e-mails). People appear here by name: the page is for staff, after sign-in.
public struct GroupPage: Sendable {
    /// The page's content.
    public struct Page: Hashable, Sendable {
        /// The group's scenario (active participants, their merged answers).
        public var scenario: Scenario
        /// Withdrawn participants, with their data.
        public var withdrawn: [Participant]
        /// Phone numbers, by participant.
        public var phones: [Participant.ID: String]
        /// Link states, by participant.
        public var links: [Participant.ID: PersonalLinkState]
        /// How the poll shows to participants.
        public var settings: PollSettings
        /// What was published.
        public var publications: [SessionPublication]
        /// The invitations of the group's publications, metadata only.
        public var invitations: [OutboxEntry]
        /// The group's link e-mails.
        public var linkMessages: [LinkMessageEntry]
        /// Every participant's every answer with its source, strongest first.
        public var givenAnswers: [Participant.ID: [CandidateSlot.ID: [GivenAnswer]]]
    }

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// The page of `group`.
    ///
    /// - Throws: `unknown-group`.
    public func run(_ group: Group.ID) throws(ServiceError) -> Page {
        try WorkspaceAccess.read(workspace) { reader in
            guard let scenario = try reader.scenario(of: group) else {
                throw GroupAccess.unknownGroup(group, known: try reader.groups(), in: workspace)
            }
            return Page(
                scenario: scenario,
                withdrawn: try reader.withdrawnParticipants(of: group),
                phones: try reader.phones(of: group),
                links: try reader.linkStates(of: group),
                settings: try reader.pollSettings(of: group),
                publications: try reader.publications(of: group),
                invitations: try reader.outbox(group: group, states: nil),
                linkMessages: try reader.linkMessages(group: group, states: nil),
                givenAnswers: try reader.givenAnswers(of: group)
            )
        }
    }

    /// Changes how the group's poll shows to participants (open or closed, title, counts).
    public func change(_ settings: PollSettings, of group: Group.ID) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.setPollSettings(settings, of: group) }
    }
}
