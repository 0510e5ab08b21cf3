/// Every problem found in a regional problem, reported at once: the optimiser plans nothing until all are fixed.
public struct RegionalInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in the order of the problem's parts (centre, groups, workshops, interests, bookings).
    public var problems: [RegionalInputProblem]

    /// An error holding `problems` (never empty when thrown).
    public init(problems: [RegionalInputProblem]) { self.problems = problems }

    /// One line per problem.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// One problem of a regional problem: where it is, the value found, and what was expected.
///
/// Locations name parts by id (`workshops[cnv].minimum-participants`), never a person's name; a reader that
/// built the problem from a file maps them to `file:line:column`.
public struct RegionalInputProblem: Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem.
    public var code: Code
    /// Where: `workshops[cnv].minimum-participants`, `centre.facilitators[sophie].weekly-limit`.
    public var location: String
    /// The offending value, as text.
    public var value: String
    /// What was expected, as the end of a sentence: `is above the maximum '16'`.
    public var expected: String

    /// A problem.
    public init(code: Code, location: String, value: String, expected: String) {
        self.code = code
        self.location = location
        self.value = value
        self.expected = expected
    }

    /// The problem as one sentence.
    ///
    /// For example `workshops[cnv].minimum-participants: '20' is above the maximum '16'.`
    public var description: String { "\(location): '\(value)' \(expected)." }

    /// The kinds of problem; extensible, compared by raw value.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's name (`minimum-above-maximum`).
        public let rawValue: String

        /// A code.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The name.
        public var description: String { rawValue }

        /// Fewer facilitators qualified for a workshop than it needs.
        public static let noQualifiedFacilitator = Code(rawValue: "no-qualified-facilitator")
        /// A workshop's minimum participants above its maximum.
        public static let minimumAboveMaximum = Code(rawValue: "minimum-above-maximum")
        /// An interest, or a published run, in a workshop that is not in the catalogue.
        public static let unknownWorkshop = Code(rawValue: "unknown-workshop")
        /// A facilitator's weekly or monthly limit below 1.
        public static let zeroLimit = Code(rawValue: "zero-limit")
        /// A workshop window holding none of the workshop's candidates.
        public static let emptyWindow = Code(rawValue: "empty-window")
        /// A workshop candidate outside every window of its workshop.
        public static let outsideWindows = Code(rawValue: "outside-windows")
        /// A room that is not among the centre's venues.
        public static let unknownVenue = Code(rawValue: "unknown-venue")
        /// A facilitator who is not among the centre's facilitators.
        public static let unknownFacilitator = Code(rawValue: "unknown-facilitator")
        /// A candidate id that does not exist where it is used.
        public static let unknownSlot = Code(rawValue: "unknown-slot")
        /// The same id twice where ids must be unique.
        public static let duplicateID = Code(rawValue: "duplicate-id")
        /// A group whose review is due but whose scenario plans no review.
        public static let missingReview = Code(rawValue: "missing-review")
        /// A number or span out of its range (a duration of 0, 3 facilitators, a window ending before it starts).
        public static let invalidValue = Code(rawValue: "invalid-value")
    }
}
