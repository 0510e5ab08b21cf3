public import Calendaring
public import PlanDocuments
public import PlanningDomain
public import Publication

/// One e-mail per recipient and session (RFC 5322), carrying the invitation as iMIP does (RFC 6047).
///
/// The message is `multipart/mixed` (RFC 2046 §5.1.3) holding
/// 1. a `multipart/alternative` (RFC 2046 §5.1.4) with a `text/plain; charset=utf-8` body in the recipient's
///    language (quoted-printable, RFC 2045 §6.7), then the `.ics` inline as `text/calendar; charset=utf-8;
///    method=REQUEST` or `method=CANCEL` (base64, RFC 2045 §6.8), whose `method` parameter equals the
///    document's `METHOD` as RFC 6047 §2.4 requires (Outlook offers Accept and Decline only then);
/// 2. the same `.ics` as an attachment, `application/ics; name="invitation.ics"` with `Content-Disposition:
///    attachment` (RFC 2183), for clients that do not read the inline part.
///
/// The `.ics` comes from `ICSWriter/bytes(for:)` only; this type writes MIME, never iCalendar text. The
/// header carries `Date` (RFC 5322 §3.6.1), `From` the organiser and `To` the recipient only (§3.6.2,
/// §3.6.3; display names in RFC 2047 encoded-words when not ASCII), `Subject` (§3.6.5), `Message-ID`
/// (§3.6.4), `MIME-Version: 1.0` (RFC 2045 §4) and `Content-Type` (RFC 2045 §5). Lines end with CRLF and
/// are at most 78 characters (RFC 5322 §2.1.1). The same message, recipient, scenario and stamp always give
/// the same bytes: the date is the stamp, the `Message-ID` and the MIME boundaries are hashes of the content.
public enum MailMessage {
    /// The attachment's file name, `invitation.ics` (RFC 2183 §2.3, RFC 2045 §5.1 `name`).
    public static let attachmentName = "invitation.ics"

    /// The message that delivers `message` to its addressee, as RFC 5322 bytes.
    ///
    /// - Parameters:
    ///   - message: One outgoing message of a `PublicationResult`; it goes to its
    ///     `OutgoingMessage/addressee`, participant or facilitator.
    ///   - scenario: The scenario published: group, organisation (the `From`) and its language.
    ///   - stamp: The publication's time, written as `Date` (RFC 5322 §3.3).
    ///   - messageIDDomain: The right side of the `Message-ID` (RFC 5322 §3.6.4); the organisation's UID
    ///     domain when `nil`.
    /// - Throws: ``MailError`` with ``MailError/Code/noEvent``,
    ///   ``MailError/Code/invalidAddress`` (the organiser's or the recipient's address is not an ASCII
    ///   `addr-spec`), ``MailError/Code/invalidDomain`` or ``MailError/Code/calendar``.
    /// - Returns: The message: 7-bit octets, CRLF line ends, ready for `.eml` or SMTP `DATA` (RFC 5321 §4.1.1.4).
    public static func bytes(
        for message: OutgoingMessage,
        scenario: Scenario,
        stamp: Instant,
        messageIDDomain: String? = nil
    ) throws(MailError) -> [UInt8] {
        try bytes(
            for: message.document,
            facts: message.facts,
            to: message.addressee,
            scenario: scenario,
            stamp: stamp,
            messageIDDomain: messageIDDomain
        )
    }

    /// The message that delivers `document` to `addressee`, its text written from `facts`: what
    /// ``bytes(for:scenario:stamp:messageIDDomain:)`` does for a publication's message, for any one-event
    /// document (the hand-over's recurring meeting).
    ///
    /// - Throws: as ``bytes(for:scenario:stamp:messageIDDomain:)``.
    public static func bytes(
        for document: CalendarDocument,
        facts: InvitationFacts,
        to recipient: Addressee,
        scenario: Scenario,
        stamp: Instant,
        messageIDDomain: String? = nil
    ) throws(MailError) -> [UInt8] {
        guard let event = document.events.first else { throw MailError.noEvent(for: recipient.recipient) }
        let organiser = scenario.organisation.organiser
        guard HeaderField.isAddress(organiser.email) else { throw MailError.invalidAddress(of: "the organiser") }
        guard HeaderField.isAddress(recipient.email) else {
            throw MailError.invalidAddress(of: recipient.recipient)
        }
        let domain = messageIDDomain ?? scenario.organisation.uidDomain
        guard HeaderField.isDomain(domain) else { throw MailError.invalidDomain(domain) }
        let ics: [UInt8]
        do {
            ics = try ICSWriter.bytes(for: document)
        } catch {
            throw MailError.calendar(error)
        }

        let text = MailText(
            facts: facts,
            addressee: recipient,
            group: scenario.group,
            organisation: scenario.organisation
        )
        let plain = MIMEEncoding.quotedPrintable(text.body)
        let calendar = MIMEEncoding.base64Body(ics)
        let boundary = MailBoundary(parts: [plain, calendar])
        let attachment = "\"\(attachmentName)\""
        let method = methodName(document.method)
        let id = messageID(method: document.method, event: event, recipient: recipient.recipient, domain: domain)

        var bytes = HeaderField.line("Date", [date(stamp)])
        bytes += HeaderField.line("From", HeaderField.mailbox(name: organiser.name, address: organiser.email))
        bytes += HeaderField.line("To", HeaderField.mailbox(name: recipient.name, address: recipient.email))
        bytes += HeaderField.line("Subject", HeaderField.unstructured(text.subject))
        bytes += HeaderField.line("Message-ID", [id])
        bytes += HeaderField.line("MIME-Version", ["1.0"])
        bytes += HeaderField.line("Content-Type", ["multipart/mixed;", "boundary=\"\(boundary.mixed)\""])
        bytes += MIMEEncoding.crlf

        bytes += delimiter(boundary.mixed)
        bytes += HeaderField.line("Content-Type", ["multipart/alternative;", "boundary=\"\(boundary.alternative)\""])
        bytes += MIMEEncoding.crlf

        bytes += delimiter(boundary.alternative)
        bytes += HeaderField.line("Content-Type", ["text/plain;", "charset=utf-8"])
        bytes += HeaderField.line("Content-Language", [text.language.code])
        bytes += HeaderField.line("Content-Transfer-Encoding", ["quoted-printable"])
        bytes += MIMEEncoding.crlf + plain

        bytes += delimiter(boundary.alternative)
        bytes += HeaderField.line("Content-Type", ["text/calendar;", "charset=utf-8;", "method=\(method)"])
        bytes += HeaderField.line("Content-Transfer-Encoding", ["base64"])
        bytes += MIMEEncoding.crlf + calendar
        bytes += delimiter(boundary.alternative, isLast: true)

        bytes += delimiter(boundary.mixed)
        bytes += HeaderField.line("Content-Type", ["application/ics;", "name=\(attachment)"])
        bytes += HeaderField.line("Content-Disposition", ["attachment;", "filename=\(attachment)"])
        bytes += HeaderField.line("Content-Transfer-Encoding", ["base64"])
        bytes += MIMEEncoding.crlf + calendar
        bytes += delimiter(boundary.mixed, isLast: true)
        return bytes
    }

    // MARK: - Private

    /// A boundary delimiter line (RFC 2046 §5.1.1); the CRLF before it ends the previous part's last line.
    private static func delimiter(_ boundary: String, isLast: Bool = false) -> [UInt8] {
        Array("--\(boundary)\(isLast ? "--" : "")".utf8) + MIMEEncoding.crlf
    }
}
