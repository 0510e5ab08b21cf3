internal import CCurl
internal import Phrasebook

/// Hands finished messages to an SMTP server (RFC 5321), through libcurl.
///
/// STARTTLS (RFC 3207) is used whenever the server offers it. With credentials it is required: the password
/// never crosses the network in clear, and a server that does not offer STARTTLS is an error. AUTH (RFC 4954)
/// uses the mechanisms libcurl and the server share.
public enum MailSender {
    /// How long to wait for the TCP connection, in seconds.
    public static let connectTimeout = 10
    /// How long one whole message may take, in seconds.
    public static let transferTimeout = 120

    /// Sends one message to its recipients: `MAIL FROM`, one `RCPT TO` per address, then `DATA`.
    ///
    /// The message is sent as given: RFC 5322 text with CRLF line ends; libcurl dot-stuffs lines that start
    /// with a dot (RFC 5321 §4.5.2).
    ///
    /// - Parameters:
    ///   - message: The whole message, headers and body.
    ///   - from: The envelope sender, an `addr-spec` without angle brackets.
    ///   - to: The envelope recipients; at least one.
    ///   - server: Where to send it.
    ///   - credentials: For AUTH; `nil` sends without authenticating.
    /// - Returns: The server's answer to the message (`250 accepted by mail.example:587`): what proves it was
    ///   accepted.
    /// - Throws: ``DeliveryError``, whose text names the server but no address or secret.
    @discardableResult
    public static func send(
        _ message: [UInt8],
        from: String,
        to: [String],
        via server: SMTPServer,
        credentials: SMTPCredentials?
    ) throws(DeliveryError) -> String {
        let secrets = [from] + to + [credentials?.user, credentials?.password].compactMap { $0 }
        guard !to.isEmpty else {
            throw DeliveryError(code: .invalidEnvelope, source: "\(server)", phrase: Phrase("delivery.noRecipient"))
        }
        guard secrets.allSatisfy({ !$0.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" } }) else {
            throw DeliveryError(
                code: .invalidEnvelope,
                source: "\(server)",
                phrase: Phrase("delivery.lineBreak")
            )
        }
        guard let session = CurlSession() else {
            throw DeliveryError(code: .setup, source: "\(server)", phrase: Phrase("delivery.setup"))
        }
        let useTLS = credentials == nil ? CURLUSESSL_TRY : CURLUSESSL_ALL
        var configured =
            session.set(CURLOPT_URL, server.url)
            && session.set(CURLOPT_NOSIGNAL, 1)
            && session.set(CURLOPT_CONNECTTIMEOUT, connectTimeout)
            && session.set(CURLOPT_TIMEOUT, transferTimeout)
            && session.set(CURLOPT_USE_SSL, Int(useTLS.rawValue))
            && session.set(CURLOPT_UPLOAD, 1)
            && session.set(CURLOPT_MAIL_FROM, "<\(from)>")
            && session.setRecipients(to.map { "<\($0)>" })
        if let certificates = server.trustedCertificates {
            configured = configured && session.set(CURLOPT_CAINFO, certificates)
        }
        if let credentials {
            configured =
                configured && session.set(CURLOPT_USERNAME, credentials.user)
                && session.set(CURLOPT_PASSWORD, credentials.password)
        }
        guard configured else {
            throw DeliveryError(code: .setup, source: "\(server)", phrase: Phrase("delivery.option"))
        }
        if let failure = session.perform(reading: Upload(message)) {
            throw DeliveryError(
                code: .transfer,
                source: "\(server)",
                // What libcurl or the server said stays as they said it, inside a worded sentence.
                phrase: Phrase("delivery.transfer", ["reason": .verbatim(redacted(failure, hiding: secrets))])
            )
        }
        return "\(session.responseCode) accepted by \(server)"
    }

    /// libcurl's text with every address and secret of the delivery replaced, ending with a full stop.
    private static func redacted(_ text: String, hiding secrets: [String]) -> String {
        var text = text
        while text.last?.isWhitespace == true { text.removeLast() }
        for secret in secrets where !secret.isEmpty {
            text = text.replacing(secret, with: "<hidden>")
        }
        return text.hasSuffix(".") ? text : text + "."
    }
}
