public import Calendaring
public import PlanDocuments
internal import PlanningDomain

/// One message of a hand-over: the group's recurring meeting, to one member, as one `VEVENT` with an `RRULE`.
///
/// `METHOD:REQUEST` (RFC 5546 §3.2.2) for a new or changed series, `METHOD:CANCEL` (§3.2.5) when the series
/// ends or the member no longer receives it; the series' shared `UID` (RFC 5545 §3.8.4.7) and the message's
/// `SEQUENCE` (§3.8.7.4); exactly one `ATTENDEE` (§3.8.4.1), the member.
public struct HandoverMessage: Hashable, Sendable {
    /// The member it goes to.
    public var addressee: Addressee
    /// `.request` or `.cancel`.
    public var method: CalendarDocument.Method
    /// The `SEQUENCE` written.
    public var sequence: Int
    /// The `.ics` document.
    public var document: CalendarDocument
    /// What the message says; the document's `DESCRIPTION` and the e-mail's body are written from it.
    public var facts: InvitationFacts

    /// A message.
    public init(
        addressee: Addressee,
        method: CalendarDocument.Method,
        sequence: Int,
        document: CalendarDocument,
        facts: InvitationFacts
    ) {
        self.addressee = addressee
        self.method = method
        self.sequence = sequence
        self.document = document
        self.facts = facts
    }

    /// Why it is sent: `handover-new`, `handover-updated`, `handover-cancelled`, `handover-withdrawn`.
    public var notice: InvitationNotice { facts.notice }

    /// Its files without extension, relative to the run's folder: `participants/p01/handover`.
    public var fileStem: [String] { [addressee.recipient.folder, addressee.recipient.rawID, "handover"] }
}
