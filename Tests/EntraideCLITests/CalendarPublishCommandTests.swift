import EntraideTestSupport
import Foundation
import Testing

/// `entraide calendar --workspace WS --publish`, then `entraide send` to a real SMTP server: the workshop runs'
/// messages go through the outbox, once.
@Suite struct CalendarPublishCommandTests {
    /// The Nyon example's workspace with a workshop of two places that w1, w2 and w3 want (w3 cannot come).
    private func fixture() throws -> WorkspaceFixture {
        let fixture = try WorkspaceFixture()
        try WorkspaceFixture.writeEcouteCatalogue(in: fixture)
        try Data(
            """
            interest:
              - {id: w1, name: Wanda Un, email: w1@mail.example, workshops: [ecoute], weekly: ["saturday 09:00-13:00"]}
              - {id: w2, name: Walter Deux, email: w2@mail.example, language: de, workshops: [ecoute],
                 weekly: ["saturday 09:00-13:00"]}
              - {id: w3, name: Wim Trois, email: w3@mail.example, workshops: [ecoute], weekly: ["sunday 09:00-13:00"]}
            """.utf8
        ).write(to: fixture.folder.appendingPathComponent("interest.yaml"))
        return fixture
    }

    private func publish(_ fixture: WorkspaceFixture, _ out: String, now: String) throws -> EntraideBinary.Output {
        try fixture.run(
            [
                "calendar", "--out", fixture.folder.appendingPathComponent(out).path, "--publish", "--iterations", "40",
                "--now", now,
            ]
        )
    }

    @Test func publishingQueuesTheWorkshopMessagesAndSendMarksThemSent() throws {
        let fixture = try fixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let published = try publish(fixture, "out", now: PlanCommandTests.now)
        #expect(published.status == 0, "\(published.standardError)")
        #expect(
            published.standardOutput.contains(
                "Workshops published (run 1): 2 invitation(s) or update(s), 0 cancellation(s) and 1 waiting-list "
                    + "letter(s) are in the outbox"
            )
        )
        #expect(!published.standardError.contains("@") && !published.standardOutput.contains("@mail.example"))
        #expect(try fixture.file("out/invites/w1/ecoute.ics").contains("METHOD:REQUEST"))
        #expect(try fixture.file("out/waiting/w3/ecoute.txt").contains("Wim Trois"))
        let listed = try fixture.run(["outbox"])
        #expect(listed.standardOutput.contains("invites/w1/ecoute\tREQUEST SEQUENCE 0\tpending"))
        #expect(listed.standardOutput.contains("waiting/w3/ecoute\tLETTER SEQUENCE 0\tpending"))

        let server = try TestMailServer(python: try #require(TestMailServer.python))
        let send = try fixture.run(["send", "--smtp", server.address, "--now", PlanCommandTests.now])
        #expect(send.status == 0, "\(send.standardError)")
        #expect(try server.count() == 3)
        let recipients = try (1...3).map { try server.envelope($0).dropFirst().joined() }
        #expect(recipients.sorted() == ["w1@mail.example", "w2@mail.example", "w3@mail.example"], "one each")
        let states = try fixture.run(["outbox"]).standardOutput
        #expect(states.contains("3 sent.") && !states.contains("pending"))

        // Nothing changed: nothing queued, nothing sent again.
        let again = try publish(fixture, "out", now: "2026-11-26T09:00:00Z")
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.contains("up to date: nothing was added to the outbox"))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("out/invites").path))
        let resend = try fixture.run(["send", "--smtp", server.address, "--now", PlanCommandTests.now])
        #expect(resend.status == 0 && resend.standardOutput.contains("Sent 0 message(s)"))
        #expect(try server.count() == 3)
    }

    @Test func publishGoesWithAWorkspace() throws {
        let refused = try EntraideBinary.run(["calendar", "REGION.yaml", "--out", "out", "--publish"])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("'--publish' goes with '--workspace': a region file has no outbox."))
    }
}
