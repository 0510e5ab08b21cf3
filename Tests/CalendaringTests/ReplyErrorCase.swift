import Calendaring
import Testing

/// One malformed reply and the whole diagnostic it must give.
struct ReplyErrorCase: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let code: CalendarImportError.Code
    let value: String?
    let rendered: String

    init(_ name: String, _ bytes: [UInt8], _ code: CalendarImportError.Code, value: String?, _ rendered: String) {
        self.name = name
        self.bytes = bytes
        self.code = code
        self.value = value
        self.rendered = rendered
    }

    var testDescription: String { name }

    typealias F = ReplyFixtures

    static let attendee = "ATTENDEE;PARTSTAT=ACCEPTED:mailto:zoe.muller@example.ch"

    static let cases: [ReplyErrorCase] = [
        ReplyErrorCase(
            "an invitation, not a reply",
            F.file(method: "REQUEST", F.event([attendee])),
            .notAReply,
            value: "REQUEST",
            "reply.ics:4: error: The METHOD is 'REQUEST', not a reply; expected 'METHOD:REPLY', the answer to an "
                + "invitation (RFC 5546)."
        ),
        ReplyErrorCase(
            "a published calendar",
            F.file(method: "PUBLISH", F.event([attendee])),
            .notAReply,
            value: "PUBLISH",
            "reply.ics:4: error: The METHOD is 'PUBLISH', not a reply; expected 'METHOD:REPLY', the answer to an "
                + "invitation (RFC 5546)."
        ),
        ReplyErrorCase(
            "no METHOD",
            F.file(method: nil, F.event([attendee])),
            .notAReply,
            value: nil,
            "reply.ics:1: error: The calendar has no METHOD; expected 'METHOD:REPLY', the answer to an invitation "
                + "(RFC 5546)."
        ),
        ReplyErrorCase(
            "no VEVENT",
            F.file([]),
            .missingEvent,
            value: nil,
            "reply.ics: error: The reply holds no VEVENT; expected the event answered, with its UID and the attendee."
        ),
        ReplyErrorCase(
            "no ATTENDEE",
            F.reply(["SEQUENCE:0"]),
            .missingAttendee,
            value: nil,
            "reply.ics:5: error: This VEVENT has no ATTENDEE; expected the attendee who answers, with "
                + "PARTSTAT=ACCEPTED, TENTATIVE or DECLINED."
        ),
        ReplyErrorCase(
            "an attendee without address",
            F.reply(["ATTENDEE;CN=Zoé Müller;PARTSTAT=ACCEPTED:urn:uuid:0d6c7a52-3f1e-4b7a-9c0e-5a2b8e1d4c39"]),
            .missingAttendee,
            value: nil,
            "reply.ics:8: error: The ATTENDEE has no e-mail address; expected a 'mailto:' address or an EMAIL "
                + "parameter."
        ),
        ReplyErrorCase(
            "no UID",
            F.file(F.event([attendee], uid: nil)),
            .missingUID,
            value: nil,
            "reply.ics:5: error: This VEVENT has no UID; expected the UID of the invitation answered."
        ),
        ReplyErrorCase(
            "PARTSTAT=NEEDS-ACTION",
            F.reply(["SEQUENCE:0", "ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:zoe.muller@example.ch"]),
            .unsupportedParticipation,
            value: "NEEDS-ACTION",
            "reply.ics:9: error: The PARTSTAT 'NEEDS-ACTION' is not supported in a reply; expected ACCEPTED, "
                + "TENTATIVE or DECLINED."
        ),
        ReplyErrorCase(
            "PARTSTAT=DELEGATED",
            F.reply(["ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:ana@example.ch\":mailto:zoe@example.ch"]),
            .unsupportedParticipation,
            value: "DELEGATED",
            "reply.ics:8: error: The PARTSTAT 'DELEGATED' is not supported in a reply; expected ACCEPTED, TENTATIVE "
                + "or DECLINED."
        ),
        ReplyErrorCase(
            "a to-do's PARTSTAT",
            F.reply(["ATTENDEE;PARTSTAT=COMPLETED:mailto:zoe.muller@example.ch"]),
            .unsupportedParticipation,
            value: "COMPLETED",
            "reply.ics:8: error: The PARTSTAT 'COMPLETED' is not a participation status of an event; expected "
                + "ACCEPTED, TENTATIVE or DECLINED."
        ),
        ReplyErrorCase(
            "an unknown PARTSTAT",
            F.reply(["ATTENDEE;PARTSTAT=X-MAYBE:mailto:zoe.muller@example.ch"]),
            .unsupportedParticipation,
            value: "X-MAYBE",
            "reply.ics:8: error: The PARTSTAT 'X-MAYBE' is not a participation status of an event; expected "
                + "ACCEPTED, TENTATIVE or DECLINED."
        ),
        ReplyErrorCase(
            "no PARTSTAT",
            F.reply(["ATTENDEE;CN=Zoé Müller:mailto:zoe.muller@example.ch"]),
            .unsupportedParticipation,
            value: nil,
            "reply.ics:8: error: The ATTENDEE has no PARTSTAT, which means NEEDS-ACTION, and that is not supported "
                + "in a reply; expected PARTSTAT=ACCEPTED, TENTATIVE or DECLINED."
        ),
        ReplyErrorCase(
            "an empty SEQUENCE",
            F.reply(["SEQUENCE:", attendee]),
            .invalidSequence,
            value: nil,
            "reply.ics:8: error: The SEQUENCE has no value; expected the revision answered, such as '0' or '2'."
        ),
        ReplyErrorCase(
            "an unknown time zone on RECURRENCE-ID",
            F.reply([attendee, "RECURRENCE-ID;TZID=Mars/Olympus:20270209T190000"]),
            .unknownTimeZone,
            value: "Mars/Olympus",
            "reply.ics:9: error: The time zone 'Mars/Olympus' is neither an IANA time-zone name, nor a Windows "
                + "time-zone name, nor defined by a VTIMEZONE in this file; expected a name such as 'Europe/Zurich'."
        ),
        ReplyErrorCase(
            "a RECURRENCE-ID that is not a date-time",
            F.reply([attendee, "RECURRENCE-ID:2027020XT190000Z"]),
            .invalidDateTime,
            value: "2027020XT190000Z",
            "reply.ics:9: error: The RECURRENCE-ID value '2027020XT190000Z' is not a valid date or date-time; "
                + "expected a value such as '20270112T183000', '20270112T173000Z' or '20270112'."
        ),
        ReplyErrorCase(
            "an e-mail, not a calendar",
            Array("From: zoe@example.ch\r\nSubject: Accepted\r\n".utf8),
            .invalidCalendar,
            value: nil,
            "reply.ics:1: error: The file does not start with 'BEGIN:VCALENDAR'; expected an iCalendar (.ics) file "
                + "exported from a calendar."
        ),
    ]
}
