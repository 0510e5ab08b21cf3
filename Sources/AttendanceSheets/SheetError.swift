/// Why ``SheetPDF`` could not write a sheet.
///
/// The message names the failing step and cairo's own words for its status, never a participant's name: a
/// sheet's text is personal, so no part of it is copied into an error.
public struct SheetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong; new codes may be added.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as a word (`invalid-creation-date`).
        public let rawValue: String

        /// Wraps a code word.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The creation date is not `YYYY-MM-DDThh:mm:ss`, optionally followed by `Z` or `±hh:mm`.
        public static let invalidCreationDate = Code(rawValue: "invalid-creation-date")
        /// cairo or pango reported a failure (out of memory, a write error, a font that cannot be used).
        public static let drawingFailed = Code(rawValue: "drawing-failed")

        /// The code word.
        public var description: String { rawValue }
    }

    /// What went wrong.
    public var code: Code
    /// The offending value: the creation date as given, or the step and cairo's status text.
    public var value: String

    /// Creates an error from its code and the offending value.
    public init(code: Code, value: String) {
        self.code = code
        self.value = value
    }

    /// A full sentence with the value in quotes.
    public var description: String {
        switch code {
        case .invalidCreationDate:
            "creation date '\(value)' is not of the form YYYY-MM-DDThh:mm:ss (optionally followed by Z or +hh:mm)."
        default:
            "the attendance sheet could not be drawn: '\(value)'."
        }
    }
}
