import Calendaring
import Foundation
import PlanningDomain
import Testing

/// RRULE and EXDATE written through libical, and expanded by Python `recurring-ical-events`.
@Suite struct ICSWriterRecurrenceTests {
    typealias F = CalendarFixtures

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        F.dateTime(year, month, day, 0, 0).date
    }

    /// Every Tuesday at 19:00 in Zurich from 2027-03-02 to 2027-11-30, across 2027-03-28 and 2027-10-31;
    /// no meeting on 2027-04-13 nor 2027-11-02.
    static let weekly = CalendarDocument(
        method: .request,
        events: [
            CalendarEvent(
                uid: "handover.groupe@entraide-vd.example",
                stamp: F.stamp,
                start: F.dateTime(2027, 3, 2, 19, 0),
                end: F.dateTime(2027, 3, 2, 21, 0),
                summary: "Rencontre du groupe",
                organizer: F.centre,
                attendees: [F.participant],
                recurrence: RecurrenceRule(
                    frequency: .weekly,
                    byDay: [.init(.tuesday)],
                    end: .until(date(2027, 11, 30))
                ),
                exceptionDates: [F.dateTime(2027, 4, 13, 19, 0), F.dateTime(2027, 11, 2, 19, 0)]
            )
        ]
    )

    static func lines(_ document: CalendarDocument) throws -> [String] {
        ICSText(try ICSWriter.bytes(for: document)).contentLines
    }

    @Test("RRULE after DTEND with a UTC UNTIL at the end of the local day, one EXDATE;TZID per date")
    func weeklyLines() throws {
        let lines = try Self.lines(Self.weekly)
        let start = try #require(lines.firstIndex(of: "DTSTART;TZID=Europe/Zurich:20270302T190000"))
        #expect(
            Array(lines[start...(start + 4)]) == [
                "DTSTART;TZID=Europe/Zurich:20270302T190000", "DTEND;TZID=Europe/Zurich:20270302T210000",
                // 2027-11-30 23:59:59 in Zurich (winter time) is 22:59:59 UTC.
                "RRULE:FREQ=WEEKLY;UNTIL=20271130T225959Z;BYDAY=TU",
                "EXDATE;TZID=Europe/Zurich:20270413T190000", "EXDATE;TZID=Europe/Zurich:20271102T190000",
            ]
        )
    }

    @Test("Monthly rules with a position, an interval and a count")
    func monthlyLines() throws {
        var document = Self.weekly
        document.events[0].recurrence = RecurrenceRule(
            frequency: .monthly,
            interval: 2,
            byDay: [.init(.tuesday, position: 2), .init(.friday, position: -1)],
            end: .count(6)
        )
        document.events[0].exceptionDates = []
        let lines = try Self.lines(document)
        #expect(lines.contains("RRULE:FREQ=MONTHLY;COUNT=6;INTERVAL=2;BYDAY=2TU,-1FR"))
        #expect(!lines.contains { $0.hasPrefix("EXDATE") })
    }

    @Test("Without recurrence nothing changes: no RRULE, no EXDATE")
    func singleEventsUnchanged() throws {
        let lines = try Self.lines(CalendarFixtures.invite)
        let events = lines.drop { $0 != "BEGIN:VEVENT" }
        #expect(!events.isEmpty)
        #expect(!events.contains { $0.hasPrefix("RRULE") || $0.hasPrefix("EXDATE") })
    }

    @Test(
        "A rule libical cannot write, or that contradicts itself, is refused by UID",
        arguments: [
            (RecurrenceRule(frequency: .weekly, interval: 0), "the recurrence interval '0' is not between 1 and 32767"),
            (
                RecurrenceRule(frequency: .weekly, byDay: [.init(.tuesday, position: 2)]),
                "the BYDAY position '2' is not allowed; expected 1 to 5 or -5 to -1, in a monthly rule only"
            ),
            (
                RecurrenceRule(frequency: .monthly, byDay: [.init(.tuesday, position: 6)]),
                "the BYDAY position '6' is not allowed; expected 1 to 5 or -5 to -1, in a monthly rule only"
            ),
            (
                RecurrenceRule(frequency: .weekly, end: .until(date(2027, 3, 1))),
                "the recurrence ends on '2027-03-01', before its start '2027-03-02'"
            ),
            (
                RecurrenceRule(frequency: .weekly, end: .count(0)),
                "the recurrence count '0' is not between 1 and 2147483647"
            ),
        ]
    )
    func invalidRules(rule: RecurrenceRule, problem: String) throws {
        var document = Self.weekly
        document.events[0].recurrence = rule
        let error = try #require(throws: CalendarError.self) { try ICSWriter.bytes(for: document) }
        #expect(error.code == .invalidEvent)
        #expect(error.message == "Event 'handover.groupe@entraide-vd.example': \(problem).")
    }

    @Test(
        "recurring-ical-events: 19:00 local across both daylight-saving changes, EXDATEs removed",
        .enabled(if: ICSChecker.isAvailable, "needs .venv/bin/python with recurring-ical-events")
    )
    func pythonExpansion() throws {
        let occurrences = try RecurrenceExpansion.occurrences(try ICSWriter.bytes(for: Self.weekly))
        // Tuesdays from 2027-03-02 to 2027-11-30: 40, less the two exception dates.
        #expect(occurrences.count == 38)
        #expect(occurrences.allSatisfy { $0.local.hasSuffix("T19:00") })
        #expect(!occurrences.contains { $0.local.hasPrefix("2027-04-13") || $0.local.hasPrefix("2027-11-02") })
        let utc = Dictionary(uniqueKeysWithValues: occurrences.map { ($0.local, $0.utc) })
        // Winter time is UTC+1, summer time UTC+2: the UTC hour moves, the local one does not.
        #expect(utc["2027-03-23T19:00"] == "2027-03-23T18:00Z")
        #expect(utc["2027-03-30T19:00"] == "2027-03-30T17:00Z")
        #expect(utc["2027-10-26T19:00"] == "2027-10-26T17:00Z")
        #expect(utc["2027-11-09T19:00"] == "2027-11-09T18:00Z")
        #expect(occurrences.last?.local == "2027-11-30T19:00")
    }
}

/// Expands a calendar with Python `icalendar` + `recurring-ical-events`, code we did not write.
enum RecurrenceExpansion {
    static let script = """
        import sys, zoneinfo, datetime, icalendar, recurring_ical_events
        calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
        zone = zoneinfo.ZoneInfo("Europe/Zurich")
        for event in recurring_ical_events.of(calendar).between((2026, 1, 1), (2029, 1, 1)):
            start = event["DTSTART"].dt
            print(start.astimezone(zone).strftime("%Y-%m-%dT%H:%M"),
                  start.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ"))
        """

    /// Each occurrence's start in Zurich wall-clock time and in UTC, sorted.
    static func occurrences(_ bytes: [UInt8]) throws -> [(local: String, utc: String)] {
        let process = Process()
        process.executableURL = ICSChecker.python
        process.arguments = ["-c", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").sorted().map { line in
            let parts = line.split(separator: " ").map(String.init)
            return (parts.first ?? "", parts.last ?? "")
        }
    }
}
