public import PlanningDomain
public import WorkspaceStore

/// Participants' answers given on their personal page: many people's at once, in one transaction.
///
/// The web server collects the answers that arrive while a transaction is being written and hands them over
/// together (one commit, one disk flush for all of them), so that 200 phones answering at the same moment are
/// all kept and none waits for 199 flushes. Each person's request is checked on its own: one refused request
/// (a revoked link, a closed poll, a date that is not proposed) never affects another's. The answers are
/// recorded with channel ``AnswerByLink/channel``, like any answer given one at a time (``RecordAnswer``): no import erases
/// them, and `AnswerMerge` decides which counts.
public struct AnswerByLink: Sendable {
    /// One person's answers, through their link.
    public struct Request: Hashable, Sendable {
        /// The digest of the link's token.
        public var link: SecretDigest
        /// The answers, by candidate.
        public var answers: [CandidateSlot.ID: Availability]
        /// When they were given.
        public var at: Instant

        /// A request.
        public init(link: SecretDigest, answers: [CandidateSlot.ID: Availability], at: Instant) {
            self.link = link
            self.answers = answers
            self.at = at
        }
    }

    /// What became of one request; a refused request recorded nothing.
    public typealias Result = LinkAnswerOutcome

    /// The channel answers given on the page are recorded with.
    public static let channel = "web"

    /// The workspace.
    public let workspace: Workspace

    /// The use case.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Records every request's answers in one transaction; returns one result per request, in order.
    ///
    /// - Throws: only when the workspace fails (then nothing of any request was recorded).
    public func run(_ requests: [Request]) throws(ServiceError) -> [Result] {
        try WorkspaceAccess.write(workspace) { writer in
            try writer.recordLinkAnswers(requests.map { ($0.link, $0.answers, $0.at) }, channel: Self.channel)
        }
    }
}
