import EntraideService
import EntraideTestSupport
import Foundation
import Intake
import OutputFiles
import PlanningDomain
import PlanningInput
import Testing

/// `entraide intake offer` as a use case: a centre file with hours and a calendar, or a workspace.
@Suite struct OfferIntakeSlotsTests {
    static let centre = """
        organisation:
          name: Centre d'entraide Vaud
          organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
          canton: VD
        facilitators:
          - id: anne
            name: Anne Rochat
            email: anne.rochat@entraide-vd.example
            weekly: ["tuesday 09:00-12:00", "friday 09:00-12:00"]
            calendars: anne.ics
            away: [2026-12-29]
        """

    static let calendar = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Test//Test//EN\r
        BEGIN:VEVENT\r
        UID:busy-1@test\r
        DTSTAMP:20261201T000000Z\r
        DTSTART;TZID=Europe/Zurich:20270105T100000\r
        DTEND;TZID=Europe/Zurich:20270105T110000\r
        SUMMARY:Réunion d'équipe\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    /// `2027-01-08` as a date.
    static func date(_ text: String) -> LocalDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return LocalDate(year: parts[0], month: parts[1], day: parts[2]) ?? LocalDate(dayNumber: 0)
    }

    /// The centre file and Anne's calendar in a fresh folder.
    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try Data(centre.utf8).write(to: folder.appending("centre.yaml"))
        try Data(calendar.utf8).write(to: folder.appending("anne.ics"))
        return folder
    }

    static func request(
        _ centre: OfferIntakeSlots.CentreSource,
        weekly: [WeeklyWindow]? = nil
    ) -> OfferIntakeSlots.Request {
        OfferIntakeSlots.Request(
            centre: centre,
            staff: "anne",
            weekly: weekly,
            slots: IntakeSlotRequest(from: date("2026-12-28"), to: date("2027-01-08"), notBefore: ServiceFixture.now)
        )
    }

    @Test func holidaysDaysAwayAndTheCalendarAreLeftOut() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let outcome = try OfferIntakeSlots(files: DiskFiles()).run(
            Self.request(.file(folder.appending("centre.yaml").path))
        )
        let days = Dictionary(grouping: outcome.slots, by: { $0.start.date.description }).mapValues {
            $0.map(\.start.time.description)
        }
        // 29 December: away. 1 January: a public holiday of Vaud. 5 January: 10:00–11:00 busy, which with a
        // 15-minute buffer leaves no hour of 09:00–12:00. 8 January: free.
        #expect(days.keys.sorted() == ["2027-01-08"])
        #expect(days["2027-01-08"] == ["09:00", "09:30", "10:00", "10:30", "11:00"])
        #expect(
            outcome.text.hasPrefix(
                "5 créneaux libres pour un entretien avec Anne Rochat :\n  vendredi 8 janvier 2027, 9 h – 10 h (au centre, par téléphone, en visioconférence)\n"
            )
        )
        let csv = String(decoding: outcome.bundle[BundlePath(fixed: "intake-slots.csv")] ?? [], as: UTF8.self)
        #expect(
            csv.hasPrefix(
                "slot,staff,date,weekday,start,end,minutes,modes\r\n2027-01-08T09:00,anne,2027-01-08,friday,09:00,10:00,60,centre phone video\r\n"
            )
        )
    }

    @Test func aWorkspacesGroupSessionsAreBusyTime() throws {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        _ = try fixture.publish()
        let evening = try [
            WeeklyWindow(
                weekday: .tuesday,
                from: #require(LocalTime(hour: 17, minute: 0)),
                to: #require(LocalTime(hour: 21, minute: 0))
            )
        ]
        var request = Self.request(.workspace(fixture.workspace), weekly: evening)
        request.slots = IntakeSlotRequest(from: Self.date("2027-01-11"), to: Self.date("2027-01-17"))
        let outcome = try OfferIntakeSlots(files: MemoryFiles()).run(request)
        // The information session, 18:30–20:00 on 12 January, led by Anne.
        #expect(outcome.slots.map(\.key) == ["2027-01-12T17:00"])
    }

    @Test func problemsAreInvalidInputWithWhatIsExpected() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let centre = OfferIntakeSlots.CentreSource.file(folder.appending("centre.yaml").path)
        var unknown = Self.request(centre)
        unknown.staff = "ane"
        var backwards = Self.request(centre)
        backwards.slots.to = backwards.slots.from.adding(days: -1)
        backwards.bufferMinutes = 1000
        var broken = Self.request(centre)
        broken.calendars = ["extra.ics"]
        let files = MemoryFiles([
            folder.appending("centre.yaml").path: Array(Self.centre.utf8),
            folder.appending("anne.ics").path: Array(Self.calendar.utf8),
            "extra.ics": Array("BEGIN:VCALENDAR\r\nEND:VEVENT\r\n".utf8),
        ])
        for (request, expected) in [
            (unknown, "error: 'ane' is not a staff member of the centre; did you mean 'anne'? (it lists anne)."),
            (
                backwards,
                "error: the last day '2026-12-27' is before the first day '2026-12-28'.\nerror: buffer '1000' must be between 0 and 720 minutes."
            ),
        ] {
            #expect {
                try OfferIntakeSlots(files: DiskFiles()).run(request)
            } throws: { error in
                (error as? ServiceError).map { $0.isInputError && $0.message == expected } ?? false
            }
        }
        #expect {
            try OfferIntakeSlots(files: files).run(broken)
        } throws: { error in
            (error as? ServiceError).map { $0.isInputError && $0.message.hasPrefix("extra.ics") } ?? false
        }
    }

    @Test func withoutHoursThereIsNothingToOffer() throws {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        #expect {
            try OfferIntakeSlots(files: MemoryFiles()).run(Self.request(.workspace(fixture.workspace)))
        } throws: { error in
            (error as? ServiceError)?.message.contains("has no weekly hours") == true
        }
    }
}
