extension CalendarImportError {
    /// The kind of a problem.
    ///
    /// An extensible set, like `ScenarioError.Code`: other readers may add codes of their own.
    public struct Code: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        /// The code in kebab case, as shown to programs: `unknown-time-zone`.
        public let rawValue: String

        /// A code named `rawValue`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The raw value.
        public var description: String { rawValue }

        /// The file is missing, a directory or cannot be read.
        public static let unreadableCalendar = Code(rawValue: "unreadable-calendar")
        /// The file is not an iCalendar object: not UTF-8 text, no `BEGIN:VCALENDAR`, or `BEGIN`/`END` lines
        /// that do not pair up.
        public static let invalidCalendar = Code(rawValue: "invalid-calendar")
        /// A `TZID` that is neither an IANA name, nor a Windows name, nor defined by a `VTIMEZONE` of the file.
        public static let unknownTimeZone = Code(rawValue: "unknown-time-zone")
        /// A date or date-time that libical cannot read, or one that does not exist (30 February, 25:00).
        public static let invalidDateTime = Code(rawValue: "invalid-date-time")
        /// A recurrence rule (`RRULE`) that libical cannot read, or one that repeats too often to expand.
        public static let invalidRecurrence = Code(rawValue: "invalid-recurrence")
        /// A `VEVENT` without `DTSTART`.
        public static let missingStart = Code(rawValue: "missing-start")
        /// An end before its start, a negative or unreadable duration, an unreadable `FREEBUSY` period.
        public static let invalidPeriod = Code(rawValue: "invalid-period")
        /// A content line libical cannot split into a name and a value (RFC 5545 §3.1): no `:`, no property
        /// name, or a parameter that is not written `NAME=value`.
        public static let invalidLine = Code(rawValue: "invalid-line")
        /// A value libical cannot read as its type (an integer, a UTC offset …) in a property Entraide does not
        /// read as a time.
        public static let invalidValue = Code(rawValue: "invalid-value")
    }
}
