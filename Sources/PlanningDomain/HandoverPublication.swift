/// What was last sent about a group's own recurring meeting (`entraide handover`): the series' identity and
/// version, the series itself, and which version each member holds.
///
/// Like a session's ``SessionPublication``: the UID never changes, and every change members must see (another
/// rhythm, another room, other skipped days, the end of the series) increments ``sequence`` (RFC 5545
/// §3.8.7.4), so calendars replace the series they hold instead of keeping the old one.
public struct HandoverPublication: Hashable, Sendable {
    /// The series' UID, stable (`handover.<group>@<uid-domain>`).
    public var uid: String
    /// The `SEQUENCE` of the latest version sent (0 for the first).
    public var sequence: Int
    /// The series as last sent.
    public var series: Series
    /// Whether the series itself was cancelled (a `CANCEL` went to every member who held it).
    public var isCancelled: Bool
    /// The copy each member holds, by participant id.
    public var copies: [Participant.ID: RecipientCopy]

    /// A record.
    public init(
        uid: String,
        sequence: Int,
        series: Series,
        isCancelled: Bool = false,
        copies: [Participant.ID: RecipientCopy] = [:]
    ) {
        self.uid = uid
        self.sequence = sequence
        self.series = series
        self.isCancelled = isCancelled
        self.copies = copies
    }

    /// The recurring meeting as sent: what a change compares.
    public struct Series: Hashable, Sendable {
        /// Every this many weeks (`INTERVAL`).
        public var everyWeeks: Int
        /// The first meeting's wall-clock start (`DTSTART`); its weekday is the series' (`BYDAY`).
        public var first: LocalDateTime
        /// How long each meeting lasts.
        public var durationMinutes: Int
        /// The last day a meeting may take place (`UNTIL`), `nil` for no end.
        public var until: LocalDate?
        /// The days without a meeting (`EXDATE`), sorted.
        public var skipped: [LocalDate]
        /// The room, `nil` when none was named.
        public var venue: Venue.ID?

        /// A series.
        public init(
            everyWeeks: Int,
            first: LocalDateTime,
            durationMinutes: Int,
            until: LocalDate?,
            skipped: [LocalDate],
            venue: Venue.ID?
        ) {
            self.everyWeeks = everyWeeks
            self.first = first
            self.durationMinutes = durationMinutes
            self.until = until
            self.skipped = skipped
            self.venue = venue
        }
    }
}
