/// The SMTP envelope of a message: the addresses the server is given (`MAIL FROM`, `RCPT TO`).
public struct MailEnvelope: Hashable, Sendable {
    /// The sender: the centre's address.
    public var from: String
    /// The one recipient.
    public var to: String

    /// An envelope.
    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
