import Calendaring
import PlanningDomain
import Testing

/// A calendar file reports all its problems at once; text is decoded after unfolding; what RFC 5545 says to
/// accept is accepted.
@Suite struct CalendarImportProblemsTests {
    typealias F = CalendarImportFixtures

    static func errors(_ lines: [String]) throws -> CalendarImportErrors {
        try #require(throws: CalendarImportErrors.self) { try F.read(lines) }
    }

    @Test("A file with several problems reports every one, in line order")
    func severalProblems() throws {
        let errors = try Self.errors(
            F.event(["DTSTART;TZID=Mars/Base:20270105T100000", "DTEND 20270105T120000"])
                + F.event(["DTSTART:20270106T100000Z", "DTEND:20270106T110000Z", "RRULE:FREQ=FORTNIGHTLY"], uid: "b")
                + F.event(["SUMMARY:Sans début"], uid: "c")
                + ["BEGIN:VFREEBUSY", "FREEBUSY:20270112T080000Z/tomorrow", "END:VFREEBUSY"]
                + F.event(["DTSTART:20270230T100000Z", "DTEND:20270105T110000Z"], uid: "d")
        )
        #expect(
            errors.rendered == """
                test.ics:7: error: The time zone 'Mars/Base' is neither an IANA time-zone name, nor a Windows time-zone \
                name, nor defined by a VTIMEZONE in this file; expected a name such as 'Europe/Zurich'.
                test.ics:8: error: The line 'DTEND 20270105T120000' has no ':' between the property name and its value, \
                so libical drops it; expected 'DTEND:20270105T120000'.
                test.ics:15: error: The recurrence rule 'FREQ=FORTNIGHTLY' cannot be read; expected a rule such as \
                'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T170000Z'.
                test.ics:17: error: This VEVENT has no DTSTART; expected every event to have a start date or date-time.
                test.ics:23: error: The FREEBUSY value '20270112T080000Z/tomorrow' is not a valid period; expected a \
                period such as '20270112T170000Z/20270112T183000Z' or '20270112T170000Z/PT1H30M'.
                test.ics:28: error: The DTSTART value '20270230T100000Z' is not a date or date-time that exists; expected \
                a real calendar day and a time from 00:00:00 to 23:59:59.
                """
        )
        #expect(
            errors.errors.map(\.code) == [
                .unknownTimeZone, .invalidLine, .invalidRecurrence, .missingStart, .invalidPeriod, .invalidDateTime,
            ]
        )
    }

    @Test("Two unknown time zones in one event are two problems")
    func twoProblemsInOneEvent() throws {
        let errors = try Self.errors(
            F.event(["DTSTART;TZID=Mars/Base:20270105T100000", "DTEND;TZID=Venus:20270105T110000"])
        )
        #expect(errors.errors.map(\.line) == [7, 8])
        #expect(errors.errors.map(\.value) == ["Mars/Base", "Venus"])
    }

    @Test("A fold inside a multi-byte character is undone before decoding (RFC 5545 §3.1)")
    func foldInsideACharacter() throws {
        // "Lundi de Pâques" folded between the two bytes of "â" (0xC3 0xA2), LF and CRLF, space and tab.
        let head = Array(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20270329\r\n".utf8
        )
        let summary = Array("SUMMARY:Lundi de P".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xA2] + Array("ques\r\n".utf8)
        let comment = Array("COMMENT:Caf".utf8) + [0xC3, 0x0A, 0x09, 0xA9] + Array("\r\n".utf8)
        let tail = Array("END:VEVENT\r\nEND:VCALENDAR\r\n".utf8)
        let holidays = try HolidayReader.read(head + summary + comment + tail, file: "feries.ics", years: 2027...2027)
        let date = try #require(LocalDate(year: 2027, month: 3, day: 29))
        #expect(holidays == [Holiday(date: date, name: "Lundi de Pâques")])
    }

    @Test("A byte that is still not UTF-8 after unfolding is located on its own physical line")
    func notUTF8AfterUnfolding() throws {
        let bytes =
            Array("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270105T100000Z\r\nSUMMARY:Caf\r\n ".utf8)
            + [0xE9] + Array("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8)
        let errors = try #require(throws: CalendarImportErrors.self) {
            try BusyTimeReader.read(bytes, file: "test.ics", defaultTimeZone: "Europe/Zurich", from: 0, to: 1)
        }
        #expect(
            errors.rendered
                == "test.ics:6: error: The byte '0xE9' is not valid UTF-8; expected a calendar file saved as UTF-8 text."
        )
    }

    @Test("Every line that is not UTF-8 is reported, up to 20, then counted")
    func manyLinesNotUTF8() throws {
        let events = (1...25).flatMap { index in
            F.event(["DTSTART:20270105T100000Z", "SUMMARY:R\u{E9}union"], uid: "\(index)")
        }
        let latin1 = F.calendar(events).reduce(into: [UInt8]()) { bytes, byte in
            if byte == 0xA9, bytes.last == 0xC3 { bytes[bytes.count - 1] = 0xE9 } else { bytes.append(byte) }
        }
        let errors = try #require(throws: CalendarImportErrors.self) {
            try BusyTimeReader.read(latin1, file: "test.ics", defaultTimeZone: "Europe/Zurich", from: 0, to: 1)
        }
        #expect(errors.errors.count == 21)
        #expect(
            errors.errors.first?.rendered
                == "test.ics: error: 5 more lines hold bytes that are not valid UTF-8; expected a calendar file saved as UTF-8 text."
        )
        #expect(errors.errors.dropFirst().map(\.line) == (0..<20).map { 8 + $0 * 6 })
    }

    @Test("Unknown properties, empty text values and lines of alarms are accepted, as RFC 5545 asks")
    func acceptedLines() throws {
        let periods = try F.read(
            ["COLOR:teal", "X-WR-TIMEZONE:Europe/Zurich"]
                + F.event([
                    "DTSTART:20270105T100000Z", "DTEND:20270105T110000Z", "DESCRIPTION:", "LOCATION:", "URL:",
                    "CONFERENCE;VALUE=URI;LABEL=Salle:https://example.org/salle", "FOO;X=1:bar",
                    "BEGIN:VALARM", "TRIGGER junk", "END:VALARM",
                ])
                + ["BEGIN:VTODO", "UID:t", "DUE:someday", "END:VTODO"]
        )
        #expect(periods == [F.period("2027-01-05T10:00Z", "2027-01-05T11:00Z")])
    }

    @Test("The holiday reader reports every problem too")
    func holidayReaderReportsAll() throws {
        let bytes = F.calendar(
            F.event(["DTSTART;VALUE=DATE:20270101", "RRULE FREQ=YEARLY"])
                + F.event(["DTSTART;VALUE=DATE:20270230", "SUMMARY:Fête"], uid: "b")
        )
        let errors = try #require(throws: CalendarImportErrors.self) {
            try HolidayReader.read(bytes, file: "feries.ics", years: 2027...2027)
        }
        #expect(errors.errors.map(\.line) == [8, 13])
        #expect(errors.errors.map(\.code) == [.invalidLine, .invalidDateTime])
    }
}
