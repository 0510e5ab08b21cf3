import Calendaring
import EntraideTestSupport
import Foundation
import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// ``HandoverInvites``: one recurring invitation per member, holidays as EXDATE, checked with Python.
@Suite struct HandoverInvitesTests {
    typealias D = ReplyTestData

    static let stamp = Instant(secondsSince1970: 1_804_000_000) ?? .earliest
    /// Every second Tuesday at 19:00 for two hours, from Tuesday 2027-03-09 to the end of 2027: across the
    /// 2027-03-28 and 2027-10-31 daylight-saving changes.
    static let rhythm = Rhythm(
        every: 2,
        weekday: .tuesday,
        start: HandoverRhythmTests.time(19, 0),
        durationMinutes: 120,
        from: D.date(2027, 3, 3),
        until: D.date(2027, 12, 31)
    )
    /// Vaud holidays of 2027 and one on a Tuesday of the series twice (deduplicated); only those on a meeting
    /// count: 2027-03-23 and 2027-12-28 are meetings, 2027-03-30 (a Tuesday off the rhythm) is not.
    static let holidays = [
        D.date(2027, 1, 1), D.date(2027, 3, 23), D.date(2027, 3, 30), D.date(2027, 8, 1), D.date(2027, 12, 28),
        D.date(2027, 3, 23),
    ]

    static func documents(members: Int = 3) -> [(Participant.ID, CalendarDocument)] {
        let scenario = StatusTests.scenario(language: .french)
        let series = HandoverInvites.series(of: rhythm, holidays: holidays, venue: "big")
        return HandoverInvites(scenario: scenario, stamp: stamp)
            .revise(nil, to: series, members: scenario.participants.prefix(members).map(\.id))
            .messages.compactMap { message in message.addressee.recipient.participant.map { ($0, message.document) } }
    }

    @Test("Only holidays that fall on a meeting are cancelled")
    func cancelledDates() {
        #expect(
            HandoverInvites.cancelledDates(of: Self.rhythm, holidays: Self.holidays) == [
                D.date(2027, 3, 23), D.date(2027, 12, 28),
            ]
        )
    }

    @Test("One REQUEST per member: one VEVENT, one ATTENDEE (the member), the shared UID, RRULE and EXDATE")
    func documents() throws {
        let documents = Self.documents()
        #expect(documents.map(\.0) == ["p01", "p02", "p03"])
        for (index, (_, document)) in documents.enumerated() {
            #expect(document.method == .request)
            #expect(document.timeZone == "Europe/Zurich")
            let event = try #require(document.events.first)
            #expect(document.events.count == 1)
            #expect(event.uid == "handover.g@example.org")
            #expect(event.attendees.map(\.email) == ["secret\(index + 1)@mail.example"])
            #expect(event.start == D.dateTime(2027, 3, 9, 19, 0))
            #expect(event.end == D.dateTime(2027, 3, 9, 21, 0))
            #expect(
                event.recurrence
                    == RecurrenceRule(
                        frequency: .weekly,
                        interval: 2,
                        byDay: [.init(.tuesday)],
                        end: .until(D.date(2027, 12, 31))
                    )
            )
            #expect(event.exceptionDates == [D.dateTime(2027, 3, 23, 19, 0), D.dateTime(2027, 12, 28, 19, 0)])
            #expect(event.location?.contains("Big room") == true)
            #expect(!event.summary.contains("handover."), "a handover key is missing from the catalogue")
        }
        let bytes = String(decoding: try ICSWriter.bytes(for: documents[0].1), as: UTF8.self)
        let lines = bytes.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        #expect(lines.contains("RRULE:FREQ=WEEKLY;UNTIL=20271231T225959Z;INTERVAL=2;BYDAY=TU"))
        #expect(lines.contains("EXDATE;TZID=Europe/Zurich:20270323T190000"))
        #expect(lines.contains("DTSTART;TZID=Europe/Zurich:20270309T190000"))
        #expect(lines.filter { $0.hasPrefix("ATTENDEE") }.count == 1)
        #expect(!bytes.contains("secret2@") && !bytes.contains("Secret Name 2"))
    }

    @Test(
        "recurring-ical-events sees every meeting at 19:00 local, holidays removed",
        .enabled(if: RecurrenceCheck.isAvailable, "needs .venv/bin/python with recurring-ical-events")
    )
    func pythonExpansion() throws {
        let bytes = try ICSWriter.bytes(for: Self.documents(members: 1)[0].1)
        let starts = try RecurrenceCheck.localStarts(bytes)
        // Every second Tuesday from 2027-03-09 to 2027-12-28 is 22 meetings; 2027-03-23 and 2027-12-28 are holidays.
        let expected = (0..<300).map { D.date(2027, 3, 1).adding(days: $0) }
            .filter { Self.rhythm.hasMeeting(on: $0) && !Self.holidays.contains($0) }
            .map { "\($0)T19:00:00" }
        #expect(expected.count == 20)
        #expect(starts == expected)
    }
}

/// Expands a calendar with Python `recurring-ical-events` (code we did not write) and prints each start in
/// Europe/Zurich wall-clock time.
enum RecurrenceCheck {
    static var isAvailable: Bool { ProjectPython.has("recurring_ical_events") }

    static let script = """
        import sys, zoneinfo, datetime, icalendar, recurring_ical_events
        calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        zone = zoneinfo.ZoneInfo("Europe/Zurich")
        for event in recurring_ical_events.of(calendar).between((2027, 1, 1), (2028, 1, 1)):
            print(event["DTSTART"].dt.astimezone(zone).strftime("%Y-%m-%dT%H:%M:%S"))
        """

    static func localStarts(_ bytes: [UInt8]) throws -> [String] {
        let result = try ProjectPython.run(script, input: Data(bytes))
        #expect(result.status == 0, "\(result.error)")
        return result.text.split(separator: "\n").map(String.init).sorted()
    }
}
