import EntraideTestSupport
import Foundation
import Testing

/// The people of the workshops through the built binary: someone who leaves the interest file receives the CANCEL
/// that `entraide send` sends, and `entraide forget --workshops` erases a person of the workshops.
@Suite struct WorkshopPeopleCommandTests {
    private static let w2 = """
          - {id: w2, name: Walter Deux, email: w2@mail.example, language: de, workshops: [ecoute],
             weekly: ["saturday 09:00-13:00"]}
          - {id: w3, name: Wim Trois, email: w3@mail.example, workshops: [ecoute], weekly: ["sunday 09:00-13:00"]}
        """

    /// The Nyon example's workspace with a workshop of two places that w1, w2 and w3 want (w3 cannot come): the
    /// workshop files in the workspace folder, where `calendar --workspace` finds them.
    static func fixture() throws -> WorkspaceFixture {
        let fixture = try WorkspaceFixture()
        try WorkspaceFixture.writeEcouteCatalogue(in: fixture)
        try Self.interest(
            fixture,
            "  - {id: w1, name: Wanda Un, email: w1@mail.example, workshops: [ecoute], weekly: [\"saturday 09:00-13:00\"]}"
        )
        return fixture
    }

    /// Writes the interest file: `first`, then w2 and w3.
    static func interest(_ fixture: WorkspaceFixture, _ first: String) throws {
        try Data("interest:\n\(first)\n\(Self.w2)\n".utf8)
            .write(to: fixture.folder.appendingPathComponent("interest.yaml"))
    }

    /// `entraide calendar --publish` into `out`.
    static func publish(_ fixture: WorkspaceFixture, _ out: String, now: String) throws -> EntraideBinary.Output {
        try fixture.run(
            [
                "calendar", "--out", fixture.folder.appendingPathComponent(out).path, "--publish", "--iterations", "40",
                "--now", now,
            ]
        )
    }

    /// The `text/calendar` part of an e-mail as received, decoded (base64), its long lines unfolded.
    static func calendarPart(of message: String) -> String? {
        let lines = message.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        guard let header = lines.firstIndex(where: { $0.contains("text/calendar") }),
            let blank = lines[header...].firstIndex(of: "")
        else { return nil }
        let body = lines[(blank + 1)...].prefix { !$0.isEmpty && !$0.hasPrefix("--") }.joined()
        return Data(base64Encoded: body).map {
            String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        }
    }

    @Test(.enabled(if: TestMailServer.python != nil, "needs .venv/bin/python with aiosmtpd"))
    func someoneWhoLeftTheInterestFileIsSentTheCancel() throws {
        let fixture = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let first = try Self.publish(fixture, "out", now: PlanCommandTests.now)
        #expect(first.status == 0, "\(first.standardError)")
        let invitation = try fixture.file("out/invites/w1/ecoute.ics")
        let uid = try #require(invitation.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") })
        let server = try TestMailServer(python: try #require(TestMailServer.python))
        #expect(try fixture.run(["send", "--smtp", server.address, "--now", PlanCommandTests.now]).status == 0)
        #expect(try server.count() == 3)

        // w1 leaves the interest file; w4 comes.
        try Self.interest(
            fixture,
            "  - {id: w4, name: Wes Quatre, email: w4@mail.example, workshops: [ecoute], weekly: [\"saturday 09:00-13:00\"]}"
        )
        let second = try Self.publish(fixture, "out2", now: "2026-11-26T09:00:00Z")
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput.contains("1 invitation(s) or update(s), 1 cancellation(s)"))
        #expect(!second.standardError.contains("Not addressed") && !second.standardError.contains("@"))
        let send = try fixture.run(["send", "--smtp", server.address, "--now", "2026-11-26T09:00:00Z"])
        #expect(send.status == 0, "\(send.standardError)")
        #expect(try server.count() == 5)
        let numbers = try (4...5).filter { try server.envelope($0).dropFirst().joined() == "w1@mail.example" }
        let number = try #require(numbers.first, "the CANCEL went to w1's address kept by the workspace")
        let received = String(decoding: try server.message(number), as: UTF8.self)
        #expect(received.contains("method=CANCEL"))
        let cancel = try #require(Self.calendarPart(of: received))
        #expect(cancel.contains("METHOD:CANCEL") && cancel.contains("SEQUENCE:1") && cancel.contains(uid))
        #expect(cancel.contains("mailto:w1@mail.example") && !cancel.contains("w2@") && !cancel.contains("w4@"))
        let export = try fixture.run(["export"]).standardOutput
        #expect(export.contains("\"status\" : \"withdrawn\""), "w1 is kept, withdrawn")
    }

    @Test func forgetWithWorkshopsErasesAPersonOfTheWorkshops() throws {
        let fixture = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        #expect(try Self.publish(fixture, "out", now: PlanCommandTests.now).status == 0)
        let forgot = try fixture.run(["forget", "w2", "--workshops", "--language", "en"])
        #expect(forgot.status == 0, "\(forgot.standardError)")
        #expect(forgot.standardOutput.hasPrefix("Forgot w2 of the workshops: name, e-mail address and messages erased"))
        let export = try fixture.run(["export"]).standardOutput
        #expect(!export.contains("Walter") && !export.contains("w2@mail.example"))
        #expect(export.contains("\"status\" : \"forgotten\""))
        let outbox = try fixture.run(["outbox"]).standardOutput
        #expect(outbox.contains("invites/w2/ecoute"), "the message stays as a tombstone")
        // Without --workshops, w1 (a person of the workshops only) is found too; an unknown id is refused.
        let found = try fixture.run(["forget", "w1", "--language", "en"])
        #expect(found.status == 0 && found.standardOutput.hasPrefix("Forgot w1 of the workshops"))
        let unknown = try fixture.run(["forget", "w9", "--language", "en"])
        #expect(unknown.status == 2 && unknown.standardError.contains("nor a person 'w9' of the workshops"))
        let both = try fixture.run(["forget", "w3", "--workshops", "--group", "parents-ados-nyon", "--language", "en"])
        #expect(both.status == 2 && both.standardError.contains("give either '--group' or '--workshops', not both."))
        // Published again while the interest file still names w2: w2 is left out, and the output says so.
        let again = try Self.publish(fixture, "out2", now: "2026-11-26T09:00:00Z")
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardError.contains("Left out because forgotten (entraide forget): w1, w2."))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("out2/invites/w2").path))
    }
}
