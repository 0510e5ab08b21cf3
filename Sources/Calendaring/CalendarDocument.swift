/// A calendar object to write: one `VCALENDAR` (RFC 5545 §3.4).
///
/// ``ICSWriter`` writes, in this order: `PRODID` (§3.7.3), `VERSION:2.0` (§3.7.4), `CALSCALE:GREGORIAN`
/// (§3.7.1), `METHOD` (§3.7.2, RFC 5546 §1.4), `X-WR-CALNAME` when ``name`` is set (§3.8.8.2, an
/// experimental property most clients show as the calendar's name), then one `VTIMEZONE` (§3.6.5) for
/// ``timeZone``, then the `VEVENT`s (§3.6.1) in the order of ``events``.
public struct CalendarDocument: Hashable, Sendable {
    /// The iTIP method (RFC 5546 §1.4), written as `METHOD` (RFC 5545 §3.7.2).
    public var method: Method
    /// The product identifier written as `PRODID` (RFC 5545 §3.7.3): `-//Entraide//Entraide 1.0//FR`.
    public var productID: String
    /// The IANA time-zone name (`Europe/Zurich`) of every event's start and end.
    ///
    /// Its `VTIMEZONE` (RFC 5545 §3.6.5) comes from the system tzdata through libical, with `TZID` set to
    /// this plain name; every `DTSTART` and `DTEND` carries a `TZID` parameter (§3.2.19) naming it.
    public var timeZone: String
    /// The calendar's display name, written as `X-WR-CALNAME` (RFC 5545 §3.8.8.2) when not `nil`.
    public var name: String?
    /// The events, written in this order.
    public var events: [CalendarEvent]

    /// Creates a document; the defaults fit a published calendar in Switzerland.
    public init(
        method: Method = .publish,
        productID: String = "-//Entraide//Entraide 1.0//FR",
        timeZone: String = "Europe/Zurich",
        name: String? = nil,
        events: [CalendarEvent] = []
    ) {
        self.method = method
        self.productID = productID
        self.timeZone = timeZone
        self.name = name
        self.events = events
    }

    /// The iTIP method of a calendar object (RFC 5546 §1.4), written as `METHOD` (RFC 5545 §3.7.2).
    public enum Method: Hashable, Sendable, CaseIterable {
        /// `METHOD:PUBLISH`: a calendar to subscribe to or import; no reply expected.
        case publish
        /// `METHOD:REQUEST`: an invitation; the attendee may reply.
        case request
        /// `METHOD:CANCEL`: cancels the events with the same `UID`.
        case cancel
    }
}
