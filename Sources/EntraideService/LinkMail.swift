import Foundation
internal import PlanningDomain

/// The e-mail that carries a personal link: one RFC 5322 message, plain text in UTF-8.
///
/// `From` is the centre (its name RFC 2047-encoded), `To` the participant's address only; the body is
/// base64 (RFC 2045 §6.8) so that any language and any line length passes every server unchanged.
struct LinkMail: Sendable {
    /// The centre.
    var from: Contact
    /// The participant's address.
    var to: String
    /// The subject, in the participant's language.
    var subject: String
    /// The text, in the participant's language, with the link.
    var body: String
    /// `Date` (RFC 5322 §3.3).
    var date: Instant
    /// `Message-ID` without the angle brackets.
    var messageID: String

    /// The message's bytes, CRLF line ends.
    var bytes: [UInt8] {
        let lines = [
            "From: \(Self.encoded(from.name)) <\(from.email)>",
            "To: <\(to)>",
            "Subject: \(Self.encoded(subject))",
            "Date: \(Self.rfc5322(date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        let normalized = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalized.utf8).base64EncodedString(options: [
            .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
        ])
        return Array((lines.joined(separator: "\r\n") + "\r\n" + encoded + "\r\n").utf8)
    }

    /// ASCII text as it is (when it needs no quoting), anything else as one RFC 2047 encoded word per 45 bytes.
    static func encoded(_ text: String) -> String {
        let isPlain = text.unicodeScalars.allSatisfy {
            $0.value >= 32 && $0.value < 127 && !Self.specials.contains($0)
        }
        if isPlain { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// The characters that may not stand unquoted in a display name (RFC 5322 §3.2.3), and `=?` of encoded words.
    private static let specials = Set("\"=?()<>@,;:\\[]".unicodeScalars)

    /// `Tue, 05 Jan 2027 09:00:00 +0000`.
    static func rfc5322(_ instant: Instant) -> String {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let moment = instant.utcDateTime
        let date = moment.date
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[date.weekday - 1]), \(two(date.day)) \(months[date.month - 1]) \(date.year) "
            + "\(two(moment.time.hour)):\(two(moment.time.minute)):\(two(instant.second)) +0000"
    }
}
