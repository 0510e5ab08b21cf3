public import PlanningDomain
public import WorkspaceStore

/// Sends every queue of the workspace in one go, in a fixed order.
///
/// First the groups' invitations (``SendOutbox``), the
/// e-mails carrying personal links when the front end can make links (``SendLinkMessages``: the web server), then
/// the messages of recruitment (``SendRecruitmentMessages``). A refusal stops the run where it happened; what
/// follows stays queued for the next run.
///
/// `entraide send` and the server's send button both call this, so they send the same things in the same order.
public struct SendQueues: Sendable {
    /// What a run did, queue by queue; a queue not reached (after a refusal) is `nil`.
    public struct Outcome: Hashable, Sendable {
        /// The invitations.
        public var invitations: SendOutbox.Outcome
        /// The link e-mails, when links could be made and the invitations all went.
        public var links: SendLinkMessages.Outcome?
        /// The messages of recruitment, when everything before them went.
        public var recruitment: SendRecruitmentMessages.Outcome?

        /// How many messages the server accepted in this run, all queues together.
        public var sentCount: Int {
            invitations.sent.count + (links?.sent.count ?? 0) + (recruitment?.sent.count ?? 0)
        }
    }

    /// The workspace.
    public let workspace: Workspace
    /// The mail server.
    public let transport: any MailTransport
    /// Makes personal links; `nil` where none can be made (the command line has no server address).
    public let linkMaker: (any LinkMaker)?

    /// The use case.
    public init(workspace: Workspace, transport: any MailTransport, linkMaker: (any LinkMaker)? = nil) {
        self.workspace = workspace
        self.transport = transport
        self.linkMaker = linkMaker
    }

    /// Sends the queues in order, stopping at the first refusal.
    public func run(now: Instant) throws(ServiceError) -> Outcome {
        let invitations = try SendOutbox(workspace: workspace, transport: transport).run(now: now)
        var outcome = Outcome(invitations: invitations, links: nil, recruitment: nil)
        guard invitations.failed == nil else { return outcome }
        if let linkMaker {
            let links = try SendLinkMessages(workspace: workspace, transport: transport, maker: linkMaker).run(now: now)
            outcome.links = links
            guard links.failed == nil else { return outcome }
        }
        outcome.recruitment = try SendRecruitmentMessages(workspace: workspace, transport: transport).run(now: now)
        return outcome
    }
}
