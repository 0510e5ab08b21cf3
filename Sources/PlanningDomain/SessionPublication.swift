/// What was last sent about one session of a group: the iCalendar identity of the event, the version sent,
/// where and when it was, and which version each recipient holds.
///
/// A session keeps its UID for ever; every change that recipients must see (moved, cancelled) increments
/// ``sequence`` (RFC 5545 §3.8.7.4), and each recipient's copy remembers the sequence it was sent.
public struct SessionPublication: Hashable, Sendable {
    /// The session.
    public var kind: SessionKind
    /// The event's UID, stable across publications (`founding2.parents-ados-nyon@entraide-vd.example`).
    public var uid: String
    /// The SEQUENCE of the latest version published (0 for the first).
    public var sequence: Int
    /// The candidate slot published, its wall-clock start and end, and its venue: what a move changes.
    public var slot: CandidateSlot.ID
    /// The wall-clock start published.
    public var start: LocalDateTime
    /// The wall-clock end published.
    public var end: LocalDateTime
    /// The venue published.
    public var venue: Venue.ID
    /// The facilitator published: participants' copies name them, so a change is an update.
    public var facilitator: Facilitator.ID
    /// Whether the session itself was cancelled (a CANCEL went to everyone who held it).
    public var isCancelled: Bool
    /// The copy each participant holds, by id.
    public var recipients: [Participant.ID: RecipientCopy]
    /// The copy each facilitator holds (their own invitation, as ROLE=CHAIR), by id.
    public var facilitatorCopies: [Facilitator.ID: RecipientCopy]

    /// A publication record.
    public init(
        kind: SessionKind,
        uid: String,
        sequence: Int,
        slot: CandidateSlot.ID,
        start: LocalDateTime,
        end: LocalDateTime,
        venue: Venue.ID,
        facilitator: Facilitator.ID = "",
        isCancelled: Bool = false,
        recipients: [Participant.ID: RecipientCopy] = [:],
        facilitatorCopies: [Facilitator.ID: RecipientCopy] = [:]
    ) {
        self.kind = kind
        self.uid = uid
        self.sequence = sequence
        self.slot = slot
        self.start = start
        self.end = end
        self.venue = venue
        self.facilitator = facilitator
        self.isCancelled = isCancelled
        self.recipients = recipients
        self.facilitatorCopies = facilitatorCopies
    }
}

/// The copy of a session one participant holds.
public struct RecipientCopy: Hashable, Sendable {
    /// The SEQUENCE of the last message sent to them about this session.
    public var sequence: Int
    /// Whether the last message was a CANCEL (they withdrew, or the session was cancelled).
    public var isCancelled: Bool
    /// Their reply to the latest request, if any (`METHOD:REPLY`).
    public var reply: Reply?

    /// A copy.
    public init(sequence: Int, isCancelled: Bool = false, reply: Reply? = nil) {
        self.sequence = sequence
        self.isCancelled = isCancelled
        self.reply = reply
    }

    /// A participant's answer to an invitation (`PARTSTAT`, RFC 5545 §3.2.12).
    public enum Reply: String, Hashable, Sendable, CaseIterable {
        case accepted = "ACCEPTED"
        case tentative = "TENTATIVE"
        case declined = "DECLINED"
    }
}
