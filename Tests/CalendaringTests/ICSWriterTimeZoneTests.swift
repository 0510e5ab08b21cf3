import Calendaring
import PlanningDomain
import Testing

/// The `VTIMEZONE` (RFC 5545 §3.6.5) as Outlook reads it: one `STANDARD` and one `DAYLIGHT` observance (one
/// `STANDARD` for a zone without daylight saving), built by libical from tzdata, no `X-LIC-LOCATION`.
@Suite struct ICSWriterTimeZoneTests {
    /// The `VTIMEZONE` lines of Europe/Zurich for events after 1996: summer time from 1981, winter time from 1996.
    static let zurich = [
        "TZID:Europe/Zurich", "BEGIN:DAYLIGHT", "TZNAME:CEST", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "BEGIN:STANDARD",
        "TZNAME:CET", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    ]

    /// A document of one 90-minute event at 18:30 on each of these days, in `zone`.
    static func document(_ zone: String, days: [(Int, Int, Int)], recurrence: RecurrenceRule? = nil) -> CalendarDocument
    {
        CalendarDocument(
            method: .publish,
            timeZone: zone,
            events: days.enumerated().map { index, day in
                CalendarEvent(
                    uid: "event-\(index)@entraide.example",
                    stamp: CalendarFixtures.stamp,
                    start: CalendarFixtures.dateTime(day.0, day.1, day.2, 18, 30),
                    end: CalendarFixtures.dateTime(day.0, day.1, day.2, 20, 0),
                    summary: "Rencontre",
                    recurrence: recurrence
                )
            }
        )
    }

    /// The names of the observances (`STANDARD`, `DAYLIGHT`) in file order, and whether any line is libical's own.
    static func observances(of document: CalendarDocument) throws -> (names: [String], hasLibicalLines: Bool) {
        let zone = ICSText(try ICSWriter.bytes(for: document)).component("VTIMEZONE")
        let names = zone.filter { $0.hasPrefix("BEGIN:") }.map { String($0.dropFirst("BEGIN:".count)) }
        return (names, zone.contains { $0.hasPrefix("X-LIC-") })
    }

    @Test(
        "Zones with daylight saving: one DAYLIGHT and one STANDARD, for events from 2026 to 2040",
        arguments: ["Europe/Zurich", "America/New_York", "Australia/Sydney", "Europe/London", "America/Santiago"]
    )
    func zonesWithDaylightSaving(zone: String) throws {
        let shape = try Self.observances(of: Self.document(zone, days: [(2026, 1, 5), (2031, 7, 1), (2040, 12, 20)]))
        #expect(shape.names.sorted() == ["DAYLIGHT", "STANDARD"])
        #expect(!shape.hasLibicalLines)
    }

    @Test(
        "Zones without daylight saving, or that gave it up: one STANDARD",
        arguments: ["UTC", "Asia/Tokyo", "America/Sao_Paulo", "Africa/Nairobi", "Etc/GMT-14"]
    )
    func zonesWithoutDaylightSaving(zone: String) throws {
        let shape = try Self.observances(of: Self.document(zone, days: [(2026, 3, 1), (2035, 11, 30)]))
        #expect(shape.names == ["STANDARD"])
        #expect(!shape.hasLibicalLines)
    }

    @Test("A series without end, and a file without events, still get one pair")
    func unboundedAndEmpty() throws {
        let weekly = RecurrenceRule(frequency: .weekly, byDay: [.init(.tuesday)])
        let series = try Self.observances(of: Self.document("Europe/Zurich", days: [(2027, 1, 12)], recurrence: weekly))
        #expect(series.names == ["DAYLIGHT", "STANDARD"])
        let empty = try Self.observances(of: Self.document("Europe/Zurich", days: []))
        #expect(empty.names == ["DAYLIGHT", "STANDARD"])
    }

    @Test("The exact observances for Zurich: libical's rules, joined across its 2037 split, without UNTIL")
    func zurich() throws {
        let text = ICSText(try ICSWriter.bytes(for: Self.document("Europe/Zurich", days: [(2035, 6, 1)])))
        #expect(text.component("VTIMEZONE") == Self.zurich)
    }

    @Test("Events across a change of the zone's rules keep every observance they need (Zurich, 1995–1997)")
    func ruleChangeDuringTheEvents() throws {
        // Summer time ended in September until 1995 and in October from 1996: two winter rules are needed.
        let text = ICSText(
            try ICSWriter.bytes(for: Self.document("Europe/Zurich", days: [(1995, 9, 5), (1997, 10, 1)]))
        )
        let zone = text.component("VTIMEZONE")
        #expect(zone.filter { $0 == "BEGIN:STANDARD" }.count == 2)
        #expect(zone.filter { $0 == "BEGIN:DAYLIGHT" }.count == 1)
        #expect(zone.contains("RRULE:FREQ=YEARLY;UNTIL=19950924T010000Z;BYDAY=-1SU;BYMONTH=9"))
        #expect(zone.contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"))
    }
}
