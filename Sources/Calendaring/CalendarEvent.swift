public import PlanningDomain

/// One `VEVENT` (RFC 5545 §3.6.1).
///
/// Properties are written in this order: `UID` (§3.8.4.7), `DTSTAMP` (§3.8.7.2), `SEQUENCE` (§3.8.7.4),
/// `DTSTART` (§3.8.2.4), `DTEND` (§3.8.2.2), `RRULE` (§3.8.5.3) and one `EXDATE` (§3.8.5.1) per exception date
/// when the event repeats, `SUMMARY` (§3.8.1.12), `DESCRIPTION` (§3.8.1.5), `LOCATION`
/// (§3.8.1.7), `STATUS` (§3.8.1.11), `CLASS` (§3.8.1.3) when ``classification`` is set, `TRANSP:OPAQUE`
/// (§3.8.2.7), `ORGANIZER` (§3.8.4.3), one `ATTENDEE`
/// (§3.8.4.1) per attendee, then the `VALARM` (§3.6.6) of ``reminder``. Optional texts that are `nil` or
/// empty are left out.
public struct CalendarEvent: Hashable, Sendable {
    /// The persistent, globally unique identifier, written as `UID` (RFC 5545 §3.8.4.7).
    public var uid: String
    /// The revision, written as `SEQUENCE` (RFC 5545 §3.8.7.4) even when zero; never negative.
    public var sequence: Int
    /// When this object was created, in seconds since 1970-01-01T00:00:00Z.
    ///
    /// Written as `DTSTAMP` (RFC 5545 §3.8.7.2) in UTC (`…Z`). A parameter, never the clock, so output is
    /// reproducible.
    public var stamp: Int64
    /// The wall-clock start in the document's time zone, written as `DTSTART;TZID=…` (RFC 5545 §3.8.2.4).
    public var start: LocalDateTime
    /// The wall-clock end in the document's time zone, written as `DTEND;TZID=…` (RFC 5545 §3.8.2.2);
    /// must be later than ``start``.
    public var end: LocalDateTime
    /// The title, written as `SUMMARY` (RFC 5545 §3.8.1.12).
    public var summary: String
    /// The longer text, written as `DESCRIPTION` (RFC 5545 §3.8.1.5).
    public var description: String?
    /// Where it takes place, written as `LOCATION` (RFC 5545 §3.8.1.7).
    public var location: String?
    /// Written as `STATUS` (RFC 5545 §3.8.1.11).
    public var status: Status
    /// Written as `CLASS` (RFC 5545 §3.8.1.3) when set: `PRIVATE` asks calendars that are shared with others to
    /// show the time as busy without the event's title or details.
    public var classification: Classification?
    /// Written as `ORGANIZER;CN=name:mailto:email` (RFC 5545 §3.8.4.3, `CN` §3.2.2).
    public var organizer: Contact?
    /// Written as one `ATTENDEE` each (RFC 5545 §3.8.4.1), in this order.
    public var attendees: [CalendarAttendee]
    /// Written as a `VALARM` (RFC 5545 §3.6.6) with `ACTION:DISPLAY`.
    public var reminder: Reminder?
    /// How the event repeats, written as `RRULE` (RFC 5545 §3.8.5.3) after `DTEND`; `nil` for a single event.
    public var recurrence: RecurrenceRule?
    /// Occurrences removed from the recurrence, as wall-clock starts in the document's time zone: one
    /// `EXDATE;TZID=…` each (RFC 5545 §3.8.5.1), in this order, after `RRULE`.
    public var exceptionDates: [LocalDateTime]

    /// Creates an event; what an invitation does not need defaults to empty.
    public init(
        uid: String,
        sequence: Int = 0,
        stamp: Int64,
        start: LocalDateTime,
        end: LocalDateTime,
        summary: String,
        description: String? = nil,
        location: String? = nil,
        status: Status = .confirmed,
        classification: Classification? = nil,
        organizer: Contact? = nil,
        attendees: [CalendarAttendee] = [],
        reminder: Reminder? = nil,
        recurrence: RecurrenceRule? = nil,
        exceptionDates: [LocalDateTime] = []
    ) {
        self.uid = uid
        self.sequence = sequence
        self.stamp = stamp
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.location = location
        self.status = status
        self.classification = classification
        self.organizer = organizer
        self.attendees = attendees
        self.reminder = reminder
        self.recurrence = recurrence
        self.exceptionDates = exceptionDates
    }

    /// The status of an event, written as `STATUS` (RFC 5545 §3.8.1.11).
    public enum Status: Hashable, Sendable, CaseIterable {
        /// `STATUS:CONFIRMED`.
        case confirmed
        /// `STATUS:TENTATIVE`.
        case tentative
        /// `STATUS:CANCELLED`.
        case cancelled
    }

    /// Who may see an event's details, written as `CLASS` (RFC 5545 §3.8.1.3).
    public enum Classification: Hashable, Sendable, CaseIterable {
        /// `CLASS:PUBLIC`.
        case `public`
        /// `CLASS:PRIVATE`: others who see the calendar see the time as busy, not the event.
        case `private`
        /// `CLASS:CONFIDENTIAL`.
        case confidential
    }
}
