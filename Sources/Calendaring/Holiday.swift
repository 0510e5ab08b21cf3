public import PlanningDomain

/// A public holiday read from a holiday calendar: one day, its name and, in Entraide's own files, its key.
public struct Holiday: Hashable, Sendable {
    /// The day.
    public var date: LocalDate
    /// The name as the calendar writes it (its `SUMMARY`, RFC 5545 §3.8.1.12), such as `Lundi de Pâques`.
    public var name: String
    /// The holiday's language-independent key (`easter-monday`), from the `X-ENTRAIDE-HOLIDAY` property of
    /// Entraide's holiday files; `nil` in other calendars.
    public var key: Key?

    /// Creates a holiday.
    public init(date: LocalDate, name: String, key: Key? = nil) {
        self.date = date
        self.name = name
        self.key = key
    }
}

extension Holiday {
    /// The same holiday in every year and language, such as `easter-monday` or `saint-berchtold`: what a centre
    /// names to say it does not observe a day.
    public struct Key: Hashable, Comparable, Sendable, RawRepresentable, CustomStringConvertible {
        /// The key in kebab case.
        public let rawValue: String

        /// A key; any text is accepted here, and checked against a canton's keys by the reader that takes it.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The raw value.
        public var description: String { rawValue }

        /// In the order of their raw values.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
