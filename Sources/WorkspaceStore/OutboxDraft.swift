public import PlanningDomain

/// An outgoing message as the publication makes it, before the workspace gives it an id and a state.
public struct OutboxDraft: Hashable, Sendable {
    /// The calendar method of the message (RFC 5546 §3.2.2, §3.2.5).
    public enum Method: String, Hashable, Sendable, CaseIterable {
        /// An invitation or an update.
        case request = "REQUEST"
        /// A cancellation.
        case cancel = "CANCEL"
        /// A plain e-mail without calendar (a workshop's waiting-list letter): its ``OutboxDraft/ics`` is empty.
        case letter = "LETTER"
    }

    /// Who it goes to.
    public var recipient: MessageRecipient
    /// What it is about: a session, or the group's handed-over recurring meeting.
    public var subject: MessageSubject
    /// The session's UID.
    public var uid: String
    /// The SEQUENCE written in it.
    public var sequence: Int
    /// REQUEST or CANCEL.
    public var method: Method
    /// Why it is sent, as a code (`new`, `moved`, `cancelled`, `facilitator-changed`, …).
    public var reason: String
    /// Where its files go, relative to a publication's folder and without extension
    /// (`participants/p01/information`): ids joined by `/`, each following `IdentifierRule`.
    public var fileStem: String
    /// The `.ics` document.
    public var ics: [UInt8]
    /// The RFC 5322 message.
    public var eml: [UInt8]
    /// The SMTP envelope.
    public var envelope: MailEnvelope
    /// The workshop it is about, for a message of the coordinator's workshops (its subject is then
    /// `.session(.workshop)`); `nil` for a group's.
    public var workshop: Workshop.ID?

    /// A message about a session to record.
    public init(
        recipient: MessageRecipient,
        session: SessionKind,
        uid: String,
        sequence: Int,
        method: Method,
        reason: String,
        fileStem: String,
        ics: [UInt8],
        eml: [UInt8],
        envelope: MailEnvelope
    ) {
        self.init(
            recipient: recipient,
            subject: .session(session),
            uid: uid,
            sequence: sequence,
            method: method,
            reason: reason,
            fileStem: fileStem,
            ics: ics,
            eml: eml,
            envelope: envelope
        )
    }

    /// A message to record.
    public init(
        recipient: MessageRecipient,
        subject: MessageSubject,
        uid: String,
        sequence: Int,
        method: Method,
        reason: String,
        fileStem: String,
        ics: [UInt8],
        eml: [UInt8],
        envelope: MailEnvelope,
        workshop: Workshop.ID? = nil
    ) {
        self.workshop = workshop
        self.recipient = recipient
        self.subject = subject
        self.uid = uid
        self.sequence = sequence
        self.method = method
        self.reason = reason
        self.fileStem = fileStem
        self.ics = ics
        self.eml = eml
        self.envelope = envelope
    }

    /// The session it is about, `nil` for the hand-over.
    public var session: SessionKind? { subject.session }
}
