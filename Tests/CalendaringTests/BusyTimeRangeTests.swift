import Calendaring
import Foundation
import Testing

/// `RECURRENCE-ID;RANGE=THISANDFUTURE` (RFC 5545 §3.8.4.4) governs the rest of its series.
///
/// The override moves its occurrence and every later one by the same time difference, gives them its length
/// and its status; single overrides and EXDATEs still name the original instants. Checked by hand and against Python `recurring-ical-events`.
@Suite struct BusyTimeRangeTests {
    typealias F = CalendarImportFixtures

    /// A weekly Tuesday meeting at 10:00–11:00 in Zurich, 14 times from 2027-01-05, without 9 February; from
    /// 2 February on it moves to 13:00–14:30; the 16 February one moves alone to Wednesday 09:00; from 23 March
    /// on it is pencilled in at 09:00–10:00 (across the change to summer time on 28 March); from 6 April on it is
    /// cancelled.
    static let lines =
        F.event(
            [
                "DTSTART;TZID=Europe/Zurich:20270105T100000", "DTEND;TZID=Europe/Zurich:20270105T110000",
                "RRULE:FREQ=WEEKLY;COUNT=14", "EXDATE;TZID=Europe/Zurich:20270209T100000",
            ],
            uid: "series@example.org"
        )
        + F.event(
            [
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Zurich:20270202T100000",
                "DTSTART;TZID=Europe/Zurich:20270202T130000", "DTEND;TZID=Europe/Zurich:20270202T143000",
            ],
            uid: "series@example.org"
        )
        + F.event(
            [
                "RECURRENCE-ID;TZID=Europe/Zurich:20270216T100000", "DTSTART;TZID=Europe/Zurich:20270217T090000",
                "DTEND;TZID=Europe/Zurich:20270217T100000",
            ],
            uid: "series@example.org"
        )
        + F.event(
            [
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Zurich:20270323T100000",
                "DTSTART;TZID=Europe/Zurich:20270323T090000", "DTEND;TZID=Europe/Zurich:20270323T100000",
                "STATUS:TENTATIVE",
            ],
            uid: "series@example.org"
        )
        + F.event(
            [
                "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Zurich:20270406T100000",
                "DTSTART;TZID=Europe/Zurich:20270406T090000", "DTEND;TZID=Europe/Zurich:20270406T100000",
                "STATUS:CANCELLED",
            ],
            uid: "series@example.org"
        )

    @Test("Later occurrences take the override's shift, length and status, derived by hand")
    func byHand() throws {
        #expect(
            try F.read(Self.lines) == [
                F.period("2027-01-05T09:00Z", "2027-01-05T10:00Z"), F.period("2027-01-12T09:00Z", "2027-01-12T10:00Z"),
                F.period("2027-01-19T09:00Z", "2027-01-19T10:00Z"), F.period("2027-01-26T09:00Z", "2027-01-26T10:00Z"),
                // Moved three hours later and lengthened to 90 minutes, from 2 February on; 9 February is excluded.
                F.period("2027-02-02T12:00Z", "2027-02-02T13:30Z"),
                // The 16 February meeting moved alone to Wednesday 09:00.
                F.period("2027-02-17T08:00Z", "2027-02-17T09:00Z"),
                F.period("2027-02-23T12:00Z", "2027-02-23T13:30Z"), F.period("2027-03-02T12:00Z", "2027-03-02T13:30Z"),
                F.period("2027-03-09T12:00Z", "2027-03-09T13:30Z"), F.period("2027-03-16T12:00Z", "2027-03-16T13:30Z"),
                // Pencilled in at 09:00 local from 23 March: winter time, then summer time.
                F.period("2027-03-23T08:00Z", "2027-03-23T09:00Z", .tentative),
                F.period("2027-03-30T07:00Z", "2027-03-30T08:00Z", .tentative),
                // Cancelled from 6 April on: nothing.
            ]
        )
    }

    @Test(
        "The same occurrences as Python recurring-ical-events",
        .enabled(if: ICSChecker.isAvailable, "needs .venv/bin/python with recurring-ical-events")
    )
    func matchesPython() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-range-\(UUID()).ics")
        try Data(F.calendar(Self.lines)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let swift = try F.read(Self.lines).map { "\($0.start) \($0.end) \($0.kind == .busy ? "busy" : "tentative")" }
        #expect(swift.count == 12)
        #expect(try BusyTimeRoundTripTests.expand(url) == swift)
    }

    @Test("A THISANDFUTURE override before the window still moves the occurrences inside it")
    func overrideBeforeTheWindow() throws {
        let lines =
            F.event(
                ["DTSTART:20260105T100000Z", "DTEND:20260105T110000Z", "RRULE:FREQ=WEEKLY;BYDAY=TU"],
                uid: "old@example.org"
            )
            + F.event(
                [
                    "RECURRENCE-ID;RANGE=THISANDFUTURE:20260106T100000Z", "DTSTART:20260113T100000Z", "DURATION:PT2H",
                ],
                uid: "old@example.org"
            )
        // Every occurrence moves a week later and lasts two hours: the one of 29 December 2026, found although it
        // starts before the window, lands on 5 January 2027.
        #expect(
            try F.read(lines, to: F.utc("2027-01-13T00:00Z")) == [
                F.period("2027-01-05T10:00Z", "2027-01-05T12:00Z"), F.period("2027-01-12T10:00Z", "2027-01-12T12:00Z"),
            ]
        )
    }
}
