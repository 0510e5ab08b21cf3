import Calendaring
import PlanningDomain
import Testing

/// `DTSTAMP` (RFC 5545 §3.8.7.2) over the whole range of ``Instant``, 1970 to 9999: libical's own conversion
/// gives up after 3000 and would write `00000000T000000`.
@Suite struct ICSWriterStampTests {
    @Test(
        "Every instant of the range is written as its UTC date-time",
        arguments: [
            (Instant.earliest, "DTSTAMP:19700101T000000Z"),
            (Instant(iso8601: "2999-12-31T23:59:59Z"), "DTSTAMP:29991231T235959Z"),
            (Instant(iso8601: "3001-01-01T00:00:00Z"), "DTSTAMP:30010101T000000Z"),
            (Instant(iso8601: "4000-02-29T12:34:56Z"), "DTSTAMP:40000229T123456Z"),
            (Instant.latest, "DTSTAMP:99991231T235959Z"),
        ]
    )
    func stamp(instant: Instant?, line: String) throws {
        var document = CalendarFixtures.invite
        document.events = [document.events[0]]
        document.events[0].stamp = try #require(instant).secondsSince1970
        let text = ICSText(try ICSWriter.bytes(for: document))
        #expect(text.lines(named: "DTSTAMP") == [line])
    }

    @Test("A stamp after 9999-12-31T23:59:59Z is refused, naming only the UID")
    func stampAfterTheRange() throws {
        var document = CalendarFixtures.invite
        document.events[0].stamp = Instant.latest.secondsSince1970 + 1
        let error = try #require(throws: CalendarError.self) { try ICSWriter.bytes(for: document) }
        #expect(error.code == .invalidEvent)
        #expect(
            error.description
                == "Event 'information.proches-aidants-lausanne@entraide-vd.example': the stamp '253402300800' is not "
                + "between 0 (1970) and 253402300799 (9999)."
        )
    }

    @Test("A recurrence ending on 31 December 9999 has its UNTIL written, not a null time")
    func untilNearTheEndOfTheRange() throws {
        var document = CalendarFixtures.invite
        document.events = [document.events[0]]
        let last = try #require(LocalDate(year: 9999, month: 12, day: 31))
        document.events[0].recurrence = RecurrenceRule(frequency: .weekly, end: .until(last))
        let text = ICSText(try ICSWriter.bytes(for: document))
        #expect(text.eventLines(named: "RRULE") == ["RRULE:FREQ=WEEKLY;UNTIL=99991231T225959Z"])
    }
}
