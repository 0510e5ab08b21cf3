import EntraideTestSupport
import Foundation
import Testing

/// `entraide handover` end to end: the series is remembered, every change bumps SEQUENCE, the end is a CANCEL,
/// and the messages go through the outbox like a publication's.
@Suite struct HandoverCommandTests {
    static let rhythm = "every 2 weeks tuesday 19:00 2h until 2027-12-21"

    @Test func anotherRhythmIsTheSameSeriesOneSequenceHigherAndTheEndIsACancel() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try fixture.publish("out").status == 0)

        let first = try handover(fixture, ["--rhythm", Self.rhythm, "--eml"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("participants/p01/handover.ics: REQUEST SEQUENCE 0 (new hand-over)"))
        let request = try unfolded(fixture.message("out", "p01", "handover"))
        #expect(request.contains("METHOD:REQUEST") && request.contains("SEQUENCE:0"))
        #expect(request.contains("UID:handover.parents-ados-nyon@entraide-vd.example"))
        #expect(request.contains("CLASS:PRIVATE") && request.contains("SUMMARY:Rencontre — "))
        #expect(request.contains("RRULE:FREQ=WEEKLY;UNTIL=20271221T"))
        #expect(request.components(separatedBy: "ATTENDEE").count == 2)
        let mail = try fixture.message("out", "p01", "handover", "eml")
        #expect(mail.contains("method=REQUEST"))

        // The same rhythm again: nothing to tell anyone.
        let again = try handover(fixture, ["--rhythm", Self.rhythm])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("Nothing changed since the last hand-over (SEQUENCE 0)"))

        // Another weekday and time: the same UID, SEQUENCE 1, the new DTSTART and RRULE, and what changed.
        let other = try handover(fixture, ["--rhythm", "every 3 weeks thursday 18:30 90min until 2027-12-21"])
        #expect(other.status == 0, "\(other.standardError)")
        #expect(other.standardOutput.contains("participants/p01/handover.ics: REQUEST SEQUENCE 1 (hand-over updated)"))
        let update = try unfolded(fixture.message("out", "p01", "handover"))
        #expect(update.contains("UID:handover.parents-ados-nyon@entraide-vd.example") && update.contains("SEQUENCE:1"))
        #expect(update.contains("RRULE:FREQ=WEEKLY;UNTIL=20271221T") && update.contains("INTERVAL=3;BYDAY=TH"))
        #expect(update.contains("T183000") && !update.contains("T190000"))
        #expect(update.contains("Ce qui change :") && update.contains(" → "))

        // The rhythm ends: a CANCEL of the whole series, one SEQUENCE higher.
        let end = try handover(fixture, ["--cancel"])
        #expect(end.status == 0, "\(end.standardError)")
        #expect(end.standardOutput.contains("participants/p01/handover.ics: CANCEL SEQUENCE 2 (hand-over cancelled)"))
        let cancel = try unfolded(fixture.message("out", "p01", "handover"))
        #expect(
            cancel.contains("METHOD:CANCEL") && cancel.contains("STATUS:CANCELLED") && cancel.contains("SEQUENCE:2")
        )
        #expect(cancel.contains("UID:handover.parents-ados-nyon@entraide-vd.example"))
        #expect(try handover(fixture, ["--cancel"]).status == 2)

        // Every message waits in the outbox, as a publication's do, for `entraide send`.
        let outbox = try fixture.run(["outbox", "--state", "pending"])
        #expect(outbox.standardOutput.contains("participants/p01/handover\tREQUEST SEQUENCE 0"))
        #expect(outbox.standardOutput.contains("participants/p01/handover\tREQUEST SEQUENCE 1"))
        #expect(outbox.standardOutput.contains("participants/p01/handover\tCANCEL SEQUENCE 2"))
        let export = try fixture.run(["export"]).standardOutput
        #expect(export.contains("\"handover\" : {") && export.contains("\"every-weeks\" : 3"))
    }

    @Test func aMemberWhoDeclinesFoundingTwoLaterGetsACancelOfTheirCopyOnly() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try fixture.publish("out").status == 0)
        let request = try fixture.message("out", "p02", "founding2")
        #expect(try handover(fixture, ["--rhythm", Self.rhythm]).status == 0)
        let reply =
            request.replacingOccurrences(of: "METHOD:REQUEST", with: "METHOD:REPLY")
            .replacingOccurrences(of: "PARTSTAT=NEEDS-ACTION", with: "PARTSTAT=DECLINED")
        let url = fixture.folder.appendingPathComponent("reply.ics")
        try Data(reply.utf8).write(to: url)
        #expect(try fixture.run(["replies", "import", url.path]).status == 0)
        let second = try handover(fixture, ["--rhythm", Self.rhythm])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput.contains("participants/p02/handover.ics: CANCEL SEQUENCE 1 (no longer a member)"))
        #expect(!second.standardOutput.contains("participants/p01/"))
        #expect(try unfolded(fixture.message("out", "p02", "handover")).contains("METHOD:CANCEL"))
    }

    @Test func withoutARhythmOrWithBothTheCommandIsRefused() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try handover(fixture, []).status == 2)
        #expect(try handover(fixture, ["--rhythm", Self.rhythm, "--cancel"]).status == 2)
        let nothing = try handover(fixture, ["--cancel"])
        #expect(nothing.status == 2 && nothing.standardError.contains("no handed-over rhythm to cancel"))
    }

    @Test func theCentresCantonIsTheDefaultAndTheOutputSaysWhose() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        // A Geneva centre: the Jeûne genevois (a Thursday in September) is a holiday there, not in Vaud. The import
        // keeps the holidays of the candidates' year (2027) as closures; 2028's come from the canton alone.
        try fixture.edit("canton: VD", "canton: GE")
        let imported = try fixture.run(["import", fixture.scenario.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("organisation: canton changed"))
        #expect(try fixture.publish("out").status == 0)
        let weekly = "every week thursday 19:00 2h until 2028-12-21"
        let geneva = try handover(fixture, ["--rhythm", weekly])
        #expect(geneva.status == 0, "\(geneva.standardError)")
        #expect(geneva.standardOutput.contains("the public holidays of GE"))
        #expect(geneva.standardOutput.contains("2027-09-09") && geneva.standardOutput.contains("2028-09-07"))
        #expect(try unfolded(fixture.message("out", "p01", "handover")).contains("20280907T190000"))
        // --canton still chooses: Vaud's holidays do not include that Thursday.
        let vaud = try handover(fixture, ["--rhythm", weekly, "--canton", "VD"])
        #expect(vaud.status == 0, "\(vaud.standardError)")
        #expect(vaud.standardOutput.contains("the public holidays of VD"))
        #expect(!vaud.standardOutput.contains("2028-09-07"))
        #expect(!(try unfolded(fixture.message("out", "p01", "handover")).contains("20280907T190000")))
    }

    @Test func membersAreEveryoneWhoDidNotDeclineUnlessNamedAndTheRoomCanBeChosen() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try fixture.publish("out").status == 0)
        // p02 declines founding 2 before the hand-over.
        let reply = try fixture.message("out", "p02", "founding2")
            .replacingOccurrences(of: "METHOD:REQUEST", with: "METHOD:REPLY")
            .replacingOccurrences(of: "PARTSTAT=NEEDS-ACTION", with: "PARTSTAT=DECLINED")
        let url = fixture.folder.appendingPathComponent("reply.ics")
        try Data(reply.utf8).write(to: url)
        #expect(try fixture.run(["replies", "import", url.path]).status == 0)

        let byDefault = try handover(fixture, ["--rhythm", Self.rhythm])
        #expect(byDefault.status == 0, "\(byDefault.standardError)")
        let stated = "(by default: everyone who neither withdrew nor declined founding 2)"
        #expect(byDefault.standardOutput.contains(stated))
        #expect(byDefault.standardOutput.contains("participants/p01/handover.ics: REQUEST SEQUENCE 0"))
        #expect(!byDefault.standardOutput.contains("participants/p02/"))

        // Unknown ids and rooms are refused, with the nearest one, and nothing is recorded.
        let pending = try fixture.run(["outbox", "--state", "pending"]).standardOutput
        let unknown = try handover(fixture, ["--rhythm", Self.rhythm, "--members", "p01,p3"])
        #expect(unknown.status == 2 && unknown.standardError.contains("'p3'"))
        let room = try handover(fixture, ["--rhythm", Self.rhythm, "--venue", "paroise"])
        #expect(room.status == 2 && room.standardError.contains("did you mean 'paroisse'?"))
        #expect(try fixture.run(["outbox", "--state", "pending"]).standardOutput == pending)

        // Named members in another room: they get the update, the others a CANCEL of their copy.
        let named = try handover(fixture, ["--rhythm", Self.rhythm, "--members", "p01,p03", "--venue", "paroisse"])
        #expect(named.status == 0, "\(named.standardError)")
        #expect(!named.standardOutput.contains("by default"))
        #expect(named.standardOutput.contains("participants/p01/handover.ics: REQUEST SEQUENCE 1"))
        #expect(named.standardOutput.contains("participants/p04/handover.ics: CANCEL SEQUENCE 1"))
        #expect(try unfolded(fixture.message("out", "p01", "handover")).contains("LOCATION:Salle de paroisse"))
    }

    private func handover(_ fixture: WorkspaceFixture, _ extra: [String]) throws -> EntraideBinary.Output {
        try fixture.run(
            [
                "handover", "parents-ados-nyon", "--out", fixture.folder.appendingPathComponent("out").path, "--now",
                PlanCommandTests.now,
            ] + extra
        )
    }

    private func unfolded(_ text: String) -> String { text.replacingOccurrences(of: "\r\n ", with: "") }
}
