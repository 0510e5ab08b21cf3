import Calendaring
import PlanningDomain

/// Why a message could not be written.
///
/// Messages name participant ids, codes and domains, never a person's name or e-mail address.
public struct MailError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A short stable name such as `invalid-address`.
        public let rawValue: String

        /// Creates a code; prefer the static members.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// An address is not an `addr-spec` this module can write (RFC 5322 §3.4.1).
        public static let invalidAddress = Code("invalid-address")
        /// The `Message-ID` domain is not a dot-atom of letters, digits and hyphens (RFC 5322 §3.6.4).
        public static let invalidDomain = Code("invalid-domain")
        /// The message's document holds no event to describe.
        public static let noEvent = Code("no-event")
        /// The `.ics` could not be written (see `ICSWriter`).
        public static let calendar = Code("calendar")

        /// The raw value.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// A full sentence with the offending value (an id, a domain) in quotes.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// Whether the cause is the scenario's data (an address, a domain) rather than the program.
    public var isInvalidInput: Bool { code == .invalidAddress || code == .invalidDomain }

    // MARK: - Factories

    static func invalidAddress(of recipient: MessageRecipient) -> MailError {
        invalidAddress(of: recipient.quoted)
    }

    static func invalidAddress(of who: String) -> MailError {
        MailError(
            code: .invalidAddress,
            message: "the e-mail address of \(who) is not an address such as name@example.org (ASCII, no spaces)."
        )
    }

    static func invalidDomain(_ domain: String) -> MailError {
        MailError(
            code: .invalidDomain,
            message: "the Message-ID domain '\(domain)' is not a domain such as entraide-vd.ch."
        )
    }

    static func noEvent(for recipient: MessageRecipient) -> MailError {
        MailError(code: .noEvent, message: "the message for \(recipient.quoted) holds no event.")
    }

    static func calendar(_ error: CalendarError) -> MailError {
        MailError(code: .calendar, message: error.description)
    }
}

extension MessageRecipient {
    /// `participant 'p01'`, `facilitator 'anne'`: how errors name a recipient.
    var quoted: String {
        switch self {
        case .participant(let id): "participant '\(id.rawValue)'"
        case .facilitator(let id): "facilitator '\(id.rawValue)'"
        }
    }
}
