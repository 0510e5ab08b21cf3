public import Phrasebook

/// Why a flyer, an announcement or its calendar could not be made.
///
/// Messages quote the offending value (an address, a date) and what was expected; they never quote the group's
/// texts.
public struct PromotionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong; new codes may be added.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as a word (`invalid-registration-address`).
        public let rawValue: String

        /// Wraps a code word.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The registration address is not an `https://` or `http://` address of a host, or is too long to print
        /// as a QR code that phones read.
        public static let invalidRegistrationAddress = Code(rawValue: "invalid-registration-address")
        /// The creation date is not `YYYY-MM-DDThh:mm:ss`, optionally followed by `Z` or `±hh:mm`.
        public static let invalidCreationDate = Code(rawValue: "invalid-creation-date")
        /// libqrencode could not encode the address.
        public static let qrEncodingFailed = Code(rawValue: "qr-encoding-failed")
        /// cairo or pango reported a failure.
        public static let drawingFailed = Code(rawValue: "drawing-failed")
        /// libical could not write the calendar.
        public static let calendarFailed = Code(rawValue: "calendar-failed")

        /// The code word.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The offending value, or the failing step.
    public var value: String
    /// What was expected, as the end of the sentence in English; empty for failures of the system.
    public var expected: String
    /// What was expected, to be worded in the reader's language.
    public var expectedPhrase: Phrase

    /// Creates an error; `expectedPhrase` words `expected` (as written when not given).
    public init(code: Code, value: String, expected: String = "", expectedPhrase: Phrase? = nil) {
        self.code = code
        self.value = value
        self.expected = expected
        self.expectedPhrase = expectedPhrase ?? .verbatim(expected)
    }

    /// The sentence, to be worded in the reader's language: a refused address in the reader's words, a failure
    /// of the system (cairo, libqrencode, libical) as the library said it.
    public var phrase: Phrase {
        guard code == .invalidRegistrationAddress else { return .verbatim(description) }
        return Phrase("promotion.invalidAddress", ["value": .verbatim(value), "expected": expectedPhrase])
    }

    /// A full sentence with the value in quotes.
    public var description: String {
        switch code {
        case .invalidRegistrationAddress: "registration address '\(value)' \(expected)."
        case .invalidCreationDate:
            "creation date '\(value)' is not of the form YYYY-MM-DDThh:mm:ss (optionally followed by Z or +hh:mm)."
        case .qrEncodingFailed: "the QR code could not be made: '\(value)'."
        case .calendarFailed: "the calendar could not be written: '\(value)'."
        default: "the flyer could not be drawn: '\(value)'."
        }
    }
}
