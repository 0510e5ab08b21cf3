public import PlanningDomain
public import WorkspaceStore

/// Staff's side of personal links: issue one (rotating the previous), revoke, queue an e-mail that carries a
/// new one, and see each participant's link state.
///
/// The token itself is made by the caller (the web server, from the system's secure random source) and never
/// reaches the workspace: only its SHA-256 digest does, so a copy of the workspace opens no page. A link can
/// therefore be shown once, when it is issued; later, staff issue a new one (the old one stops working).
public struct PersonalLinks: Sendable {
    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Stores a new link for an active participant and revokes their earlier ones.
    ///
    /// - Throws: `workspace` errors: unknown group or participant, participant withdrawn or forgotten.
    public func issue(
        _ digest: SecretDigest,
        for participant: Participant.ID,
        in group: Group.ID,
        at instant: Instant
    ) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.issueLink(digest, for: participant, in: group, at: instant) }
    }

    /// Revokes the participant's link; returns whether one was working.
    @discardableResult
    public func revoke(
        for participant: Participant.ID,
        in group: Group.ID,
        at instant: Instant
    ) throws(ServiceError) -> Bool {
        try WorkspaceAccess.write(workspace) { try $0.revokeLinks(of: participant, in: group, at: instant) > 0 }
    }

    /// Queues an e-mail that will carry a new link (made when it is sent: see ``SendLinkMessages``).
    @discardableResult
    public func queueMail(
        to participant: Participant.ID,
        in group: Group.ID,
        at instant: Instant
    ) throws(ServiceError) -> LinkMessageEntry.ID {
        try WorkspaceAccess.write(workspace) { try $0.queueLinkMessage(to: participant, in: group, at: instant) }
    }

    /// Each participant's link state in a group.
    public func states(of group: Group.ID) throws(ServiceError) -> [Participant.ID: PersonalLinkState] {
        try WorkspaceAccess.read(workspace) { try $0.linkStates(of: group) }
    }
}
