import Calendaring
import EntraideTestSupport
import Foundation
import PlanningDomain
import Testing

/// Proves the times of written files against Python `zoneinfo`.
///
/// Python reads every `DTSTART` and `DTEND` through the file's own
/// `VTIMEZONE` (icalendar's `to_tz(lookup_tzid=False)`, which builds the zone with dateutil's `tzical` from the
/// observances we wrote, not from the zone's name) and compares each UTC instant with what `zoneinfo` gives for
/// the same wall time in the IANA zone. Events are spread over 2026–2035, with extra ones at 02:30 and 03:30 on
/// the days around every change of clocks (the hour that does not exist, and the one that occurs
/// twice). For a wall time in the gap, RFC 5545 §3.3.5 and `zoneinfo` (`fold=0`) take the offset in force
/// before the change, where dateutil takes the one after: there the written zone is read at its offset two hours
/// earlier, as the RFC says.
@Suite(.enabled(if: ProjectPython.has("icalendar"), "needs the project's Python with icalendar"))
struct ICSWriterZoneProofTests {
    static let zones = [
        "Europe/Zurich", "America/New_York", "Australia/Sydney", "America/Santiago", "Asia/Tokyo", "UTC",
    ]

    static let script = """
        import datetime, icalendar, json, sys, zoneinfo
        utc = datetime.timezone.utc
        result = {}
        for path in sys.argv[1:]:
            calendar = icalendar.Calendar.from_ical(open(path, 'rb').read())
            (vtimezone,) = calendar.walk('VTIMEZONE')
            name = str(vtimezone['TZID'])
            written, reference = vtimezone.to_tz(lookup_tzid=False), zoneinfo.ZoneInfo(name)
            checked, gaps, wrong = 0, 0, []
            for event in calendar.walk('VEVENT'):
                for key in ('DTSTART', 'DTEND'):
                    wall = event[key].dt.replace(tzinfo=None)
                    ours = wall.replace(tzinfo=written).astimezone(utc)
                    theirs = wall.replace(tzinfo=reference).astimezone(utc)
                    if theirs.astimezone(reference).replace(tzinfo=None) != wall:
                        gaps += 1
                        before = written.utcoffset(wall - datetime.timedelta(hours=2))
                        ours = (wall - before).replace(tzinfo=utc)
                    checked += 1
                    if ours != theirs:
                        wrong.append(f'{key} {wall.isoformat()}: {ours.isoformat()} != {theirs.isoformat()}')
            kinds = [component.name for component in vtimezone.subcomponents]
            result[name] = {'checked': checked, 'gaps': gaps, 'wrong': wrong[:5], 'observances': kinds}
        print(json.dumps(result))
        """

    /// Events every 13 days at a varying hour from 2026 to 2035, plus 02:30 and 03:30 on the first fourteen days
    /// of March, April, September, October and November and the last seven of March and October.
    static func document(_ zone: String) -> CalendarDocument {
        var starts: [LocalDateTime] = []
        guard let first = LocalDate(year: 2026, month: 1, day: 1) else { return CalendarDocument() }
        var day = first
        var index = 0
        while day.year <= 2035 {
            starts.append(CalendarFixtures.dateTime(day.year, day.month, day.day, index * 7 % 24, index * 13 % 60))
            day = day.adding(days: 13)
            index += 1
        }
        for year in 2026...2035 {
            for month in [3, 4, 9, 10, 11] {
                // Every rule of these zones changes clocks on one of these days (the last Sunday of March or
                // October, the second of March, the first of April, September, October or November).
                let lastWeek = [3, 10].contains(month) ? Array(25...31) : []
                for dayOfMonth in Array(1...14) + lastWeek {
                    for hour in [2, 3] {
                        starts.append(CalendarFixtures.dateTime(year, month, dayOfMonth, hour, 30))
                    }
                }
            }
        }
        let events = starts.enumerated().map { offset, start in
            CalendarEvent(
                uid: "proof-\(offset)@entraide.example",
                stamp: CalendarFixtures.stamp,
                start: start,
                end: start.adding(minutes: offset % 3 == 0 ? 24 * 60 + 45 : 90),
                summary: "Rencontre"
            )
        }
        return CalendarDocument(method: .publish, timeZone: zone, events: events)
    }

    struct Proof: Decodable {
        var checked: Int
        var gaps: Int
        var wrong: [String]
        var observances: [String]
    }

    @Test("Every DTSTART and DTEND of 2026–2035 read through the written VTIMEZONE is zoneinfo's instant")
    func writtenZonesGiveZoneinfoInstants() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-proof-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        var expectedCounts: [String: Int] = [:]
        for (index, zone) in Self.zones.enumerated() {
            let document = Self.document(zone)
            let url = folder.appendingPathComponent("zone-\(index).ics")
            try Data(try ICSWriter.bytes(for: document)).write(to: url)
            paths.append(url.path)
            expectedCounts[zone] = document.events.count * 2
        }
        let result = try ProjectPython.run(Self.script, arguments: paths)
        try #require(result.status == 0, "\(result.error)")
        let proofs = try JSONDecoder().decode([String: Proof].self, from: result.output)
        #expect(proofs.keys.sorted() == Self.zones.sorted())
        for zone in Self.zones {
            let proof = try #require(proofs[zone])
            #expect(proof.checked == expectedCounts[zone], "\(zone)")
            #expect(proof.wrong == [], "\(zone)")
            let hasDaylightSaving = !["Asia/Tokyo", "UTC"].contains(zone)
            #expect(proof.observances.sorted() == (hasDaylightSaving ? ["DAYLIGHT", "STANDARD"] : ["STANDARD"]))
            // The spring-forward night at 02:30 is met in every zone that changes its clocks at 02:00.
            #expect((proof.gaps >= 10) == (hasDaylightSaving && zone != "America/Santiago"), "\(zone)")
        }
    }
}
