import PlanningDomain
import WorkspaceStore

/// Outgoing messages for the outbox tests.
enum OutboxFixtures {
    /// The publication's `--now`.
    static let now = instant("2026-11-25T09:00:00Z")

    /// An instant from its ISO 8601 text.
    static func instant(_ text: String) -> Instant {
        guard let instant = Instant(iso8601: text) else { preconditionFailure("not an instant: \(text)") }
        return instant
    }

    /// A message to `recipient` about `session`, whose bytes and envelope carry `name` and `email`.
    static func draft(
        to recipient: MessageRecipient,
        session: SessionKind = .information,
        name: String = "Personne Numéro1",
        email: String = "personne.1@exemple.example",
        method: OutboxDraft.Method = .request
    ) -> OutboxDraft {
        OutboxDraft(
            recipient: recipient,
            session: session,
            uid: "\(session.rawValue).proches-aidants@entraide-vd.example",
            sequence: 0,
            method: method,
            reason: "new",
            fileStem: "\(recipient.folder)/\(recipient.rawID)/\(session.rawValue)",
            ics: Array("BEGIN:VCALENDAR\r\nATTENDEE;CN=\(name):mailto:\(email)\r\nEND:VCALENDAR\r\n".utf8),
            eml: Array("To: \(name) <\(email)>\r\n\r\nBonjour \(name)\r\n".utf8),
            envelope: MailEnvelope(from: "groupes@entraide-vd.example", to: email)
        )
    }
}
