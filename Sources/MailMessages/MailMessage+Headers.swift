import Calendaring
import Phrasebook
import PlanDocuments
import PlanningDomain
import Publication

extension MailMessage {
    /// English day and month names of the RFC 5322 §3.3 date format; they are never translated.
    private static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// `stamp` as an RFC 5322 §3.3 `date-time` in UTC: `Tue, 05 Jan 2027 09:00:00 +0000`.
    static func date(_ stamp: Instant) -> String {
        let seconds = Int(stamp.secondsSince1970 % 86_400)
        let date = stamp.date
        return "\(dayNames[date.weekday - 1]), \(twoDigits(date.day)) \(monthNames[date.month - 1]) \(date.year) "
            + "\(twoDigits(seconds / 3600)):\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60)) +0000"
    }

    /// A `Message-ID` (RFC 5322 §3.6.4) that names this delivery and no other: a 128-bit hash of the event's
    /// `UID` (RFC 5545 §3.8.4.7), its `SEQUENCE` (§3.8.7.4), the method and the recipient's id, at `domain`.
    ///
    /// Sending the same delivery again gives the same id, so a receiving system may recognise the duplicate;
    /// the id reveals neither the recipient's name nor their address.
    static func messageID(of message: OutgoingMessage, event: CalendarEvent, domain: String) -> String {
        messageID(method: message.document.method, event: event, recipient: message.recipient, domain: domain)
    }

    /// The `Message-ID` of the delivery of `event` with `method` to `recipient` (see above).
    static func messageID(
        method: CalendarDocument.Method,
        event: CalendarEvent,
        recipient: MessageRecipient,
        domain: String
    ) -> String {
        let fields = [
            event.uid, String(event.sequence), methodName(method),
            recipient.participant?.rawValue ?? "facilitator/\(recipient.rawID)",
        ]
        return messageID(fields: fields, domain: domain)
    }

    /// `<entraide.HASH@domain>`: a 128-bit hash of `fields` (ids, never a name or an address).
    static func messageID(fields: [String], domain: String) -> String {
        var first = StableHash()
        var second = StableHash(seed: StableHash.offsetBasis ^ 0x9E37_79B9_7F4A_7C15)
        for field in fields {
            first.combine(field: field)
            second.combine(field: field)
        }
        return "<entraide.\(first.hex)\(second.hex)@\(domain)>"
    }

    /// The `Message-ID` domain, once the organiser's and the recipient's addresses and the domain are checked.
    ///
    /// - Throws: ``MailError/Code/invalidAddress`` or ``MailError/Code/invalidDomain``.
    static func checkedDomain(
        from organisation: Organisation,
        to recipient: Addressee,
        messageIDDomain: String?
    ) throws(MailError) -> String {
        guard HeaderField.isAddress(organisation.organiser.email) else {
            throw MailError.invalidAddress(of: Phrase("mail.recipient.organiser"))
        }
        guard HeaderField.isAddress(recipient.email) else { throw MailError.invalidAddress(of: recipient.recipient) }
        let domain = messageIDDomain ?? organisation.uidDomain
        guard HeaderField.isDomain(domain) else { throw MailError.invalidDomain(domain) }
        return domain
    }

    /// `Date`, `From` (the organiser), `To`, `Subject`, `Message-ID` and `MIME-Version` of every message.
    static func header(
        from organisation: Organisation,
        to recipient: Addressee,
        subject: String,
        messageID: String,
        stamp: Instant
    ) -> [UInt8] {
        let organiser = organisation.organiser
        var bytes = HeaderField.line("Date", [date(stamp)])
        bytes += HeaderField.line("From", HeaderField.mailbox(name: organiser.name, address: organiser.email))
        bytes += HeaderField.line("To", HeaderField.mailbox(name: recipient.name, address: recipient.email))
        bytes += HeaderField.line("Subject", HeaderField.unstructured(subject))
        bytes += HeaderField.line("Message-ID", [messageID])
        bytes += HeaderField.line("MIME-Version", ["1.0"])
        return bytes
    }

    /// The iTIP method as written in `METHOD` (RFC 5545 §3.7.2) and in the `method` parameter (RFC 6047 §2.4).
    static func methodName(_ method: CalendarDocument.Method) -> String {
        switch method {
        case .publish: "PUBLISH"
        case .request: "REQUEST"
        case .cancel: "CANCEL"
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
