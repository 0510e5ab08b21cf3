public import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// Sends the queued e-mails that carry participants' personal links, recording each outcome as a fact, like
/// ``SendOutbox`` does for invitations.
///
/// The link in each e-mail is made at the moment it is sent (by ``LinkMaker``, the caller's: the web server
/// draws the token from the system's secure random source) and stored as a digest only, so neither the queue
/// nor the workspace ever holds a working link. A message is `sending` (its new link issued) before the
/// conversation with the server starts; `sent` once the server accepted it, and only then are the person's
/// earlier links revoked; `failed` with the reason otherwise, its own link revoked (nobody knows its token) and
/// the earlier one still working. A `sending` one found later is `uncertain` and never sent again automatically
/// (both links then work: staff can revoke them).
public struct SendLinkMessages: Sendable {
    /// What a run did.
    public struct Outcome: Hashable, Sendable {
        /// The messages sent, in order.
        public var sent: [LinkMessageEntry.ID]
        /// The message that failed; the run stops there.
        public var failed: LinkMessageEntry.ID?
        /// Why it failed, to be worded in the reader's language.
        public var failure: Phrase?
        /// Messages found `sending` from an interrupted run, now `uncertain`.
        public var uncertain: Int
    }

    /// The workspace.
    public let workspace: Workspace
    /// The mail server.
    public let transport: any MailTransport
    /// Makes each link and the words around it.
    public let maker: any LinkMaker

    /// The use case.
    public init(workspace: Workspace, transport: any MailTransport, maker: any LinkMaker) {
        self.workspace = workspace
        self.transport = transport
        self.maker = maker
    }

    /// Sends every pending and failed link e-mail in order, stopping at the first refusal.
    public func run(now: Instant) throws(ServiceError) -> Outcome {
        do {
            return try workspace.withSenderLock { () throws(ServiceError) in try sendAll(now: now) }
        } catch {
            throw WorkspaceAccess.map(error)
        }
    }

    private func sendAll(now: Instant) throws(ServiceError) -> Outcome {
        let uncertain = try WorkspaceAccess.write(workspace) { try $0.markInterruptedLinkMessagesUncertain() }
        let queued = try WorkspaceAccess.read(workspace) {
            try $0.linkMessages(group: nil, states: [.pending, .failed])
        }
        var sent: [LinkMessageEntry.ID] = []
        for entry in queued {
            let link = maker.newLink()
            let prepared = try WorkspaceAccess.write(workspace) { writer -> LinkMail? in
                guard let scenario = try writer.scenario(of: entry.group),
                    let participant = scenario.participant(entry.participant)
                else {
                    try writer.markLinkMessageSending(entry.id, at: now)
                    try writer.markLinkMessageFailed(entry.id, reason: Self.inactive.stored, at: now)
                    return nil
                }
                try writer.issueLink(link.digest, for: participant.id, in: entry.group, at: now, revokingEarlier: false)
                try writer.markLinkMessageSending(entry.id, at: now)
                let words = maker.words(for: participant, organisation: scenario.organisation, url: link.url)
                return LinkMail(
                    from: scenario.organisation.organiser,
                    to: participant.email,
                    subject: words.subject,
                    body: words.body,
                    date: now,
                    messageID: "link-\(entry.id)-\(entry.attempts + 1)@\(scenario.organisation.uidDomain)"
                )
            }
            guard let mail = prepared else { continue }
            let answer: String
            do {
                answer = try transport.send(mail.bytes, from: mail.from.email, to: mail.to)
            } catch {
                try WorkspaceAccess.write(workspace) { writer in
                    try writer.markLinkMessageFailed(entry.id, reason: error.phrase.stored, at: now)
                    _ = try writer.revokeLink(link.digest, at: now)
                }
                return Outcome(sent: sent, failed: entry.id, failure: error.phrase, uncertain: uncertain)
            }
            try WorkspaceAccess.write(workspace) { writer in
                try writer.markLinkMessageSent(entry.id, answer: answer, at: now)
                _ = try writer.revokeLinks(of: entry.participant, in: entry.group, at: now, except: link.digest)
            }
            sent.append(entry.id)
        }
        return Outcome(sent: sent, failed: nil, failure: nil, uncertain: uncertain)
    }

    /// Puts a failed, uncertain or sent link e-mail back in the queue.
    public static func requeue(_ id: LinkMessageEntry.ID, in workspace: Workspace) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.requeueLinkMessage(id) }
    }

    private static let inactive = Phrase("service.send.linkInactive")
}

/// What the front end gives ``SendLinkMessages``: a new link (its token from a secure random source) and the
/// words of the e-mail in the participant's language.
public protocol LinkMaker: Sendable {
    /// A new link: the address to open and the digest of its token.
    func newLink() -> (url: String, digest: SecretDigest)
    /// The subject and the plain-text body of the e-mail carrying `url` to `participant`.
    func words(for participant: Participant, organisation: Organisation, url: String) -> (subject: String, body: String)
}
