public import Calendaring
public import PlanDocuments
public import PlanningDomain

/// One iCalendar message to send: one session, one recipient, one `VEVENT`.
///
/// One session per message because Outlook handles one meeting per request, and because a per-recipient
/// message can carry exactly one `ATTENDEE` (RFC 5545 §3.8.4.1), its recipient: nobody learns who else is
/// invited. The document has `METHOD:REQUEST` or `METHOD:CANCEL` (RFC 5545 §3.7.2, RFC 5546 §3.2.2 and
/// §3.2.5), the centre as `ORGANIZER` (§3.8.4.3), the stable `UID` of the session (§3.8.4.7), the `SEQUENCE`
/// of ``sequence`` (§3.8.7.4), a `VTIMEZONE` (§3.6.5) and `DTSTAMP` (§3.8.7.2) set to the publication's stamp;
/// it is worded in the recipient's language. A participant attends (`ROLE=REQ-PARTICIPANT`); a facilitator
/// leads (`ROLE=CHAIR`).
public struct OutgoingMessage: Hashable, Sendable {
    /// Who it goes to: the only `ATTENDEE` of the document.
    public var addressee: Addressee
    /// The session it is about; its `UID` never changes (RFC 5545 §3.8.4.7).
    public var session: SessionKind
    /// `.request` (RFC 5546 §3.2.2: new, or changed) or `.cancel` (RFC 5546 §3.2.5).
    public var method: CalendarDocument.Method
    /// The `SEQUENCE` written in the document (RFC 5545 §3.8.7.4, RFC 5546 §2.1.4).
    public var sequence: Int
    /// The `.ics` document: one `VCALENDAR` with one `VEVENT`.
    public var document: CalendarDocument
    /// What the message says (what, when, where, who leads, what changed): the document's `DESCRIPTION` and
    /// the e-mail's body are both written from it.
    public var facts: InvitationFacts
    /// Why it is sent.
    public var reason: Reason
    /// Why the session changed, when it did for a cause staff should read before anything is sent (the
    /// published slot became impossible because …); `nil` otherwise.
    public var cause: String?

    /// A message.
    public init(
        addressee: Addressee,
        session: SessionKind,
        method: CalendarDocument.Method,
        sequence: Int,
        document: CalendarDocument,
        facts: InvitationFacts,
        reason: Reason,
        cause: String? = nil
    ) {
        self.addressee = addressee
        self.session = session
        self.method = method
        self.sequence = sequence
        self.document = document
        self.facts = facts
        self.reason = reason
        self.cause = cause
    }

    /// Who it goes to, by kind and id.
    public var recipient: MessageRecipient { addressee.recipient }

    /// The message's files without extension, relative to a publication folder.
    ///
    /// `participants/p03/founding2`, `facilitators/anne/founding2`. Per-person files live in one folder per kind
    /// of recipient, so no id can collide with another kind's file or with `calendar.ics`.
    public var fileStem: [String] { [recipient.folder, recipient.rawID, session.rawValue] }

    /// Why a message is sent: the notice its words open with (one definition, `InvitationNotice`).
    ///
    /// The raw value is what reports print next to the file name. The publisher sends `new`, `newRecipient`, `moved`,
    /// `facilitatorChanged` as `REQUEST`, and `cancelled`, `withdrawn`, `noLongerAvailable`, `replaced` as
    /// `CANCEL`; the hand-over's notices belong to `HandoverInvites`.
    public typealias Reason = InvitationNotice
}
