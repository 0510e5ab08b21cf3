public import PlanningDomain

/// One attendee's answer to an invitation, read from an iTIP `METHOD:REPLY` object (RFC 5546 §3.2.3).
///
/// Outlook, Google Calendar, Apple Calendar and Thunderbird send such an object when someone accepts,
/// tentatively accepts or declines an invitation; ``ReplyReader`` reads it into this value.
public struct CalendarReply: Hashable, Sendable {
    /// The `UID` (RFC 5545 §3.8.4.7) of the event answered: the session's UID Entraide sent.
    public var uid: String
    /// The `SEQUENCE` (RFC 5545 §3.8.7.4) of the version answered; 0 when the reply has none (RFC 5546 §3.2.3
    /// makes it optional, and its default is 0).
    public var sequence: Int
    /// The attendee's address (RFC 5545 §3.8.4.1), lower-cased, without `mailto:`.
    public var attendeeEmail: String
    /// The answer, from the attendee's `PARTSTAT` (RFC 5545 §3.2.12): accepted, tentative or declined.
    public var status: RecipientCopy.Reply
    /// The occurrence answered when the reply concerns one occurrence of a recurring event
    /// (`RECURRENCE-ID`, RFC 5545 §3.8.4.4), as seconds since 1970-01-01T00:00:00Z; `nil` for the whole event.
    public var recurrenceID: Int64?
    /// How many `ATTENDEE`s the `VEVENT` carried: RFC 5546 §3.2.3 asks for exactly one, the person answering.
    ///
    /// A reply with several is one person answering for others (or a delegation); it is read, one value per
    /// attendee, and refused when it is applied.
    public var attendeeCount: Int

    /// Creates a reply.
    public init(
        uid: String,
        sequence: Int,
        attendeeEmail: String,
        status: RecipientCopy.Reply,
        recurrenceID: Int64? = nil,
        attendeeCount: Int = 1
    ) {
        self.uid = uid
        self.sequence = sequence
        self.attendeeEmail = attendeeEmail
        self.status = status
        self.recurrenceID = recurrenceID
        self.attendeeCount = attendeeCount
    }
}
