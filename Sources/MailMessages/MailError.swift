import Calendaring
public import Phrasebook
public import PlanningDomain

/// Why a message could not be written.
///
/// Messages name participant ids, codes and domains, never a person's name or e-mail address. The sentence is a
/// `Phrase`, worded in the reader's language by whoever shows it.
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
    /// A full sentence with the offending value (an id, a domain) in quotes, to be worded in the reader's language.
    public var phrase: Phrase

    /// Creates an error.
    public init(code: Code, phrase: Phrase) {
        self.code = code
        self.phrase = phrase
    }

    /// The sentence in English.
    public var message: String { phrase.english }

    /// The sentence in `language`.
    public func message(in language: Language) -> String { phrase.text(in: language) }

    /// The message in English.
    public var description: String { message }

    /// Whether the cause is the scenario's data (an address, a domain) rather than the program.
    public var isInvalidInput: Bool { code == .invalidAddress || code == .invalidDomain }

    // MARK: - Factories

    static func invalidAddress(of recipient: MessageRecipient) -> MailError {
        invalidAddress(of: recipient.phrase)
    }

    static func invalidAddress(of who: Phrase) -> MailError {
        MailError(code: .invalidAddress, phrase: Phrase("mail.error.invalidAddress", ["who": who]))
    }

    static func invalidDomain(_ domain: String) -> MailError {
        MailError(code: .invalidDomain, phrase: Phrase("mail.error.invalidDomain", ["domain": .verbatim(domain)]))
    }

    static func noEvent(for recipient: MessageRecipient) -> MailError {
        MailError(code: .noEvent, phrase: Phrase("mail.error.noEvent", ["who": recipient.phrase]))
    }

    static func calendar(_ error: CalendarError) -> MailError {
        MailError(code: .calendar, phrase: error.phrase)
    }
}

extension MessageRecipient {
    /// `participant 'p01'`, `facilitator 'anne'`: how errors name a recipient (ids only), in the reader's language;
    /// its `of` form (`de la personne « p01 »`) where a language needs one.
    public var phrase: Phrase {
        switch self {
        case .participant(let id): Phrase("mail.recipient.participant", ["id": .verbatim(id.rawValue)])
        case .facilitator(let id): Phrase("mail.recipient.facilitator", ["id": .verbatim(id.rawValue)])
        }
    }
}
