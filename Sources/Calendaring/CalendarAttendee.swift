/// One attendee of an event, written as `ATTENDEE;CN=…;ROLE=…;PARTSTAT=…;RSVP=…:mailto:…`
/// (RFC 5545 §3.8.4.1; parameters `CN` §3.2.2, `ROLE` §3.2.16, `PARTSTAT` §3.2.12, `RSVP` §3.2.17).
public struct CalendarAttendee: Hashable, Sendable {
    /// The common name, written as the `CN` parameter (RFC 5545 §3.2.2); left out when empty.
    public var name: String
    /// The e-mail address, written as the `mailto:` calendar user address (RFC 5545 §3.3.3).
    public var email: String
    /// Written as the `ROLE` parameter (RFC 5545 §3.2.16).
    public var role: Role
    /// Written as the `PARTSTAT` parameter (RFC 5545 §3.2.12).
    public var participation: Participation
    /// Whether a reply is expected, written as `RSVP=TRUE` or `RSVP=FALSE` (RFC 5545 §3.2.17).
    public var rsvp: Bool

    /// Creates an attendee; the defaults are those of an invitation awaiting an answer.
    public init(
        name: String,
        email: String,
        role: Role = .requiredParticipant,
        participation: Participation = .needsAction,
        rsvp: Bool = true
    ) {
        self.name = name
        self.email = email
        self.role = role
        self.participation = participation
        self.rsvp = rsvp
    }

    /// The `ROLE` parameter (RFC 5545 §3.2.16).
    public enum Role: Hashable, Sendable, CaseIterable {
        /// `ROLE=REQ-PARTICIPANT`.
        case requiredParticipant
        /// `ROLE=OPT-PARTICIPANT`.
        case optionalParticipant
        /// `ROLE=CHAIR`.
        case chair
    }

    /// The `PARTSTAT` parameter for an event (RFC 5545 §3.2.12).
    public enum Participation: Hashable, Sendable, CaseIterable {
        /// `PARTSTAT=NEEDS-ACTION`.
        case needsAction
        /// `PARTSTAT=ACCEPTED`.
        case accepted
        /// `PARTSTAT=TENTATIVE`.
        case tentative
        /// `PARTSTAT=DECLINED`.
        case declined
    }
}
