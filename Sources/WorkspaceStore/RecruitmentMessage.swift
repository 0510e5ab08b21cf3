public import PlanningDomain

/// A message of recruitment in its queue: an intake invitation or cancellation, or the quorum notice, with the
/// e-mail that carries it and where its delivery stands.
public struct RecruitmentMessage: Hashable, Sendable {
    /// What the message is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// An intake invitation, METHOD:REQUEST.
        case intakeRequest = "intake-request"
        /// An intake cancellation, METHOD:CANCEL.
        case intakeCancel = "intake-cancel"
        /// The staff member in charge is told that the group's quorum can be reached (once per group).
        case quorumReachable = "quorum-reachable"
    }

    /// Whom it goes to.
    public enum Recipient: Hashable, Sendable, CustomStringConvertible {
        /// The initiator of an interview.
        case initiator
        /// A staff member.
        case staff(Facilitator.ID)

        /// `initiator` or `staff <id>`: ids only, never a name or an address.
        public var description: String {
            switch self {
            case .initiator: "initiator"
            case .staff(let id): "staff \(id.rawValue)"
            }
        }
    }

    /// The e-mail that delivers a message: its RFC 5322 bytes and the SMTP envelope.
    public struct Mail: Hashable, Sendable {
        /// The message, CRLF line ends, ready for SMTP `DATA`.
        public var bytes: [UInt8]
        /// `MAIL FROM`: the centre's address.
        public var from: String
        /// `RCPT TO`: the recipient's address.
        public var to: String

        /// An e-mail.
        public init(bytes: [UInt8], from: String, to: String) {
            self.bytes = bytes
            self.from = from
            self.to = to
        }
    }

    /// The queue's id (increasing).
    public var id: Int
    /// The kind.
    public var kind: Kind
    /// The group, when known.
    public var group: Group.ID?
    /// The interview, for intake invitations.
    public var interview: String?
    /// The recipient.
    public var recipient: Recipient
    /// The SEQUENCE of an invitation, 0 otherwise.
    public var sequence: Int
    /// What was queued: `.ics` bytes for an invitation, UTF-8 text for a notice.
    public var body: [UInt8]
    /// The e-mail; `nil` for a message queued by schema version 7, which had none.
    public var mail: Mail?
    /// Where its delivery stands.
    public var delivery: DeliveryState
    /// How many times sending was attempted.
    public var attempts: Int

    /// A message.
    public init(
        id: Int,
        kind: Kind,
        group: Group.ID?,
        interview: String?,
        recipient: Recipient,
        sequence: Int,
        body: [UInt8],
        mail: Mail? = nil,
        delivery: DeliveryState = .pending,
        attempts: Int = 0
    ) {
        self.id = id
        self.kind = kind
        self.group = group
        self.interview = interview
        self.recipient = recipient
        self.sequence = sequence
        self.body = body
        self.mail = mail
        self.delivery = delivery
        self.attempts = attempts
    }

    /// The delivery state's name (`pending`, `sent`, …).
    public var state: String { delivery.kind.rawValue }
}
