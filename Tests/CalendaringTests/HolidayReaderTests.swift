import Calendaring
import PlanningDomain
import Testing

/// Public holidays from holiday calendars.
@Suite struct HolidayReaderTests {
    static let calendar = CalendarImportFixtures.calendar(
        CalendarImportFixtures.event(
            ["DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20270103", "SUMMARY:Nouvel An", "TRANSP:TRANSPARENT"],
            uid: "new-year@example.org"
        )
            + CalendarImportFixtures.event(
                [
                    "DTSTART;VALUE=DATE:20260801", "RRULE:FREQ=YEARLY", "SUMMARY:Fête nationale",
                    "EXDATE;VALUE=DATE:20280801",
                ],
                uid: "national-day@example.org"
            )
            + CalendarImportFixtures.event(
                ["DTSTART;VALUE=DATE:20271225", "SUMMARY:Noël", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"],
                uid: "christmas@example.org"
            )
            + CalendarImportFixtures.event(
                ["DTSTART;VALUE=DATE:20270526", "SUMMARY:Jour annulé", "STATUS:CANCELLED"],
                uid: "cancelled@example.org"
            )
            + CalendarImportFixtures.event(
                ["DTSTART;TZID=Europe/Zurich:20270601T100000", "DURATION:PT1H", "SUMMARY:Réunion"],
                uid: "meeting@example.org"
            )
    )

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        guard let date = LocalDate(year: year, month: month, day: day) else { preconditionFailure("no such date") }
        return date
    }

    @Test("One holiday per day covered, DTEND excluded, RRULE over the years, timed and cancelled events left out")
    func holidays() throws {
        let holidays = try HolidayReader.read(Self.calendar, file: "jours-feries.ics", years: 2027...2029)
        #expect(
            holidays == [
                Holiday(date: Self.date(2027, 1, 1), name: "Nouvel An"),
                Holiday(date: Self.date(2027, 1, 2), name: "Nouvel An"),
                Holiday(date: Self.date(2027, 8, 1), name: "Fête nationale"),
                Holiday(date: Self.date(2027, 12, 25), name: "Noël"),
                Holiday(date: Self.date(2029, 8, 1), name: "Fête nationale"),
            ]
        )
    }

    @Test("Only the requested years are read")
    func years() throws {
        let holidays = try HolidayReader.read(Self.calendar, file: "jours-feries.ics", years: 2026...2026)
        #expect(holidays == [Holiday(date: Self.date(2026, 8, 1), name: "Fête nationale")])
    }

    @Test("Entraide's files give each holiday its key (X-ENTRAIDE-HOLIDAY); other calendars give none")
    func keys() throws {
        let bytes = CalendarImportFixtures.calendar(
            CalendarImportFixtures.event(
                ["DTSTART;VALUE=DATE:20270329", "SUMMARY:Lundi de Pâques", "X-ENTRAIDE-HOLIDAY:Easter-Monday"],
                uid: "20270329-easter-monday@holidays.entraide"
            )
        )
        let holidays = try HolidayReader.read(bytes, file: "CH-VD.ics", years: 2027...2027)
        #expect(
            holidays == [
                Holiday(
                    date: Self.date(2027, 3, 29),
                    name: "Lundi de Pâques",
                    key: Holiday.Key(rawValue: "easter-monday")
                )
            ]
        )
        let other = try HolidayReader.read(Self.calendar, file: "jours-feries.ics", years: 2027...2027)
        #expect(other.allSatisfy { $0.key == nil })
    }
}
