import EntraideTestSupport
import Foundation
import Testing

/// `entraide import`, `publish` and `send` killed (SIGKILL) at 30 random moments each: the workspace is as
/// before or as after and passes SQLite's integrity check, no message is lost or sent twice, and no staging
/// folder with personal data is left once the next run is done.
@Suite(.serialized) struct KillTests {
    static let iterations = 30

    /// A seeded generator, so that a failure can be replayed.
    struct Moments {
        var state: UInt64
        mutating func next(upTo limit: Double) -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) * limit
        }
    }

    /// Copies the workspace file of `from` into a fresh folder `name` of `fixture`.
    private func copyWorkspace(of from: URL, to name: String, in fixture: WorkspaceFixture) throws -> URL {
        let folder = fixture.folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: from.appendingPathComponent("entraide-workspace.sqlite"),
            to: folder.appendingPathComponent("entraide-workspace.sqlite")
        )
        return folder
    }

    /// Runs `arguments` and kills it after `delay` seconds (if still running).
    private func killed(_ arguments: [String], after delay: Double) throws {
        let process = try EntraideBinary.start(arguments)
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The seconds an uninterrupted run takes (to spread the kills over it).
    private func duration(_ arguments: [String]) throws -> Double {
        let start = Date()
        let result = try EntraideBinary.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        return Date().timeIntervalSince(start)
    }

    /// `entraide export` of the workspace in `folder`, and SQLite's integrity check of its file.
    private func state(of folder: URL) throws -> String {
        if ProjectPython.isAvailable {
            let check = try ProjectPython.run(
                "import sqlite3, sys\nprint(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])",
                arguments: [folder.appendingPathComponent("entraide-workspace.sqlite").path]
            )
            #expect(check.text.trimmingCharacters(in: .whitespacesAndNewlines) == "ok", "\(check.text) \(check.error)")
        }
        let export = try EntraideBinary.run(["export", "--workspace", folder.path])
        #expect(export.status == 0, "\(export.standardError)")
        return export.standardOutput
    }

    /// Hidden staging names left anywhere below `folder`.
    private func staging(below folder: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.contains(".entraide-") }
    }

    @Test func aKilledImportLeavesTheWorkspaceAsBeforeOrAsAfter() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        // The change to import: p03 leaves, a closure is added.
        try fixture.edit("p03;;;;non;;\r\n", "", in: "reponses-telephone.csv")
        try fixture.edit(
            "  - {from: 2027-02-13, to: 2027-02-21, reason: Relâches — centre fermé}",
            "  - {from: 2027-02-13, to: 2027-02-21, reason: Relâches — centre fermé}\n  - {date: 2027-03-11}"
        )
        let base = fixture.folder
        let before = try state(of: base)
        let arguments = { (folder: URL) in
            ["import", fixture.scenario.path, "--workspace", folder.path, "--now", "2026-11-26T09:00:00Z"]
        }
        let reference = try copyWorkspace(of: base, to: "reference", in: fixture)
        let time = try duration(arguments(reference))
        let after = try state(of: reference)
        #expect(after != before)
        var moments = Moments(state: 9)
        var seen: Set<String> = []
        for iteration in 0..<Self.iterations {
            let folder = try copyWorkspace(of: base, to: "kill", in: fixture)
            try killed(arguments(folder), after: moments.next(upTo: time * 1.2))
            let now = try state(of: folder)
            #expect(now == before || now == after, "iteration \(iteration)")
            seen.insert(now == before ? "before" : "after")
        }
        #expect(!seen.isEmpty)
    }

    @Test func aKilledPublishLosesNoMessageAndLeavesNoStagingFolder() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let base = fixture.folder
        let before = try state(of: base)
        let arguments = { (folder: URL) in
            [
                "publish", "parents-ados-nyon", "--out", folder.appendingPathComponent("out").path, "--now",
                PlanCommandTests.now, "--workspace", folder.path, "--eml",
            ]
        }
        let reference = try copyWorkspace(of: base, to: "reference", in: fixture)
        let time = try duration(arguments(reference))
        let after = try state(of: reference)
        let expectedFiles = try FileManager.default.subpathsOfDirectory(
            atPath: reference.appendingPathComponent("out").path
        ).sorted()
        var moments = Moments(state: 17)
        for iteration in 0..<Self.iterations {
            let folder = try copyWorkspace(of: base, to: "kill", in: fixture)
            try killed(arguments(folder), after: moments.next(upTo: time * 1.2))
            let now = try state(of: folder)
            #expect(now == before || now == after, "iteration \(iteration)")
            let out = folder.appendingPathComponent("out")
            let files =
                FileManager.default.fileExists(atPath: out.path)
                ? try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { !$0.contains(".entraide-") }
                : []
            // The publication folder is whole or absent (only the manifest may already list it).
            #expect(files.sorted() == expectedFiles || files.count <= 1, "iteration \(iteration): \(files.count) files")
            // The next run: publishing again records and writes everything when nothing was recorded; when the
            // publication was recorded but not written, it says so, and the outbox writes it.
            let again = try EntraideBinary.run(arguments(folder))
            #expect(again.status == 0, "iteration \(iteration): \(again.standardError)")
            if now == after && files.sorted() != expectedFiles {
                #expect(again.standardOutput.contains("entraide outbox write --run 1"), "iteration \(iteration)")
                let write = try EntraideBinary.run([
                    "outbox", "write", "--run", "1", "--out", folder.appendingPathComponent("copy").path,
                    "--workspace", folder.path,
                ])
                #expect(write.status == 0, "iteration \(iteration): \(write.standardError)")
            }
            #expect(try state(of: folder) == after, "iteration \(iteration)")
            let left = try staging(below: folder)
            #expect(left.isEmpty, "iteration \(iteration): \(left)")
        }
    }

    @Test(.enabled(if: TestMailServer.python != nil, "needs .venv/bin/python with aiosmtpd"))
    func aKilledSendSendsNoMessageTwiceAndLosesNone() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let publish = try fixture.publish("out", ["--eml"])
        #expect(publish.status == 0, "\(publish.standardError)")
        let count = try #require(OutboxCommandTests.messageCount(in: publish.standardOutput))
        let server = try TestMailServer(python: try #require(TestMailServer.python))
        let arguments = { (folder: URL) in
            ["send", "--smtp", server.address, "--now", PlanCommandTests.now, "--workspace", folder.path]
        }
        let reference = try copyWorkspace(of: fixture.folder, to: "reference", in: fixture)
        let time = try duration(arguments(reference))
        #expect(try server.count() == count)
        var moments = Moments(state: 23)
        for iteration in 0..<Self.iterations {
            let folder = try copyWorkspace(of: fixture.folder, to: "kill", in: fixture)
            let first = try server.count()
            try killed(arguments(folder), after: moments.next(upTo: time * 1.2))
            let finish = try EntraideBinary.run(arguments(folder))
            #expect(finish.status == 0, "iteration \(iteration): \(finish.standardError)")
            let delivered = Array(try server.messageIDs().dropFirst(first))
            #expect(Set(delivered).count == delivered.count, "iteration \(iteration): a message was sent twice")
            // Every message is sent, or uncertain (interrupted while talking to the server); none is lost.
            let list = try EntraideBinary.run(["outbox", "--workspace", folder.path]).standardOutput
            let sent = list.components(separatedBy: "\tsent ").count - 1
            let uncertain = list.components(separatedBy: "\tuncertain").count - 1
            #expect(sent + uncertain == count, "iteration \(iteration): \(sent) sent, \(uncertain) uncertain")
            #expect(uncertain <= 1, "iteration \(iteration)")
            #expect(delivered.count == sent || delivered.count == sent + 1, "iteration \(iteration)")
        }
    }

    /// `calendar --publish` once w1 left the interest file (their CANCEL), and `forget w2 --workshops`, killed at
    /// ten moments each: the workspace is as before or as after, and the next run ends as after.
    @Test(arguments: ["publish", "forget"])
    func aKilledWorkshopPublicationOrForgetLeavesTheWorkspaceAsBeforeOrAsAfter(command: String) throws {
        let fixture = try WorkshopPeopleCommandTests.fixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let base = fixture.folder
        let first = try WorkshopPeopleCommandTests.publish(fixture, "first", now: PlanCommandTests.now)
        #expect(first.status == 0, "\(first.standardError)")
        try WorkshopPeopleCommandTests.interest(
            fixture,
            "  - {id: w4, name: Wes Quatre, email: w4@mail.example, workshops: [ecoute], weekly: [\"saturday 09:00-13:00\"]}"
        )
        let arguments = { (folder: URL, out: String) in
            command == "forget"
                ? ["forget", "w2", "--workshops", "--workspace", folder.path]
                : [
                    "calendar", "--workspace", folder.path, "--workshops",
                    base.appendingPathComponent("workshops.yaml").path,
                    "--interest", base.appendingPathComponent("interest.yaml").path, "--out",
                    folder.appendingPathComponent(out).path, "--publish", "--iterations", "40", "--now",
                    "2026-11-26T09:00:00Z",
                ]
        }
        let before = try state(of: base)
        let reference = try copyWorkspace(of: base, to: "reference", in: fixture)
        let time = try duration(arguments(reference, "out"))
        let after = try state(of: reference)
        #expect(after != before)
        if command == "publish" { #expect(after.contains("\"method\" : \"CANCEL\"")) }
        var moments = Moments(state: 29)
        for iteration in 0..<10 {
            let folder = try copyWorkspace(of: base, to: "kill", in: fixture)
            try killed(arguments(folder, "out"), after: moments.next(upTo: time * 1.2))
            let now = try state(of: folder)
            #expect(now == before || now == after, "iteration \(iteration)")
            if now == before {
                let again = try EntraideBinary.run(arguments(folder, "again"))
                #expect(again.status == 0, "iteration \(iteration): \(again.standardError)")
            }
            #expect(try state(of: folder) == after, "iteration \(iteration)")
        }
    }
}
