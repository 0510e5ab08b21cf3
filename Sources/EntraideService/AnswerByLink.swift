public import PlanningDomain
public import WorkspaceStore

/// Participants' answers given on their personal page: many people's at once, in one transaction.
///
/// The web server collects the answers that arrive while a transaction is being written and hands them over
/// together (one commit, one disk flush for all of them), so that 200 phones answering at the same moment are
/// all kept and none waits for 199 flushes. Each person's request is checked on its own: one refused request
/// (a revoked link, a closed poll, a date that is not proposed) never affects another's.
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
    public enum Result: Hashable, Sendable {
        /// Every answer was recorded (channel `web`).
        case recorded(group: Group.ID, participant: Participant.ID, count: Int)
        /// The link is unknown, revoked, or of someone withdrawn or forgotten.
        case invalidLink
        /// Staff closed the poll.
        case closed
        /// An answer names a date that is not proposed.
        case unknownDate
    }

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
            var slotsByGroup: [Group.ID: Set<CandidateSlot.ID>] = [:]
            var openByGroup: [Group.ID: Bool] = [:]
            return try requests.map { request -> Result in
                guard let owner = try writer.linkOwner(request.link), owner.revokedAt == nil,
                    owner.isParticipantActive
                else { return .invalidLink }
                let group = owner.group
                if openByGroup[group] == nil { openByGroup[group] = try writer.pollSettings(of: group).isOpen }
                guard openByGroup[group] == true else { return .closed }
                if slotsByGroup[group] == nil { slotsByGroup[group] = try writer.candidateIDs(of: group) }
                let slots = slotsByGroup[group] ?? []
                guard request.answers.keys.allSatisfy(slots.contains) else { return .unknownDate }
                for (slot, availability) in request.answers.sorted(by: { $0.key < $1.key }) {
                    try writer.recordAnswer(
                        group: group,
                        participant: owner.participant,
                        slot: slot,
                        availability: availability,
                        channel: Self.channel,
                        at: request.at
                    )
                }
                return .recorded(group: group, participant: owner.participant, count: request.answers.count)
            }
        }
    }
}
