public import Phrasebook
public import PlanningDomain

/// Why a calendar could not be written.
///
/// Messages name time zones, UIDs and property names, never a person's name, e-mail address or free text. The
/// sentence is a `Phrase`, worded in the reader's language by whoever shows it; libical's own explanation stays
/// as libical wrote it, inside the sentence.
public struct CalendarError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A short stable name such as `unknown-time-zone`.
        public let rawValue: String

        /// Creates a code; prefer the static members.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// The time-zone name is not an IANA zone known to the system tzdata.
        public static let unknownTimeZone = Code("unknown-time-zone")
        /// An event's values cannot be written (end not after start, negative sequence, …).
        public static let invalidEvent = Code("invalid-event")
        /// libical failed to build or serialise a component.
        public static let libical = Code("libical")

        /// The raw value.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// A full sentence with the offending value in quotes, to be worded in the reader's language.
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
}
