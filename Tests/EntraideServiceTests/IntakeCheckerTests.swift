import EntraideService
import EntraideTestSupport
import Foundation
import Intake
import PlanningDomain
import Testing
import WorkspaceStore

/// The intake invitations as the recruitment messages' queue holds them, checked by tools we did not write:
/// `scripts/check-ics.py` (Python `icalendar` and Home Assistant's strict `ical`) on the booking's REQUESTs,
/// the move's REQUESTs (`SEQUENCE` 1, the new time) and the cancellation's CANCELs (`SEQUENCE` 2).
@Suite struct IntakeCheckerTests {
    static let checker = PackageRoot.url.appendingPathComponent("scripts/check-ics.py")

    /// Books, moves and cancels interview `i1` through the use cases; returns the queued messages, in order.
    static func bookedMovedCancelled() throws -> [RecruitmentMessage] {
        let suite = try RecruitmentUseCaseTests()
        let fixture = try RecruitmentUseCaseTests.published()
        try suite.invite("i1", 1, in: fixture)
        _ = try suite.booking(fixture).run(
            "i1",
            start: RecruitmentUseCaseTests.at("2027-01-12T17:00"),
            mode: .centre,
            hours: suite.hours(fixture),
            at: ServiceFixture.now
        )
        var later = try suite.hours(fixture)
        later.slots.to = OfferIntakeSlotsTests.date("2027-01-20")
        _ = try MoveIntake(booking: suite.booking(fixture)).run(
            "i1",
            to: RecruitmentUseCaseTests.at("2027-01-19T17:00"),
            mode: .video,
            place: "https://visio.example/entretien",
            hours: later,
            at: ServiceFixture.now
        )
        _ = try CancelIntake(workspace: fixture.workspace).run("i1", at: ServiceFixture.later)
        return try fixture.workspace.read { try $0.recruitmentMessages() }.filter { $0.interview == "i1" }
    }

    @Test(.enabled(if: ProjectPython.has("icalendar") && ProjectPython.has("ical"), "needs scripts/test's venv"))
    func bookingMoveAndCancelPassTheProjectsICalendarChecker() throws {
        let messages = try Self.bookedMovedCancelled()
        #expect(messages.map(\.sequence) == [0, 0, 1, 1, 2, 2])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // One folder per step, laid out like a publication run: the initiator's copy as a participant's, the
        // staff member's (CHAIR) as a facilitator's.
        for message in messages {
            let who =
                switch message.recipient {
                case .initiator: "participants/initiator"
                case .staff(let id): "facilitators/\(id.rawValue)"
                }
            let file = folder.appending("step-\(message.sequence)/\(who)/intake.ics")
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(message.body).write(to: file)
        }
        for step in 0...2 {
            let result = try ProjectPython.run(
                "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
                arguments: [Self.checker.path, folder.appending("step-\(step)").path]
            )
            #expect(result.status == 0, "step \(step): \(result.text)\(result.error)")
            #expect(result.text.contains("2 passed, 0 failed"), "step \(step): \(result.text)")
        }
    }

    @Test(.enabled(if: ProjectPython.has("icalendar"), "needs the project's Python with icalendar (scripts/test)"))
    func pythonIcalendarSeesOneEventUpdatedThenCancelled() throws {
        let messages = try Self.bookedMovedCancelled()
        let script = """
            import sys, icalendar
            for part in sys.stdin.buffer.read().split(b"\\x00"):
                cal = icalendar.Calendar.from_ical(part)
                for component in cal.walk():
                    assert not getattr(component, "errors", []), component.errors
                (event,) = cal.walk("VEVENT")
                print(cal.get("METHOD"), event.get("UID").split("@")[0], event.get("SEQUENCE"),
                      event.get("STATUS"), event.decoded("DTSTART").isoformat())
            """
        let input = messages.map(\.body).joined(separator: [0])
        let result = try ProjectPython.run(script, input: Data(input))
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.text.split(separator: "\n") == [
                "REQUEST intake.i1 0 CONFIRMED 2027-01-12T17:00:00+01:00",
                "REQUEST intake.i1 0 CONFIRMED 2027-01-12T17:00:00+01:00",
                "REQUEST intake.i1 1 CONFIRMED 2027-01-19T17:00:00+01:00",
                "REQUEST intake.i1 1 CONFIRMED 2027-01-19T17:00:00+01:00",
                "CANCEL intake.i1 2 CANCELLED 2027-01-19T17:00:00+01:00",
                "CANCEL intake.i1 2 CANCELLED 2027-01-19T17:00:00+01:00",
            ]
        )
    }
}
