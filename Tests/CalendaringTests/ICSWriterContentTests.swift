import Calendaring
import PlanningDomain
import Testing

/// What is written: structure, time zone, times, people, alarm.
@Suite struct ICSWriterContentTests {
    @Test func calendarPropertiesComeFirstThenTheTimeZoneThenTheEventsInOrder() throws {
        let lines = ICSText(try ICSWriter.bytes(for: CalendarFixtures.published)).contentLines
        let expectedHead = [
            "BEGIN:VCALENDAR", "PRODID:-//Entraide//Entraide 1.0//FR", "VERSION:2.0", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:Entraide, groupes; fondation", "BEGIN:VTIMEZONE",
        ]
        #expect(Array(lines.prefix(expectedHead.count)) == expectedHead)
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(uids == CalendarFixtures.published.events.map { "UID:" + $0.uid })
        let endOfZone = try #require(lines.firstIndex(of: "END:VTIMEZONE"))
        let firstEvent = try #require(lines.firstIndex(of: "BEGIN:VEVENT"))
        #expect(endOfZone < firstEvent)
    }

    @Test func eventPropertiesAreWrittenInTheDocumentedOrder() throws {
        let event = ICSText(try ICSWriter.bytes(for: CalendarFixtures.invite)).component("VEVENT")
        let names = event.map { String($0.prefix { $0 != ":" && $0 != ";" }) }
        #expect(
            names == [
                "UID", "DTSTAMP", "SEQUENCE", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS",
                "TRANSP", "ORGANIZER", "ATTENDEE", "BEGIN", "ACTION", "TRIGGER", "DESCRIPTION", "END",
            ]
        )
    }

    @Test func startAndEndCarryTheTZIDParameterAndLocalTimes() throws {
        let text = ICSText(try ICSWriter.bytes(for: CalendarFixtures.invite))
        #expect(
            text.eventLines(named: "DTSTART") == [
                "DTSTART;TZID=Europe/Zurich:20270112T183000", "DTSTART;TZID=Europe/Zurich:20270406T183000",
            ]
        )
        #expect(
            text.eventLines(named: "DTEND") == [
                "DTEND;TZID=Europe/Zurich:20270112T200000", "DTEND;TZID=Europe/Zurich:20270406T203000",
            ]
        )
    }

    @Test func theTimeZoneIsDefinedUnderItsPlainName() throws {
        let text = ICSText(try ICSWriter.bytes(for: CalendarFixtures.invite))
        #expect(!text.contentLines.contains { $0.contains("freeassociation") || $0.hasPrefix("X-LIC-") })
        #expect(text.lines(named: "BEGIN").filter { $0 == "BEGIN:VTIMEZONE" }.count == 1)
        // One summer and one winter observance, the rules in force, as Outlook reads them (libical's own rules).
        #expect(text.component("VTIMEZONE") == ICSWriterTimeZoneTests.zurich)
    }

    @Test func stampIsUTCAndSequenceStatusAndTransparencyAreAlwaysWritten() throws {
        let text = ICSText(try ICSWriter.bytes(for: CalendarFixtures.invite))
        #expect(text.lines(named: "DTSTAMP") == ["DTSTAMP:20261102T090000Z", "DTSTAMP:20261102T090000Z"])
        #expect(text.lines(named: "SEQUENCE") == ["SEQUENCE:0", "SEQUENCE:2"])
        #expect(text.lines(named: "STATUS") == ["STATUS:CONFIRMED", "STATUS:TENTATIVE"])
        #expect(text.lines(named: "TRANSP") == ["TRANSP:OPAQUE", "TRANSP:OPAQUE"])
    }

    @Test func exactlyTheGivenAttendeesAreWritten() throws {
        var document = CalendarFixtures.invite
        document.events[0].attendees = [
            CalendarAttendee(name: "Ana", email: "ana@example.ch"),
            CalendarAttendee(
                name: "Ben",
                email: "ben@example.ch",
                role: .optionalParticipant,
                participation: .accepted,
                rsvp: false
            ),
            CalendarAttendee(name: "", email: "chair@example.ch", role: .chair, participation: .declined),
        ]
        document.events[1].attendees = []
        let text = ICSText(try ICSWriter.bytes(for: document))
        #expect(
            text.component("VEVENT").filter { $0.hasPrefix("ATTENDEE") } == [
                "ATTENDEE;CN=Ana;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ana@example.ch",
                "ATTENDEE;CN=Ben;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:ben@example.ch",
                "ATTENDEE;ROLE=CHAIR;PARTSTAT=DECLINED;RSVP=TRUE:mailto:chair@example.ch",
            ]
        )
        #expect(text.lines(named: "ATTENDEE").count == 3)
    }

    @Test func invitationHasOrganizerAndOneAttendeePerEvent() throws {
        let text = ICSText(try ICSWriter.bytes(for: CalendarFixtures.invite))
        #expect(text.lines(named: "METHOD") == ["METHOD:REQUEST"])
        #expect(
            text.lines(named: "ORGANIZER").allSatisfy {
                $0 == "ORGANIZER;CN=Centre Entraide Vaud:mailto:groupes@entraide-vd.example"
            }
        )
        #expect(
            text.lines(named: "ATTENDEE")
                == Array(
                    repeating:
                        "ATTENDEE;CN=Zoé Müller-Éluard;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:zoe@example.ch",
                    count: 2
                )
        )
    }

    @Test func publishedCalendarNamesNobody() throws {
        let text = ICSText(try ICSWriter.bytes(for: CalendarFixtures.published))
        #expect(text.lines(named: "ATTENDEE").isEmpty)
        #expect(text.lines(named: "ORGANIZER").isEmpty)
        #expect(text.lines(named: "BEGIN").contains("BEGIN:VALARM") == false)
    }

    @Test func reminderIsADisplayAlarmBeforeTheStart() throws {
        let text = ICSText(try ICSWriter.bytes(for: CalendarFixtures.invite))
        #expect(text.component("VALARM") == ["ACTION:DISPLAY", "TRIGGER:-PT1H", "DESCRIPTION:Séance d'information"])
        #expect(text.lines(named: "TRIGGER") == ["TRIGGER:-PT1H", "TRIGGER:-P1D"])
    }

    @Test func utcIsWrittenWithAVTIMEZONEToo() throws {
        var document = CalendarFixtures.published
        document.timeZone = "UTC"
        let text = ICSText(try ICSWriter.bytes(for: document))
        #expect(text.component("VTIMEZONE").first == "TZID:UTC")
        #expect(text.eventLines(named: "DTSTART").first == "DTSTART;TZID=UTC:20270112T183000")
    }

    @Test func calendarWithoutEventsStillDefinesItsTimeZone() throws {
        let text = ICSText(try ICSWriter.bytes(for: CalendarDocument(events: [])))
        #expect(text.component("VTIMEZONE").first == "TZID:Europe/Zurich")
        #expect(text.lines(named: "BEGIN").contains("BEGIN:VEVENT") == false)
    }
}
