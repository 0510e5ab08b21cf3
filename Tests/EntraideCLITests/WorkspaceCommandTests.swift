import EntraideTestSupport
import Foundation
import Testing

/// The workspace commands end to end: init, import, publish (moves, withdrawals), replies, status, handover,
/// forget, export, and the workspace's failures.
@Suite struct WorkspaceCommandTests {
    @Test func importingTwiceChangesNothingAndPublishingTwiceSendsNothing() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let again = try fixture.run(["import", fixture.scenario.path])
        #expect(again.standardOutput.contains("nothing changed"))
        let first = try fixture.publish("first")
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("participants/p01/information.ics: REQUEST SEQUENCE 0 (new)"))
        #expect(first.standardOutput.contains("facilitators/marc/information.ics: REQUEST SEQUENCE 0 (new)"))
        let second = try fixture.publish("second")
        #expect(second.status == 0)
        #expect(second.standardOutput.contains("Nothing changed"))
        let mail = try fixture.publish("mail", ["--eml", "--move", "review"])
        #expect(mail.status == 0, "\(mail.standardError)")
        // Nothing changed: nothing recorded, nothing written.
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("second").path))

    }

    @Test func emlMessagesCarryTheInvitationInlineAndAttached() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let first = try fixture.publish("first", ["--eml"])
        #expect(first.status == 0, "\(first.standardError)")
        let eml = try fixture.message("first", "p01", "information", "eml")
        #expect(eml.contains("Content-Type: text/calendar; charset=utf-8; method=REQUEST"))
        #expect(eml.contains("filename=\"invitation.ics\""))
        #expect(eml.components(separatedBy: "\r\nTo: ").count == 2)
        #expect(!eml.contains("Olivier") && !eml.contains("chappuis"))
    }

    @Test func aWithdrawalCancelsOnlyThatParticipantsCopiesAndAMoveUpdatesEveryone() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try fixture.publish("first").status == 0)
        let firstUID = try fixture.message("first", "p01", "founding2").split(separator: "\r\n").first {
            $0.hasPrefix("UID:")
        }

        // p03 withdraws; the room of founding 2 (11 March) falls through.
        try fixture.edit(
            "    voters: {\"Claire (animation)\": ignore, \"JM Rochat\": p04}",
            "    voters: {\"Claire (animation)\": ignore, \"JM Rochat\": p04, \"Sandrine DUFAUX\": ignore}"
        )
        try fixture.edit("p03;;;;non;;\r\n", "", in: "reponses-telephone.csv")
        try fixture.edit(
            "  - id: p03\n    name: Sandrine Dufaux\n    email: sandrine.dufaux@example.org\n"
                + "    weekly: [\"monday 18:00-21:30\", \"thursday 18:00-21:30\"]\n"
                + "    away: [{from: 2027-02-22, to: 2027-02-26}]\n",
            ""
        )
        try fixture.edit(
            "  - {from: 2027-02-13, to: 2027-02-21, reason: Relâches — centre fermé}",
            "  - {from: 2027-02-13, to: 2027-02-21, reason: Relâches — centre fermé}\n"
                + "  - {date: 2027-03-11, reason: Salle indisponible}"
        )
        let imported = try fixture.run(["import", fixture.scenario.path])
        #expect(imported.standardOutput.contains("1 withdrawn"), "\(imported.standardOutput)")

        let second = try fixture.publish("second")
        #expect(second.status == 0, "\(second.standardError)")
        let cancel = try fixture.message("second", "p03", "information")
        #expect(
            cancel.contains("METHOD:CANCEL") && cancel.contains("STATUS:CANCELLED") && cancel.contains("SEQUENCE:1")
        )
        #expect(try !fixture.hasMessage("second", "p01", "information"))
        let moved = try fixture.message("second", "p01", "founding2")
        #expect(moved.contains("METHOD:REQUEST") && moved.contains("SEQUENCE:1"))
        #expect(!moved.contains("20270311T"))
        #expect(moved.split(separator: "\r\n").first { $0.hasPrefix("UID:") } == firstUID)
        // Discretion: a message names its recipient only.
        #expect(moved.components(separatedBy: "ATTENDEE").count == 2)
        #expect(!(try fixture.file("\(fixture.publication("second"))/calendar.ics")).contains("ATTENDEE"))
    }

    @Test func repliesStatusAndHandover() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try fixture.publish("first").status == 0)
        // A reply from p02 to founding 1, made from the request they received: PARTSTAT=DECLINED.
        let request = try fixture.message("first", "p02", "founding1")
        let reply =
            request
            .replacingOccurrences(of: "METHOD:REQUEST", with: "METHOD:REPLY")
            .replacingOccurrences(of: "PARTSTAT=NEEDS-ACTION", with: "PARTSTAT=DECLINED")
        try #require(reply.contains("PARTSTAT=DECLINED"))
        let replyURL = fixture.folder.appendingPathComponent("reply.ics")
        try Data(reply.utf8).write(to: replyURL)
        let imported = try fixture.run(["replies", "import", replyURL.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("1 of 1 replies recorded"))
        let status = try fixture.run(["status", "parents-ados-nyon"], environment: PlanCommandTests.frenchStaff)
        #expect(status.standardOutput.contains("1 non"), "\(status.standardOutput)")

        // The sheets of the published sessions expect those who did not decline.
        let sheets = try fixture.run([
            "sheets", fixture.scenario.path, "--out", fixture.folder.appendingPathComponent("sheets").path,
            "--now", PlanCommandTests.now,
        ])
        #expect(sheets.status == 0, "\(sheets.standardError)")
        let founding1 = try fixture.file("sheets/sheets/founding1.csv")
        let information = try fixture.file("sheets/sheets/information.csv")
        #expect(!founding1.contains("\np02;") && information.contains("\np02;"))

        let handover = try fixture.run([
            "handover", "parents-ados-nyon", "--rhythm", "every 2 weeks tuesday 19:00 2h until 2027-12-21",
            "--out", fixture.folder.appendingPathComponent("handover").path, "--now", PlanCommandTests.now,
        ])
        #expect(handover.status == 0, "\(handover.standardError)")
        let invite = try fixture.message("handover", "p01", "handover")
        #expect(invite.contains("RRULE:FREQ=WEEKLY;") && invite.contains("DTSTART;TZID=Europe/Zurich:"))
    }

    @Test func forgetErasesAPersonEverywhereAndExportIsJSON() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try fixture.run(["forget", "p05"]).status == 0)
        let export = try fixture.run(["export"])
        #expect(export.status == 0)
        #expect(export.standardOutput.contains("entraide-workspace-export/2"))
        #expect(!export.standardOutput.contains("Gétaz") && !export.standardOutput.contains("f.getaz"))
        let bytes = try Data(contentsOf: fixture.folder.appendingPathComponent("entraide-workspace.sqlite"))
        #expect(bytes.range(of: Data("f.getaz".utf8)) == nil)
    }

    @Test func failuresAreClearAndLeaveTheWorkspaceAlone() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let before = try fixture.run(["export"]).standardOutput
        let unknown = try fixture.publish("out", [])
        #expect(unknown.status == 0)
        let group = try fixture.run(["status", "no-such-group"])
        #expect(group.status == 2 && group.standardError.contains("no group 'no-such-group'"))
        let missing = try EntraideBinary.run([
            "status", "parents-ados-nyon", "--workspace", fixture.folder.appendingPathComponent("none").path,
        ])
        #expect(missing.status == 2)
        let again = try EntraideBinary.run(["init", fixture.folder.path])
        #expect(again.status == 2)
        let broken = fixture.folder.appendingPathComponent("broken.ics")
        try Data("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".utf8).write(to: broken)
        let reply = try fixture.run(["replies", "import", broken.path])
        #expect(reply.status == 2 && reply.standardError.contains("broken.ics"))
        #expect(try fixture.run(["export"]).standardOutput != before)  // the publication above was stored
    }

    @Test func aReadOnlyWorkspaceIsRefusedAndLeftUnchanged() throws {
        let fixture = try WorkspaceFixture()
        defer {
            chmod(fixture.folder.appendingPathComponent("entraide-workspace.sqlite").path, 0o644)
            try? FileManager.default.removeItem(at: fixture.folder)
        }
        let file = fixture.folder.appendingPathComponent("entraide-workspace.sqlite")
        let before = try Data(contentsOf: file)
        #expect(chmod(file.path, 0o444) == 0)
        let result = try fixture.run(["import", fixture.scenario.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("the workspace cannot be written"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func aWorkspaceFromANewerEntraideIsRefused() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let file = fixture.folder.appendingPathComponent("entraide-workspace.sqlite")
        // SQLite keeps the schema version (user_version) as a big-endian integer at byte 60 of the header.
        var bytes = try Data(contentsOf: file)
        bytes.replaceSubrange(60..<64, with: [0, 0, 0, 99])
        try bytes.write(to: file)
        let result = try fixture.run(["status", "parents-ados-nyon"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("schema version 99"))
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func twoImportsAtOnceBothSucceed() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let processes = (0..<4).map { _ in
            let process = Process()
            process.executableURL = EntraideBinary.url
            process.arguments = ["import", fixture.scenario.path, "--workspace", fixture.workspace]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        #expect(try fixture.run(["export"]).status == 0)
    }
}
