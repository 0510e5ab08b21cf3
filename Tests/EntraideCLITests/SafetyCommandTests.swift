import EntraideTestSupport
import Foundation
import Testing

/// What a new user or an attacker tried on the built binary (issue "Nothing lost, nothing overwritten").
///
/// Files outside `--out`, folders replaced whole, time with two authorities, replies speaking for others, a
/// damaged workspace, ids that are file names. Each case failed before and passes now.
@Suite struct SafetyCommandTests {
    static let now = PlanCommandTests.now

    /// A copy of the Lausanne example in a fresh folder, edited by `edit`.
    private func scenario(in folder: TemporaryFolder, _ edit: (String) -> String = { $0 }) throws -> URL {
        let url = folder.appending("group/scenario.yaml")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = try String(contentsOfFile: PackageRoot.example("proches-aidants-lausanne.yaml"), encoding: .utf8)
        try Data(edit(text).utf8).write(to: url)
        return url
    }

    // MARK: - Files outside --out

    @Test(arguments: ["..", ".hidden", String(repeating: "p", count: 65), "a/b", "p 01"])
    func anIDThatIsNotASafeFileNameIsALocatedError(_ id: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try scenario(in: folder) { $0.replacingOccurrences(of: "  - id: p02\n", with: "  - id: \"\(id)\"\n") }
        let check = try EntraideBinary.run(["check", url.path])
        #expect(check.status == 2)
        #expect(check.standardError.contains("scenario.yaml:"), "\(check.standardError)")
        let plan = try EntraideBinary.run(["plan", url.path, "--out", folder.appending("out").path, "--now", Self.now])
        #expect(plan.status == 2)
        // Nothing was written anywhere: the folder holds the scenario only.
        #expect(
            try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == [
                "group", "group/scenario.yaml",
            ]
        )
    }

    // MARK: - Folders replaced whole

    @Test(arguments: ["calendar.ics", "plan.json", "sheets", "attendance.html", "notes.txt"])
    func aFolderHoldingAnOldMarkerNameOrAnyOtherFileIsRefusedAndKept(_ name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try scenario(in: folder)
        let out = folder.appending("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: out.appendingPathComponent(name))
        try Data("also mine".utf8).write(to: out.appendingPathComponent("keep.txt"))
        for command in [["plan"], ["sheets"]] {
            let result = try EntraideBinary.run(command + [url.path, "--out", out.path, "--now", Self.now])
            #expect(result.status == 2, "\(command)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [name, "keep.txt"].sorted())
        #expect(try String(contentsOf: out.appendingPathComponent("keep.txt"), encoding: .utf8) == "also mine")
    }

    @Test func theWorkingFolderTheScenariosFolderAndItsParentsAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try scenario(in: folder)
        let group = url.deletingLastPathComponent()
        for out in ["", ".", group.path, folder.path, "/"] {
            let result = try EntraideBinary.run(
                ["plan", url.path, "--out", out, "--now", Self.now],
                in: out == "." ? group : nil
            )
            #expect(result.status == 2, "--out '\(out)'")
        }
        #expect(
            try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == [
                "group", "group/scenario.yaml",
            ]
        )
    }

    @Test func aLinkedOutputFolderIsFollowedAndTheLinkKept() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try scenario(in: folder)
        let real = folder.appending("real")
        let link = folder.appending("link")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let result = try EntraideBinary.run(["plan", url.path, "--out", link.path, "--now", Self.now])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("plan.json").path))
    }

    @Test func aSecondPublicationKeepsTheFirstOnesFiles() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try fixture.publish("out").status == 0)
        let first = try fixture.publication("out")
        let before = try FileManager.default.subpathsOfDirectory(
            atPath: fixture.folder.appendingPathComponent(first).path
        )
        try fixture.edit(
            "  - {from: 2027-02-13, to: 2027-02-21, reason: Relâches — centre fermé}",
            "  - {from: 2027-02-13, to: 2027-02-21, reason: Relâches — centre fermé}\n  - {date: 2027-03-11, reason: Salle indisponible}"
        )
        #expect(try fixture.run(["import", fixture.scenario.path]).status == 0)
        let second = try fixture.publish("out", ["--now", "2026-11-26T09:00:00Z"])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(try fixture.publication("out") != first)
        let after = try FileManager.default.subpathsOfDirectory(
            atPath: fixture.folder.appendingPathComponent(first).path
        )
        #expect(after.sorted() == before.sorted(), "the first publication's files are all still there")
    }

    // MARK: - Names that are file names

    @Test func idsNamedLikeTheSharedFilesNeverTakeTheirPlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try scenario(in: folder) {
            $0.replacingOccurrences(of: "  - id: p01   #", with: "  - id: calendar   #")
                .replacingOccurrences(of: "  - id: p02\n", with: "  - id: calendar.ics\n")
                .replacingOccurrences(of: "initiator: p01", with: "initiator: calendar")
        }
        let plan = try EntraideBinary.run(["plan", url.path, "--out", folder.appending("out").path, "--now", Self.now])
        #expect(plan.status == 0, "\(plan.standardError)")
        let out = folder.appending("out")
        #expect(
            FileManager.default.fileExists(atPath: out.appendingPathComponent("invites/calendar/all-sessions.ics").path)
        )
        #expect(
            FileManager.default.fileExists(
                atPath: out.appendingPathComponent("invites/calendar.ics/information.ics").path
            )
        )
        #expect(
            !(try String(contentsOf: out.appendingPathComponent("calendar.ics"), encoding: .utf8)).contains("ATTENDEE")
        )
        #expect(try EntraideBinary.run(["init", folder.path]).status == 0)
        #expect(try EntraideBinary.run(["import", url.path, "--workspace", folder.path]).status == 0)
        let publish = try EntraideBinary.run([
            "publish", "proches-aidants-lausanne", "--out", folder.appending("pub").path, "--now", Self.now,
            "--workspace", folder.path,
        ])
        #expect(publish.status == 0, "\(publish.standardError)")
        #expect(publish.standardOutput.contains("participants/calendar.ics/information.ics"))
    }

    // MARK: - Time in one place

    @Test(arguments: ["PST", "GMT+1", "Europe/Zurch", "CET"])
    func aTimeZoneTheCalendarsCannotWriteIsALocatedErrorInCheck(_ zone: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try scenario(in: folder) {
            $0.replacingOccurrences(of: "time-zone: Europe/Zurich", with: "time-zone: \(zone)")
        }
        let check = try EntraideBinary.run(["check", url.path])
        #expect(check.status == 2)
        #expect(check.standardError.contains("scenario.yaml:") && check.standardError.contains("'\(zone)'"))
    }

    @Test(arguments: [
        "garbage", "1969-12-31T23:59:59Z", "10000-01-01T00:00:00Z", "2027-02-30T09:00:00Z", "2027-01-05T09:00:00",
    ])
    func anUnreadableOrOutOfRangeNowIsInvalidInputForEveryCommand(_ now: String) throws {
        for command in [
            ["plan", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", "/tmp/entraide-never"],
            ["handover", "g", "--rhythm", "every week tuesday 19:00 2h", "--out", "/tmp/entraide-never"],
            ["publish", "g", "--out", "/tmp/entraide-never"], ["send", "--smtp", "127.0.0.1:1"],
        ] {
            let result = try EntraideBinary.run(command + ["--now", now])
            #expect(result.status == 2, "\(command.first ?? "") --now \(now)")
            #expect(result.standardError.contains("1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z"))
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/entraide-never"))
    }

    @Test(arguments: [
        ("1970-01-01T00:00:00Z", "19700101T000000Z"), ("3001-01-01T00:00:00Z", "30010101T000000Z"),
        ("9999-12-31T23:59:59Z", "99991231T235959Z"), ("2027-01-05T10:00:00+01:00", "20270105T090000Z"),
    ])
    func everyInstantOfTheRangeIsWrittenAsItIs(_ now: String, _ stamp: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = try scenario(in: folder)
        let out = folder.appending("out")
        let plan = try EntraideBinary.run(["plan", url.path, "--out", out.path, "--now", now])
        #expect(plan.status == 0, "\(plan.standardError)")
        let calendar = try String(contentsOf: out.appendingPathComponent("calendar.ics"), encoding: .utf8)
        #expect(calendar.contains("DTSTAMP:\(stamp)\r\n"))
        #expect(!calendar.contains("DTSTAMP:00000000"))
    }

    // MARK: - Replies

    @Test func aReplyThatSpeaksForSomeoneElseIsReportedAndIgnored() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try fixture.publish("out").status == 0)
        let request = try fixture.message("out", "p02", "founding1")
        let reply = request.replacingOccurrences(of: "METHOD:REQUEST", with: "METHOD:REPLY")
            .replacingOccurrences(of: "PARTSTAT=NEEDS-ACTION", with: "PARTSTAT=DECLINED")
        // Two ATTENDEEs: p02 declines for p04 too.
        let lines = reply.components(separatedBy: "\r\n")
        let attendee = try #require(lines.firstIndex { $0.hasPrefix("ATTENDEE") })
        var twice = lines
        twice.insert("ATTENDEE;PARTSTAT=DECLINED:mailto:jm.rochat@example.ch", at: attendee)
        let both = fixture.folder.appendingPathComponent("both.ics")
        try Data(twice.joined(separator: "\r\n").utf8).write(to: both)
        let imported = try fixture.run(["replies", "import", both.path])
        #expect(imported.status == 0)
        #expect(imported.standardOutput.contains("0 of 2 replies recorded"), "\(imported.standardOutput)")
        #expect(imported.standardOutput.contains("carries 2 attendees"))
        // An e-mail from another address than the attendee's.
        let mail = fixture.folder.appendingPathComponent("spoofed.eml")
        try Data(
            ("From: Someone <someone@elsewhere.example>\r\nTo: nyon@entraide-vd.example\r\nSubject: Decline\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REPLY; charset=utf-8\r\n\r\n" + reply).utf8
        ).write(to: mail)
        let spoofed = try fixture.run(["replies", "import", mail.path])
        #expect(spoofed.status == 0)
        #expect(spoofed.standardOutput.contains("0 of 1 replies recorded"), "\(spoofed.standardOutput)")
        #expect(spoofed.standardOutput.contains("another address than the attendee's"))
        #expect(!spoofed.standardOutput.contains("@"))
        // From the attendee's own address, it counts.
        let genuine = fixture.folder.appendingPathComponent("genuine.eml")
        try Data(
            ("From: \"Olivier Chappuis\" <O.Chappuis@example.ch>\r\nTo: nyon@entraide-vd.example\r\n"
                + "Subject: Decline\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nSorry.\r\n--b\r\n"
                + "Content-Type: text/calendar; method=REPLY; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Data(reply.utf8).base64EncodedString(options: .lineLength76Characters) + "\r\n--b--\r\n").utf8
        ).write(to: genuine)
        let accepted = try fixture.run(["replies", "import", genuine.path])
        #expect(accepted.standardOutput.contains("1 of 1 replies recorded"), "\(accepted.standardOutput)")
    }

    // MARK: - A damaged workspace

    @Test(.enabled(if: ProjectPython.isAvailable, "needs the project's Python for sqlite3"))
    func aWorkspaceThatReadsBackWronglyIsExitTwoWithoutPersonalData() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let database = fixture.folder.appendingPathComponent("entraide-workspace.sqlite").path
        for damage in [
            "ALTER TABLE participant RENAME COLUMN name TO nom",
            "UPDATE answer SET availability = 'peut-être' WHERE rowid = (SELECT min(rowid) FROM answer)",
        ] {
            let copy = database + ".damaged"
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: database, toPath: copy)
            let python = try ProjectPython.run(
                "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.execute('PRAGMA ignore_check_constraints = ON')\n"
                    + "c.execute(sys.argv[2])\nc.commit()",
                arguments: [copy, damage]
            )
            #expect(python.status == 0, "\(python.error)")
            let damaged = fixture.folder.appendingPathComponent("damaged")
            try? FileManager.default.removeItem(at: damaged)
            try FileManager.default.createDirectory(at: damaged, withIntermediateDirectories: true)
            try FileManager.default.moveItem(
                atPath: copy,
                toPath: damaged.appendingPathComponent("entraide-workspace.sqlite").path
            )
            for command in [
                ["status", "parents-ados-nyon"], ["export"],
                ["publish", "parents-ados-nyon", "--out", "/tmp/entraide-never"],
            ] {
                let result = try EntraideBinary.run(command + ["--workspace", damaged.path])
                #expect(result.status == 2, "\(damage): \(command.first ?? "")")
                #expect(result.standardError.contains("error:"))
                for secret in ["Berthoud", "nathalie", "Chappuis", "@example"] {
                    #expect(!result.standardError.contains(secret), "\(damage): \(result.standardError)")
                }
            }
        }
    }
}
