/// Why a calendar could not be written.
///
/// Messages name time zones, UIDs and property names, never a person's name, e-mail address or free text.
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
    /// A full sentence with the offending value in quotes.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
