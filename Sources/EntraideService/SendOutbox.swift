internal import Phrasebook
public import PlanningDomain
public import WorkspaceStore

/// `entraide send`: sends what the outbox holds and has not sent yet, in order, and records each outcome as a
/// fact.
///
/// A message is recorded `sending` (in its own transaction) before the conversation with the server starts,
/// and `sent` with the server's answer only once the server accepted it; a refusal is recorded `failed` with
/// its reason and stops the run, leaving the rest pending. Sending again sends only what was not sent. A
/// message left `sending` by a run that was killed is `uncertain`: the server may or may not have accepted it,
/// so it is never sent again automatically (that could send it twice); it is listed, and staff resend it
/// explicitly once they know it did not arrive (`resend(_:)`). Killed at any moment, a run loses no message
/// (each stays in the outbox) and sends none twice.
public struct SendOutbox: Sendable {
    /// What a run did, by message id.
    public struct Outcome: Hashable, Sendable {
        /// The messages sent, with the server's answer, in order.
        public var sent: [OutboxEntry]
        /// The message the server refused, with its reason; `nil` when none was refused.
        public var failed: OutboxEntry?
        /// Messages still waiting (after a failure).
        public var pending: Int
        /// Messages found `sending` from a run that was killed, now `uncertain`, and every message left
        /// uncertain before.
        public var uncertain: [OutboxEntry]
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
    /// - Parameter now: the time recorded with each attempt and outcome.
    /// - Returns: what was sent, what failed, what waits, and what is uncertain.
    /// - Throws: `workspace` errors, `busy` when another process sends this outbox.
    public func run(now: Instant) throws(ServiceError) -> Outcome {
        do {
            return try workspace.withSenderLock { () throws(ServiceError) in try sendAll(now: now) }
        } catch {
            throw WorkspaceAccess.map(error)
        }
    }

    /// ``run(now:)`` with the sender lock held: no other process marks or sends meanwhile.
    private func sendAll(now: Instant) throws(ServiceError) -> Outcome {
        _ = try WorkspaceAccess.write(workspace) { try $0.markInterruptedAttemptsUncertain() }
        let sendable = try WorkspaceAccess.read(workspace) { try $0.sendableMessages() }
        var sent: [OutboxEntry] = []
        for (index, message) in sendable.enumerated() {
            try WorkspaceAccess.write(workspace) { try $0.markSending(message.id, at: now) }
            let answer: String
            do {
                answer = try transport.send(message.eml, from: message.envelope.from, to: message.envelope.to)
            } catch {
                try WorkspaceAccess.write(workspace) {
                    try $0.markFailed(message.id, reason: error.phrase.stored, at: now)
                }
                var entry = message.entry
                entry.state = .failed(reason: error.phrase.stored, at: now)
                return Outcome(
                    sent: sent,
                    failed: entry,
                    pending: sendable.count - index - 1,
                    uncertain: try uncertain()
                )
            }
            // Accepted: recorded as sent. Should this write fail, the message stays `sending` and the next run
            // reports it as uncertain rather than sending it again.
            try WorkspaceAccess.write(workspace) { try $0.markSent(message.id, answer: answer, at: now) }
            var entry = message.entry
            entry.state = .sent(answer: answer, at: now)
            sent.append(entry)
        }
        return Outcome(sent: sent, failed: nil, pending: 0, uncertain: try uncertain())
    }

    /// Puts messages back in the queue (failed, uncertain or sent ones, explicitly), so that the next
    /// ``run(now:)`` sends them again.
    public static func requeue(_ ids: [OutboxMessage.ID], in workspace: Workspace) throws(ServiceError) {
        try WorkspaceAccess.write(workspace) { try $0.requeue(ids) }
    }

    /// Every uncertain message, in id order.
    private func uncertain() throws(ServiceError) -> [OutboxEntry] {
        try WorkspaceAccess.read(workspace) { try $0.outbox(group: nil, states: [.uncertain]) }
    }
}
