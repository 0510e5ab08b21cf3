/// Why a PDF could not be drawn.
///
/// The value names the failing step and cairo's own words for its status, or the creation date as given; never
/// any of the document's text, which may be personal.
public struct PDFError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong; new codes may be added.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code as a word (`invalid-creation-date`).
        public let rawValue: String

        /// Wraps a code word.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The creation date is not `YYYY-MM-DDThh:mm:ss`, optionally followed by `Z` or `±hh:mm`.
        public static let invalidCreationDate = Code(rawValue: "invalid-creation-date")
        /// cairo or pango reported a failure (out of memory, a write error, a font that cannot be used, a tag
        /// opened and never closed).
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
            "the PDF could not be drawn: '\(value)'."
        }
    }
}
