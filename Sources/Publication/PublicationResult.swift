public import Calendaring
public import PlanningDomain

/// What a publication produced: the state to store, the messages to send and the staff calendar.
public struct PublicationResult: Hashable, Sendable {
    /// The new state to store, one record per session ever published, in session order; cancelled sessions
    /// stay, so that their `UID` and `SEQUENCE` are remembered.
    public var publications: [SessionPublication]
    /// Only what changed, sorted by session then recipient (participants, then the facilitator); empty when
    /// nothing changed.
    public var messages: [OutgoingMessage]
    /// The staff calendar: `METHOD:PUBLISH` (RFC 5545 §3.7.2, RFC 5546 §3.2.1) with every current, not
    /// cancelled, session at its current `SEQUENCE` (§3.8.7.4); no `ATTENDEE` (§3.8.4.1) and no personal
    /// data: neither participants nor staff are named, as in the plan's `calendar.ics`.
    public var staffCalendar: CalendarDocument
    /// People who hold a copy to cancel but are no longer in the scenario, sorted.
    ///
    /// No message can be addressed to them; their copies are left as they were, and the cancellation goes
    /// out once they are listed again (as withdrawn).
    public var unaddressed: [MessageRecipient]
    /// Why each released session was planned again, in the organisation's language: said before anything is
    /// sent, whether or not it moved.
    public var causes: [SessionKind: String]

    /// A result.
    public init(
        publications: [SessionPublication],
        messages: [OutgoingMessage],
        staffCalendar: CalendarDocument,
        unaddressed: [MessageRecipient] = [],
        causes: [SessionKind: String] = [:]
    ) {
        self.publications = publications
        self.messages = messages
        self.staffCalendar = staffCalendar
        self.unaddressed = unaddressed
        self.causes = causes
    }

    /// Whether anything must be sent.
    public var hasMessages: Bool { !messages.isEmpty }
}
