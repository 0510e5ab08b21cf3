import Calendaring
import Testing

/// Malformed calendar files: every error code, with the whole rendered diagnostic (file, line, value, sentence).
@Suite struct CalendarImportErrorTests {
    @Test(
        "Each malformed file gives its located diagnostic",
        arguments: CalendarImportErrorCase.files + CalendarImportErrorCase.times + CalendarImportErrorCase.periods
            + CalendarImportErrorCase.lines
    )
    func malformedFile(_ errorCase: CalendarImportErrorCase) throws {
        let errors = try #require(throws: CalendarImportErrors.self) {
            try BusyTimeReader.read(
                errorCase.bytes,
                file: "test.ics",
                defaultTimeZone: "Europe/Zurich",
                from: CalendarImportFixtures.windowStart,
                to: CalendarImportFixtures.windowEnd
            )
        }
        #expect(errors.rendered == errorCase.rendered)
        #expect(errors.description == errorCase.rendered)
        let error = try #require(errors.errors.first)
        #expect(error.code == errorCase.code)
        #expect(error.value == errorCase.value)
        #expect(error.file == "test.ics")
    }

    @Test(
        "The holiday reader reports the same diagnostics",
        arguments: CalendarImportErrorCase.files + CalendarImportErrorCase.times + CalendarImportErrorCase.lines
    )
    func malformedHolidayFile(_ errorCase: CalendarImportErrorCase) throws {
        let errors = try #require(throws: CalendarImportErrors.self) {
            try HolidayReader.read(errorCase.bytes, file: "test.ics", years: 2027...2027)
        }
        #expect(errors.rendered == errorCase.rendered)
    }

    @Test("An unknown default time zone is a problem of the whole file")
    func unknownDefaultTimeZone() throws {
        let errors = try #require(throws: CalendarImportErrors.self) {
            try CalendarImportFixtures.read(
                CalendarImportFixtures.event(["DTSTART:20270105T100000"]),
                defaultTimeZone: "Mars/Base"
            )
        }
        #expect(errors.errors.map(\.code) == [.unknownTimeZone])
        #expect(
            errors.rendered
                == "test.ics: error: The default time zone 'Mars/Base' is not an IANA time-zone name known to the "
                + "system tzdata; expected a name such as 'Europe/Zurich'."
        )
    }

    @Test("A file that cannot be read at all is reported without a line")
    func unreadableFile() {
        let error = CalendarImportError.unreadable(file: "salle.ics", reason: "No such file or directory")
        #expect(error.code == .unreadableCalendar)
        #expect(error.line == 0)
        #expect(
            error.rendered
                == "salle.ics: error: The file cannot be read (No such file or directory); expected a readable .ics file."
        )
    }

    @Test("Messages never quote a summary, an attendee or a description")
    func messagesLeaveOutPersonalData() throws {
        let errors = try #require(throws: CalendarImportErrors.self) {
            try CalendarImportFixtures.read(
                CalendarImportFixtures.event([
                    "SUMMARY:Rendez-vous de Zoé Müller-Éluard", "DESCRIPTION:Appeler Zoé au 079 000 00 00",
                    "ATTENDEE;CN=Zoé Müller-Éluard:mailto:zoe@example.ch", "DTSTART;TZID=Zoé:20270105T100000",
                ])
            )
        }
        #expect(errors.errors.map(\.line) == [10])
        #expect(
            !errors.rendered.contains("Müller") && !errors.rendered.contains("079") && !errors.rendered.contains("@")
        )
    }

    @Test("Codes have stable kebab-case names")
    func codeNames() {
        let codes: [CalendarImportError.Code] = [
            .unreadableCalendar, .invalidCalendar, .unknownTimeZone, .invalidDateTime, .invalidRecurrence,
            .missingStart, .invalidPeriod, .invalidLine, .invalidValue,
        ]
        #expect(
            codes.map(\.description) == [
                "unreadable-calendar", "invalid-calendar", "unknown-time-zone", "invalid-date-time",
                "invalid-recurrence", "missing-start", "invalid-period", "invalid-line", "invalid-value",
            ]
        )
    }
}
