public import Phrasebook
public import PlanningDomain

/// Why a message could not be sent, or why the server or the credentials given are unusable.
///
/// Messages name the server and the option or variable at fault, never an e-mail address, a user name or a
/// password: the text libcurl reports is cleaned of every address and secret of the delivery before it is kept.
/// The sentence is a `Phrase`, worded in the reader's language by whoever shows it; what the server or libcurl
/// said stays as they said it, inside the sentence.
public struct DeliveryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A short stable name such as `invalid-server`.
        public let rawValue: String

        /// Creates a code; prefer the static members.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// The `HOST:PORT` text is not a host and a port from 1 to 65535.
        public static let invalidServer = Code("invalid-server")
        /// Only one of `ENTRAIDE_SMTP_USER` and `ENTRAIDE_SMTP_PASSWORD` is set, or one is empty.
        public static let incompleteCredentials = Code("incomplete-credentials")
        /// The message has no recipient, or an address holds a character SMTP cannot carry.
        public static let invalidEnvelope = Code("invalid-envelope")
        /// libcurl could not be set up (out of memory, a missing feature).
        public static let setup = Code("setup")
        /// The SMTP exchange failed: no connection, TLS refused, authentication or a command rejected.
        public static let transfer = Code("transfer")

        /// The raw value.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// Where the bad value came from: `--smtp`, an environment variable's name, or the server.
    public var source: String
    /// A full sentence, with the offending value in quotes when it is not a secret, to be worded in the reader's
    /// language.
    public var phrase: Phrase

    /// Creates an error.
    public init(code: Code, source: String, phrase: Phrase) {
        self.code = code
        self.source = source
        self.phrase = phrase
    }

    /// The sentence in English.
    public var message: String { phrase.english }

    /// `source: sentence`, the way the command line prints it, as a phrase.
    public var diagnostic: Phrase { .joined([.verbatim("\(source): "), phrase], separator: "") }

    /// `source: sentence` in `language`.
    public func rendered(in language: Language) -> String { diagnostic.text(in: language) }

    /// `source: message` in English.
    public var description: String { rendered(in: .english) }

    /// Whether the cause is what the user typed or set (the server, the credentials) rather than the exchange.
    public var isInvalidInput: Bool { code == .invalidServer || code == .incompleteCredentials }
}
