import EntraideTestSupport
import Foundation
import Testing

/// End-to-end runs on the example whose availability comes from polls, habits and calendars, and on
/// scenarios whose sources are broken.
@Suite struct SourcesCommandTests {
    @Test func plansTheNyonExampleFromItsSources() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try EntraideBinary.run(
            [
                "plan", PackageRoot.example("parents-ados-nyon/scenario.yaml"), "--out", out.path, "--now",
                PlanCommandTests.now,
            ],
            environment: PlanCommandTests.frenchStaff
        )
        #expect(result.status == 0, "\(result.standardError)")
        try GoldenFile().assert(result.standardOutput, named: "plan-nyon.txt")
        let invite = try String(contentsOf: out.appendingPathComponent("invites/p05/founding2.ics"), encoding: .utf8)
        try GoldenFile().assert(invite, named: "invite-nyon-p05-founding2.ics")
        // Discretion: the poll's voters and the calendars' event titles never reach the output.
        for secret in ["Nathalie", "Berthoud", "JM Rochat", "Supervision", "Chœur", "natation"] {
            #expect(!result.standardOutput.contains(secret))
            let calendar = try String(contentsOf: out.appendingPathComponent("calendar.ics"), encoding: .utf8)
            #expect(!calendar.contains(secret))
        }
    }

    @Test func checkValidatesEverySource() throws {
        let result = try EntraideBinary.run(["check", PackageRoot.example("parents-ados-nyon/scenario.yaml")])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("valid"))
    }

    /// A scenario in a fresh folder whose poll, calendar and habits are written by the test.
    private func scenario(in folder: URL, poll: String, calendar: String) throws -> String {
        let example = try String(contentsOfFile: PackageRoot.example("proches-aidants-lausanne.yaml"), encoding: .utf8)
        let edited =
            example
            .replacingOccurrences(
                of: "    away: [2027-01-20, {from: 2027-07-12, to: 2027-07-16}]   # colloque ; vacances\n",
                with: "    away: [2027-01-20, {from: 2027-07-12, to: 2027-07-16}]   # colloque ; vacances\n"
                    + "    calendars: [nadia.ics, absent.ics]\n"
            )
            .replacingOccurrences(of: "closures:\n", with: "polls:\n  - {file: sondage.csv, format: grid}\nclosures:\n")
        try #require(edited != example)
        try Data(poll.utf8).write(to: folder.appendingPathComponent("sondage.csv"))
        try Data(calendar.utf8).write(to: folder.appendingPathComponent("nadia.ics"))
        let path = folder.appendingPathComponent("scenario.yaml")
        try Data(edited.utf8).write(to: path)
        return path.path
    }

    @Test func reportsTheProblemsOfEverySourceAtOnceAndWritesNothing() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try scenario(
            in: folder,
            poll: "participant;info-0112\r\np01;peut-être\r\n",
            calendar: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:1\r\n"
                + "DTSTAMP:20270101T000000Z\r\nDTSTART;TZID=Mars/Olympus:20270112T183000\r\n"
                + "DTEND;TZID=Mars/Olympus:20270112T200000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        let out = folder.appendingPathComponent("out")
        let result = try EntraideBinary.run(["plan", path, "--out", out.path])
        #expect(result.status == 2)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        let scenarioLine = try #require(lines.first { $0.contains("absent.ics") })
        #expect(
            scenarioLine.hasSuffix(
                "error: calendar file 'absent.ics' does not exist (looked for '\(folder.path)/absent.ics')."
            )
        )
        #expect(lines.contains { $0.hasPrefix("\(folder.path)/nadia.ics:7: error:") && $0.contains("Mars/Olympus") })
        #expect(lines.contains { $0.hasPrefix("\(folder.path)/sondage.csv:2:5: error:") && $0.contains("peut-être") })
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
