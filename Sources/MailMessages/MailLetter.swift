public import PlanDocuments
public import PlanningDomain

/// A letter by e-mail: one `text/plain; charset=utf-8` message (RFC 5322, RFC 2045) with no calendar, such as
/// a workshop's waiting-list letter.
///
/// The header is that of ``MailMessage``'s messages: `Date` (the stamp), `From` the organisation's organiser,
/// `To` the one recipient, `Subject` (RFC 2047 encoded-words when not ASCII), `Message-ID`, `MIME-Version`,
/// `Content-Type`, `Content-Language` and `Content-Transfer-Encoding: quoted-printable`. The `Message-ID` is a
/// 128-bit hash of the caller's `key` and the recipient's id (never their name or address), so the same letter
/// has the same bytes every time.
public enum MailLetter {
    /// The letter's bytes: 7-bit octets, CRLF line ends, ready for `.eml` or SMTP `DATA`.
    ///
    /// - Parameters:
    ///   - subject: the `Subject`, unencoded.
    ///   - body: the body, lines separated by `\n`, unencoded.
    ///   - language: the body's language (`Content-Language`, RFC 3282).
    ///   - recipient: the one person the letter goes to.
    ///   - organisation: the sender (its organiser).
    ///   - stamp: the `Date`.
    ///   - key: what makes this letter distinct among the organisation's (`waiting.<workshop>`).
    ///   - messageIDDomain: the right side of the `Message-ID`; the organisation's UID domain when `nil`.
    /// - Returns: the letter's octets.
    /// - Throws: ``MailError`` with ``MailError/Code/invalidAddress`` or ``MailError/Code/invalidDomain``.
    public static func bytes(
        subject: String,
        body: String,
        language: Language,
        to recipient: Addressee,
        from organisation: Organisation,
        stamp: Instant,
        key: String,
        messageIDDomain: String? = nil
    ) throws(MailError) -> [UInt8] {
        let domain = try MailMessage.checkedDomain(from: organisation, to: recipient, messageIDDomain: messageIDDomain)
        let recipientID = recipient.recipient.participant?.rawValue ?? "facilitator/\(recipient.recipient.rawID)"
        let id = MailMessage.messageID(fields: ["letter", key, recipientID], domain: domain)
        var bytes = MailMessage.header(from: organisation, to: recipient, subject: subject, messageID: id, stamp: stamp)
        bytes += HeaderField.line("Content-Type", ["text/plain;", "charset=utf-8"])
        bytes += HeaderField.line("Content-Language", [language.code])
        bytes += HeaderField.line("Content-Transfer-Encoding", ["quoted-printable"])
        bytes += MIMEEncoding.crlf
        bytes += MIMEEncoding.quotedPrintable(body)
        return bytes
    }
}
