/// One message of the outbox with its bytes and envelope: what `send` needs and `outbox` writes out again.
public struct OutboxMessage: Hashable, Sendable {
    /// The id of an outbox message, assigned by the workspace in the order messages are recorded.
    public struct ID: Hashable, Comparable, Sendable, CustomStringConvertible {
        /// The number.
        public let rawValue: Int

        /// Wraps a message id.
        public init(_ rawValue: Int) { self.rawValue = rawValue }

        /// Earlier messages first.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The number in decimal.
        public var description: String { "\(rawValue)" }
    }

    /// Everything but the bytes and addresses.
    public var entry: OutboxEntry
    /// The `.ics` document.
    public var ics: [UInt8]
    /// The RFC 5322 message.
    public var eml: [UInt8]
    /// The SMTP envelope.
    public var envelope: MailEnvelope

    /// A message.
    public init(entry: OutboxEntry, ics: [UInt8], eml: [UInt8], envelope: MailEnvelope) {
        self.entry = entry
        self.ics = ics
        self.eml = eml
        self.envelope = envelope
    }

    /// The message's id.
    public var id: ID { entry.id }
}
