public import PlanningDomain

/// What the outbox knows about one message, without its bytes and addresses: for lists, status and export.
public struct OutboxEntry: Hashable, Sendable {
    /// The message's id.
    public var id: OutboxMessage.ID
    /// The publication run that wrote it.
    public var run: PublicationRun.Number
    /// The group; `nil` for a message of the coordinator's workshops.
    public var group: Group.ID?
    /// The workshop, for a message of the coordinator's workshops; `nil` for a group's.
    public var workshop: Workshop.ID?
    /// Who it goes to.
    public var recipient: MessageRecipient
    /// What it is about: a session, or the group's handed-over recurring meeting.
    public var subject: MessageSubject
    /// The session's UID.
    public var uid: String
    /// The SEQUENCE written in it.
    public var sequence: Int
    /// REQUEST or CANCEL.
    public var method: OutboxDraft.Method
    /// Why it is sent, as a code.
    public var reason: String
    /// Where its files go, relative to a publication's folder, without extension.
    public var fileStem: String
    /// Where it stands.
    ///
    /// For `sent` and `failed`, the server's text may quote the recipient's address: show it to staff only (the
    /// export leaves it out; forgetting the participant erases it).
    public var state: DeliveryState
    /// How many attempts to send it were started.
    public var attempts: Int
    /// When the latest attempt started, if any.
    public var lastAttemptAt: Instant?
    /// Whether its bytes and addresses were erased (the participant was forgotten): it is never sent again.
    public var isErased: Bool

    /// An entry.
    public init(
        id: OutboxMessage.ID,
        run: PublicationRun.Number,
        group: Group.ID?,
        workshop: Workshop.ID? = nil,
        recipient: MessageRecipient,
        subject: MessageSubject,
        uid: String,
        sequence: Int,
        method: OutboxDraft.Method,
        reason: String,
        fileStem: String,
        state: DeliveryState,
        attempts: Int,
        lastAttemptAt: Instant?,
        isErased: Bool
    ) {
        self.id = id
        self.run = run
        self.group = group
        self.workshop = workshop
        self.recipient = recipient
        self.subject = subject
        self.uid = uid
        self.sequence = sequence
        self.method = method
        self.reason = reason
        self.fileStem = fileStem
        self.state = state
        self.attempts = attempts
        self.lastAttemptAt = lastAttemptAt
        self.isErased = isErased
    }

    /// The session it is about, `nil` for the hand-over.
    public var session: SessionKind? { subject.session }
}
