public import Phrasebook

/// Hands one finished e-mail to a mail server: the seam between the outbox and the network.
///
/// The CLI passes libcurl's SMTP client (`MailSender` in MailDelivery); tests pass a transport that accepts,
/// refuses, or dies at a chosen message.
public protocol MailTransport: Sendable {
    /// Sends `message` from `from` to `to`, and returns the server's answer (`250 accepted by …`) once the
    /// server accepted it.
    ///
    /// - Throws: ``TransportFailure`` when the server refused it or could not be reached; the message was not
    ///   accepted.
    func send(_ message: [UInt8], from: String, to: String) throws(TransportFailure) -> String
}

/// Why a message was not accepted: a sentence naming the server, never an address or a secret, worded in the
/// reader's language when it is shown (the outbox keeps it as `Phrase.stored`).
public struct TransportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The sentence, to be worded in the reader's language.
    public var phrase: Phrase

    /// A failure whose sentence is worded late.
    public init(_ phrase: Phrase) { self.phrase = phrase }

    /// A failure whose text is already written (a test's transport): it reads the same in every language.
    public init(_ description: String) { self.init(.verbatim(description)) }

    /// The sentence in English.
    public var description: String { phrase.english }
}
