public import Calendaring
public import PlanningDomain

/// One iCalendar message to send: one session, one recipient, one `VEVENT`.
///
/// One session per message because Outlook handles one meeting per request, and because a per-recipient
/// message can carry exactly one `ATTENDEE` (RFC 5545 §3.8.4.1), its recipient: nobody learns who else is
/// invited. The document has `METHOD:REQUEST` or `METHOD:CANCEL` (RFC 5545 §3.7.2, RFC 5546 §3.2.2 and
/// §3.2.5), the centre as `ORGANIZER` (§3.8.4.3), the stable `UID` of the session (§3.8.4.7), the `SEQUENCE`
/// of ``sequence`` (§3.8.7.4), a `VTIMEZONE` (§3.6.5) and `DTSTAMP` (§3.8.7.2) set to the publication's stamp;
/// it is worded in the recipient's language, with the wording of the plan's invitations.
public struct OutgoingMessage: Hashable, Sendable {
    /// Who it goes to: the only `ATTENDEE` of the document.
    public var recipient: Participant.ID
    /// The session it is about; its `UID` never changes (RFC 5545 §3.8.4.7).
    public var session: SessionKind
    /// `.request` (RFC 5546 §3.2.2: new, or moved) or `.cancel` (RFC 5546 §3.2.5).
    public var method: CalendarDocument.Method
    /// The `SEQUENCE` written in the document (RFC 5545 §3.8.7.4, RFC 5546 §2.1.4).
    public var sequence: Int
    /// The `.ics` document: one `VCALENDAR` with one `VEVENT`.
    public var document: CalendarDocument
    /// The path to write it at, relative to the output folder: `<participant>/<session>.ics` (`p03/founding2.ics`).
    public var fileName: String
    /// Why it is sent.
    public var reason: Reason

    /// A message; ``fileName`` is derived from the recipient and the session.
    public init(
        recipient: Participant.ID,
        session: SessionKind,
        method: CalendarDocument.Method,
        sequence: Int,
        document: CalendarDocument,
        reason: Reason
    ) {
        self.recipient = recipient
        self.session = session
        self.method = method
        self.sequence = sequence
        self.document = document
        self.fileName = "\(recipient.rawValue)/\(session.rawValue).ics"
        self.reason = reason
    }

    /// Why a message is sent; the raw value is what the CLI may print next to the file name.
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        /// `REQUEST`: the session is published for the first time (or again, after it was cancelled).
        case new
        /// `REQUEST`: the session did not change, but this participant can now attend it (a latecomer, an
        /// answer that became yes or if need be, or someone who had withdrawn and came back).
        case newRecipient
        /// `REQUEST` with a higher `SEQUENCE`: the session's start, end or venue changed.
        case moved
        /// `CANCEL` with `STATUS:CANCELLED`: the session is no longer in the plan.
        case cancelled
        /// `CANCEL`: the participant withdrew from the group.
        case withdrawn
        /// `CANCEL`: the participant can no longer attend the session's slot (it moved, or their answer changed).
        case noLongerAvailable
    }
}
