extension CalendarImportError.Code {
    /// A reply file whose `METHOD` (RFC 5545 §3.7.2) is missing or is not `REPLY` (RFC 5546 §1.4).
    public static let notAReply = Self(rawValue: "not-a-reply")
    /// A reply file without any `VEVENT` (RFC 5545 §3.6.1).
    public static let missingEvent = Self(rawValue: "missing-event")
    /// A `VEVENT` of a reply without `UID` (RFC 5545 §3.8.4.7).
    public static let missingUID = Self(rawValue: "missing-uid")
    /// A `VEVENT` of a reply without `ATTENDEE` (RFC 5545 §3.8.4.1), or whose attendee has no e-mail address.
    public static let missingAttendee = Self(rawValue: "missing-attendee")
    /// A `PARTSTAT` (RFC 5545 §3.2.12) that is not an answer Entraide records: `NEEDS-ACTION`, `DELEGATED`, a
    /// status of to-dos (`COMPLETED`, `IN-PROCESS`) or an unknown value.
    public static let unsupportedParticipation = Self(rawValue: "unsupported-participation")
    /// A `SEQUENCE` (RFC 5545 §3.8.7.4) that is not a whole number from 0.
    public static let invalidSequence = Self(rawValue: "invalid-sequence")
}
