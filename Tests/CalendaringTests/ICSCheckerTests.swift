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
                "p01": ICSChecker.requests(CalendarFixtures.invite),
                "p02": ICSChecker.requests(invite(for: CalendarAttendee(name: "Ana", email: "ana@example.ch"))),
            ],
            facilitators: ["f01": facilitatorCalendar()]
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ICSChecker.run(on: folder)
        // calendar.ics, two requests and the file to import per participant, the facilitator's calendar.
        #expect(result.output == "8 passed, 0 failed\n")
        #expect(result.status == 0)
    }

    @Test func checkerReportsInvitesAndCalendarsThatBreakTheRules() throws {
        var leaky = CalendarFixtures.published
        leaky.events[0].attendees = [CalendarFixtures.participant]
        var crowded = ICSChecker.requests(CalendarFixtures.invite)
        crowded["founding1"]?.events[0].attendees.append(CalendarAttendee(name: "Ana", email: "ana@example.ch"))
        crowded["founding1"]?.events[0].start = CalendarFixtures.dateTime(2027, 4, 6, 18, 0)
        crowded["founding1"]?.events[0].classification = nil
        var several = ICSChecker.requests(CalendarFixtures.invite)
        several["information"] = CalendarFixtures.invite
        several["all-sessions"] = nil
        let folder = try ICSChecker.planFolder(
            calendar: leaky,
            invites: ["p01": ICSChecker.requests(CalendarFixtures.invite), "p02": crowded, "p03": several],
            facilitators: [:]
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ICSChecker.run(on: folder)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.last == "6 passed, 3 failed")
        #expect(result.status == 1)
        let uid = "founding1.proches-aidants-lausanne@entraide-vd.example"
        for expected in [
            "calendar.ics: VEVENT 'information.proches-aidants-lausanne@entraide-vd.example' has an ATTENDEE",
            "p02/founding1.ics: VEVENT '\(uid)' has 2 ATTENDEE, expected exactly 1",
            "p02/founding1.ics: VEVENT '\(uid)' has CLASS 'None', expected PRIVATE",
            "p03/information.ics: 2 VEVENT, expected exactly 1 (one session per message)",
        ] {
            #expect(lines.contains { $0.hasSuffix(expected) }, "\(expected)")
        }
        #expect(
            lines.contains {
                $0.contains("p02/founding1.ics: UID 'founding1.") && $0.contains("starts at 2027-04-06T16:00:00+00:00")
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

    /// A folder laid out like `entraide plan --out`: calendar.ics, invites/<participant>/<name>.ics,
    /// facilitators/.
    static func planFolder(
        calendar: CalendarDocument,
        invites: [String: [String: CalendarDocument]],
        facilitators: [String: CalendarDocument]
    ) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-ics-\(UUID().uuidString)")
        try write(calendar, to: folder.appendingPathComponent("calendar.ics"))
        for (id, documents) in invites {
            for (name, document) in documents {
                try write(document, to: folder.appendingPathComponent("invites/\(id)/\(name).ics"))
            }
        }
        for (id, document) in facilitators {
            try write(document, to: folder.appendingPathComponent("facilitators/\(id).ics"))
        }
        return folder
    }

    /// A participant's files as `entraide plan` writes them: one private request per event (named after the
    /// session, the UID's first part) and `all-sessions`, the same events in a PUBLISH without attendee.
    static func requests(_ invite: CalendarDocument) -> [String: CalendarDocument] {
        var files: [String: CalendarDocument] = [:]
        var importable = invite
        importable.method = .publish
        importable.events = []
        for var event in invite.events {
            event.classification = .private
            var request = invite
            request.events = [event]
            files[String(event.uid.prefix { $0 != "." })] = request
            event.attendees = []
            importable.events.append(event)
        }
        files["all-sessions"] = importable
        return files
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
