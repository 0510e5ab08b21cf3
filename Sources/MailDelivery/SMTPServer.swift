internal import Phrasebook

/// The SMTP server messages are handed to (RFC 5321): a host name or IP address, and a port.
///
/// Parsed from `HOST:PORT` (`mail.example.ch:587`, `127.0.0.1:2525`, `[::1]:25`). Port 587 is the message
/// submission port (RFC 6409); STARTTLS (RFC 3207) is used whenever the server offers it.
public struct SMTPServer: Hashable, Sendable, CustomStringConvertible {
    /// The host name or IP address, without brackets for IPv6.
    public var host: String
    /// The TCP port, from 1 to 65535.
    public var port: Int
    /// A PEM file of the certificate authorities to trust for STARTTLS instead of the system's.
    ///
    /// For a relay with a private authority; `nil` trusts the system's. The certificate is always verified.
    public var trustedCertificates: String?

    /// Creates a server from a host and a port, already checked by the caller.
    public init(host: String, port: Int, trustedCertificates: String? = nil) {
        self.host = host
        self.port = port
        self.trustedCertificates = trustedCertificates
    }

    /// Parses `HOST:PORT`; an IPv6 address is written in brackets, `[::1]:25`.
    ///
    /// - Parameters:
    ///   - text: What the user wrote.
    ///   - source: Where it was written, for the error: `--smtp` by default.
    /// - Throws: ``DeliveryError`` with code ``DeliveryError/Code/invalidServer``, located at `source`, with
    ///   the text in quotes and what was expected.
    public init(parsing text: String, source: String = "--smtp") throws(DeliveryError) {
        func invalid(_ problem: String) -> DeliveryError {
            DeliveryError(
                code: .invalidServer,
                source: source,
                phrase: Phrase("delivery.server.\(problem)", ["value": .verbatim(text)])
            )
        }
        let host: Substring
        let port: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw invalid("ipv6Form")
            }
            host = text[text.index(after: text.startIndex)..<close]
            port = text[text.index(close, offsetBy: 2)...]
            guard !host.isEmpty, host.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else {
                throw invalid("ipv6Address")
            }
        } else {
            guard let colon = text.lastIndex(of: ":") else {
                throw invalid("noPort")
            }
            host = text[..<colon]
            port = text[text.index(after: colon)...]
            guard !host.isEmpty else { throw invalid("noHost") }
            guard host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else {
                throw invalid("badHost")
            }
        }
        guard !port.isEmpty, port.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(port),
            (1...65535).contains(number)
        else {
            throw invalid("badPort")
        }
        self.init(host: String(host), port: number)
    }

    /// `HOST:PORT`, with brackets around an IPv6 address.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// The URL libcurl connects to.
    var url: String { "smtp://\(description)" }
}
