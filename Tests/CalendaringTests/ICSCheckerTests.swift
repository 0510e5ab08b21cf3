import Calendaring
import EntraideTestSupport
import Foundation
import PlanningDomain
import Testing

/// Runs `scripts/check-ics.py` (Python `icalendar`, code we did not write) on folders written by ``ICSWriter``.
///
/// Enabled when the project's `.venv` exists (see the script's docstring).
@Suite(.enabled(if: ICSChecker.isAvailable, "needs .venv/bin/python with icalendar"))
struct ICSCheckerTests {
    @Test func writtenPlanFolderPassesTheIndependentChecker() throws {
        let folder = try ICSChecker.planFolder(
            calendar: CalendarFixtures.published,
            invites: [
                "p01": CalendarFixtures.invite,
                "p02": invite(for: CalendarAttendee(name: "Ana", email: "ana@example.ch")),
            ],
            facilitators: ["f01": facilitatorCalendar()]
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ICSChecker.run(on: folder)
        #expect(result.output == "4 passed, 0 failed\n")
        #expect(result.status == 0)
    }

    @Test func checkerReportsInvitesAndCalendarsThatBreakTheRules() throws {
        var leaky = CalendarFixtures.published
        leaky.events[0].attendees = [CalendarFixtures.participant]
        var crowded = CalendarFixtures.invite
        crowded.events[1].attendees.append(CalendarAttendee(name: "Ana", email: "ana@example.ch"))
        crowded.events[1].start = CalendarFixtures.dateTime(2027, 4, 6, 18, 0)
        let folder = try ICSChecker.planFolder(
            calendar: leaky,
            invites: ["p01": CalendarFixtures.invite, "p02": crowded],
            facilitators: [:]
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ICSChecker.run(on: folder)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.last == "1 passed, 2 failed")
        #expect(result.status == 1)
        #expect(
            lines.contains {
                $0.hasSuffix(
                    "calendar.ics: VEVENT 'information.proches-aidants-lausanne@entraide-vd.example' has an ATTENDEE"
                )
            }
        )
        #expect(
            lines.contains {
                $0.hasSuffix(
                    "p02.ics: VEVENT 'founding1.proches-aidants-lausanne@entraide-vd.example' has 2 ATTENDEE, expected exactly 1"
                )
            }
        )
        #expect(
            lines.contains {
                $0.contains("p02.ics: UID 'founding1.") && $0.contains("starts at 2027-04-06T16:00:00+00:00")
            }
        )
    }

    private func invite(for attendee: CalendarAttendee) -> CalendarDocument {
        var document = CalendarFixtures.invite
        for index in document.events.indices { document.events[index].attendees = [attendee] }
        return document
    }

    private func facilitatorCalendar() -> CalendarDocument {
        var document = CalendarFixtures.invite
        let facilitator = CalendarAttendee(
            name: "Loïc",
            email: "loic@example.ch",
            role: .chair,
            participation: .accepted,
            rsvp: false
        )
        for index in document.events.indices { document.events[index].attendees = [facilitator] }
        return document
    }
}

/// Writes plan folders to a temporary directory and runs the Python checker on them.
enum ICSChecker {
    static let root = PackageRoot.url
    static let python = ProjectPython.executable ?? root.appendingPathComponent(".venv/bin/python")
    static let script = root.appendingPathComponent("scripts/check-ics.py")

    static var isAvailable: Bool { ProjectPython.has("icalendar") }

    /// A folder laid out like `entraide plan --out`: calendar.ics, invites/, facilitators/.
    static func planFolder(
        calendar: CalendarDocument,
        invites: [String: CalendarDocument],
        facilitators: [String: CalendarDocument]
    ) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-ics-\(UUID().uuidString)")
        try write(calendar, to: folder.appendingPathComponent("calendar.ics"))
        for (id, document) in invites {
            try write(document, to: folder.appendingPathComponent("invites/\(id).ics"))
        }
        for (id, document) in facilitators {
            try write(document, to: folder.appendingPathComponent("facilitators/\(id).ics"))
        }
        return folder
    }

    static func run(on folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    private static func write(_ document: CalendarDocument, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(try ICSWriter.bytes(for: document)).write(to: url)
    }
}
