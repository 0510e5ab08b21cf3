extension ScenarioError {
    /// The kind of a problem.
    ///
    /// An extensible set: other readers may add codes of their own.
    public struct Code: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
        /// The code in kebab case, as shown to programs: `unknown-key`.
        public let rawValue: String

        /// A code named `rawValue`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The raw value.
        public var description: String { rawValue }

        // MARK: - The file

        /// The file is missing, a directory or unreadable.
        public static let unreadableFile = Code(rawValue: "unreadable-file")
        /// The file is not UTF-8 text, or not well-formed YAML.
        public static let invalidYAML = Code(rawValue: "invalid-yaml")
        /// A map repeats a key.
        public static let duplicateKey = Code(rawValue: "duplicate-key")

        // MARK: - Shape

        /// A key that the format does not know, at any level.
        public static let unknownKey = Code(rawValue: "unknown-key")
        /// A list where a map is expected, a map where a single value is expected, and so on.
        public static let wrongType = Code(rawValue: "wrong-type")
        /// A required key is absent or has no value.
        public static let missingKey = Code(rawValue: "missing-key")
        /// Two keys that exclude each other (`date` and `from`, `end` and `duration-minutes`).
        public static let conflictingKeys = Code(rawValue: "conflicting-keys")
        /// A list that must hold at least one entry is empty (participants, facilitators, venues).
        public static let emptyList = Code(rawValue: "empty-list")

        // MARK: - Identifiers and references

        /// An id that breaks `PlanningDomain/IdentifierRule`: characters other than ASCII letters, digits, `-`,
        /// `_` and `.`, a leading `.`, more than 64 characters; or a window whose generated ids would be longer.
        public static let invalidID = Code(rawValue: "invalid-id")
        /// Two participants, facilitators, venues or candidates with the same id.
        public static let duplicateID = Code(rawValue: "duplicate-id")
        /// An answer for a candidate slot that does not exist.
        public static let unknownSlot = Code(rawValue: "unknown-slot")
        /// A shortened generated id that fits several candidates, or a grid heading that names several
        /// candidate slots in different rooms or with different facilitators.
        public static let ambiguousSlot = Code(rawValue: "ambiguous-slot")
        /// A candidate's venue that does not exist.
        public static let unknownVenue = Code(rawValue: "unknown-venue")
        /// A candidate's facilitator who does not exist.
        public static let unknownFacilitator = Code(rawValue: "unknown-facilitator")
        /// A group initiator who is not a participant.
        public static let unknownParticipant = Code(rawValue: "unknown-participant")
        /// A kind under `sessions` or `candidates` other than information, founding1, founding2, review.
        public static let unknownSessionKind = Code(rawValue: "unknown-session-kind")
        /// The group's initiator and the participants' `initiator` flags disagree.
        public static let initiatorConflict = Code(rawValue: "initiator-conflict")

        // MARK: - Values

        /// A canton other than the 26 codes (VD, GE, …) or `none`.
        public static let unknownCanton = Code(rawValue: "unknown-canton")
        /// A candidate window that would generate more than 2000 candidates.
        public static let windowTooLarge = Code(rawValue: "window-too-large")
        /// A weekly habit not written `tuesday 18:00-21:30`.
        public static let invalidWeeklyHabit = Code(rawValue: "invalid-weekly-habit")
        /// An answer other than yes, if-need-be, no.
        public static let invalidAvailability = Code(rawValue: "invalid-availability")
        /// A value outside a closed list (group type, quorum scope).
        public static let invalidChoice = Code(rawValue: "invalid-choice")
        /// A language other than fr, de, it, en.
        public static let unknownLanguage = Code(rawValue: "unknown-language")
        /// A time-zone name the calendars cannot write or that names no place (`PST`, `GMT+1`, `US/Pacific`,
        /// `Europe/Zurch`), as Calendaring's `TimeZoneAuthority` decides.
        public static let unknownTimeZone = Code(rawValue: "unknown-time-zone")
        /// A date not written YYYY-MM-DD, or one that does not exist.
        public static let invalidDate = Code(rawValue: "invalid-date")
        /// A time not written HH:MM, or one that does not exist (24:30, or a start or end skipped when the
        /// clocks of the organisation's time zone move forward).
        public static let invalidTime = Code(rawValue: "invalid-time")
        /// A slot or session that lasts zero or fewer minutes or more than 720, ends before it starts, or ends
        /// the next day.
        public static let invalidDuration = Code(rawValue: "invalid-duration")
        /// A period (closure, absence) that ends before it starts.
        public static let invalidPeriod = Code(rawValue: "invalid-period")
        /// A `days-after-previous` range with a bound below 0 or above 3660, or whose min is above its max.
        public static let invalidDayRange = Code(rawValue: "invalid-day-range")
        /// A value that must be a whole number, or one too large (or too negative) to be held as one.
        public static let invalidNumber = Code(rawValue: "invalid-number")
        /// A value that must be true or false.
        public static let invalidBoolean = Code(rawValue: "invalid-boolean")
        /// A venue capacity below 1 or above 10000.
        public static let invalidCapacity = Code(rawValue: "invalid-capacity")
        /// A quorum below 1, above 10000 or above the maximum size, or a maximum size below 1 or above 10000.
        public static let invalidQuorum = Code(rawValue: "invalid-quorum")
        /// An e-mail address that is not `name@domain`.
        public static let invalidEmail = Code(rawValue: "invalid-email")
        /// A `uid-domain` that is not a domain name.
        public static let invalidDomain = Code(rawValue: "invalid-domain")
        /// A phone number with other characters than digits, spaces and `+ - . / ( )`, or with fewer than 6 or
        /// more than 15 digits.
        public static let invalidPhone = Code(rawValue: "invalid-phone")
        /// A facilitator's `weekly-limit` or `monthly-limit` below 1 or above 10000.
        public static let invalidLimit = Code(rawValue: "invalid-limit")
        /// Opening hours not written `monday 08:00-22:00`.
        public static let invalidOpeningHours = Code(rawValue: "invalid-opening-hours")
    }
}
