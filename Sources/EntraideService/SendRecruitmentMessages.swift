internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// Sends the queued messages of recruitment (intake invitations and cancellations, the quorum notice) and
/// records each outcome as a fact, as ``SendOutbox`` does for a group's invitations.
///
/// A message is recorded `sending` (in its own transaction) before the conversation with the server starts,
/// `sent` with the server's answer only once the server accepted it, `failed` with the reason otherwise, which
/// stops the run and leaves the rest pending. A `sending` message found by a later run is `uncertain` and never
/// sent again automatically; ``requeue(_:in:)`` sends it again once staff know it did not arrive. A message
/// queued by schema version 7 carries no e-mail: it is recorded `failed` with that reason, and the run goes on.
public struct SendRecruitmentMessages: Sendable {
    /// What a run did.
    public struct Outcome: Hashable, Sendable {
        /// The messages sent, in order, with their new state.
        public var sent: [RecruitmentMessage]
        /// The message the server refused, with its reason; `nil` when none was refused.
        public var failed: RecruitmentMessage?
        /// Messages still waiting (after a refusal).
        public var pending: Int
        /// Every uncertain message: found `sending` from a run that was killed, or left uncertain before.
        public var uncertain: [RecruitmentMessage]
        /// Messages of schema version 7 recorded `failed` because they carry no e-mail.
        public var withoutMail: [RecruitmentMessage]
    }

    /// The workspace.
    public let workspace: Workspace
    /// The mail server.
    public let transport: any MailTransport

    /// The use case.
    public init(workspace: Workspace, transport: any MailTransport) {
        self.workspace = workspace
        self.transport = transport
    }

    /// Sends every pending (and earlier failed) message in order, stopping at the first refusal.
    ///
    /// - Throws: `workspace` errors, `busy` when another process sends this workspace's messages.
    public func run(now: Instant) throws(ServiceError) -> Outcome {
        do {
            return try workspace.withSenderLock { () throws(ServiceError) in try sendAll(now: now) }
        } catch {
            throw WorkspaceAccess.map(error)
        }
    }

    private func sendAll(now: Instant) throws(ServiceError) -> Outcome {
        _ = try WorkspaceAccess.write(workspace) { try $0.markInterruptedRecruitmentMessagesUncertain() }
        let queued = try WorkspaceAccess.read(workspace) { try $0.recruitmentMessages(states: [.pending, .failed]) }
        var outcome = Outcome(sent: [], failed: nil, pending: 0, uncertain: [], withoutMail: [])
        for (index, message) in queued.enumerated() {
            guard let mail = message.mail else {
                if case .failed = message.delivery { continue }
                try WorkspaceAccess.write(workspace) { writer in
                    try writer.markRecruitmentMessageSending(message.id, at: now)
                    try writer.markRecruitmentMessageFailed(message.id, reason: Self.withoutMail, at: now)
                }
                var entry = message
                entry.delivery = .failed(reason: Self.withoutMail, at: now)
                outcome.withoutMail.append(entry)
                continue
            }
            try WorkspaceAccess.write(workspace) { try $0.markRecruitmentMessageSending(message.id, at: now) }
            let answer: String
            do {
                answer = try transport.send(mail.bytes, from: mail.from, to: mail.to)
            } catch {
                try WorkspaceAccess.write(workspace) {
                    try $0.markRecruitmentMessageFailed(message.id, reason: error.phrase.stored, at: now)
                }
                var entry = message
                entry.delivery = .failed(reason: error.phrase.stored, at: now)
                outcome.failed = entry
                outcome.pending = queued[(index + 1)...].filter { $0.mail != nil }.count
                break
            }
            // Accepted: recorded as sent. Should this write fail, the message stays `sending` and the next run
            // reports it as uncertain rather than sending it again.
            try WorkspaceAccess.write(workspace) {
                try $0.markRecruitmentMessageSent(message.id, answer: answer, at: now)
            }
            var entry = message
            entry.delivery = .sent(answer: answer, at: now)
            entry.attempts += 1
            outcome.sent.append(entry)
        }
        outcome.uncertain = try WorkspaceAccess.read(workspace) { try $0.recruitmentMessages(states: [.uncertain]) }
        return outcome
    }

    /// Puts a failed, uncertain or sent message back in the queue, so that the next ``run(now:)`` sends it again.
    public static func requeue(_ id: Int, in workspace: Workspace) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.requeueRecruitmentMessage(id) }
    }

    /// The reason recorded for a message of schema version 7.
    static let withoutMail = Phrase("service.send.withoutMail").stored
}
