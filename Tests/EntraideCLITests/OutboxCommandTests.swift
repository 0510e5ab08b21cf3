import EntraideTestSupport
import Foundation
import Testing

/// The outbox end to end with a real SMTP server (`aiosmtpd`): a message is "sent" only once a server accepted
/// it; a failure leaves the rest pending; sending again sends nothing twice.
@Suite(.enabled(if: TestMailServer.python != nil, "needs .venv/bin/python with aiosmtpd"))
struct OutboxCommandTests {
    /// A workspace with a first publication recorded, and how many messages it holds.
    private func published() throws -> (WorkspaceFixture, Int) {
        let fixture = try WorkspaceFixture()
        let publish = try fixture.publish("out")
        #expect(publish.status == 0, "\(publish.standardError)")
        let count = try #require(Self.messageCount(in: publish.standardOutput))
        #expect(count > 10)
        return (fixture, count)
    }

    /// `Publication 1: 42 message(s) …` → 42.
    static func messageCount(in output: String) -> Int? {
        guard let range = output.range(of: #"Publication \d+: (\d+) message"#, options: .regularExpression) else {
            return nil
        }
        return Int(output[range].split(separator: " ")[2])
    }

    /// How many messages the outbox holds in each state.
    private func states(_ fixture: WorkspaceFixture) throws -> [String: Int] {
        let list = try fixture.run(["outbox"])
        #expect(list.status == 0, "\(list.standardError)")
        var counts: [String: Int] = [:]
        for line in list.standardOutput.split(separator: "\n") where line.contains("\trun ") {
            let state = line.split(separator: "\t").last?.split(separator: " ").first.map(String.init) ?? ""
            counts[state, default: 0] += 1
        }
        return counts
    }

    @Test func anUnreachableServerSendsNothingAndRecordsNothingAsSent() throws {
        let (fixture, count) = try published()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        // A port nobody listens on: bind one, close it.
        let closed = try TestMailServer(python: try #require(TestMailServer.python))
        let address = closed.address
        let send = try fixture.run(["send", "--smtp", "127.0.0.1:1", "--now", PlanCommandTests.now])
        #expect(send.status == 1)
        #expect(send.standardError.contains("was not sent") && send.standardError.contains("Run `entraide send`"))
        #expect(!send.standardError.contains("@") && !send.standardOutput.contains("@"))
        #expect(try states(fixture) == ["failed": 1, "pending": count - 1])
        // Once the server is reachable, everything goes, once.
        let retry = try fixture.run(["send", "--smtp", address, "--now", PlanCommandTests.now])
        #expect(retry.status == 0, "\(retry.standardError)")
        #expect(try closed.count() == count)
        #expect(Set(try closed.messageIDs()).count == count)
        #expect(try states(fixture) == ["sent": count])
        let again = try fixture.run(["send", "--smtp", address, "--now", PlanCommandTests.now])
        #expect(again.status == 0 && again.standardOutput.contains("Sent 0 message(s)"))
        #expect(try closed.count() == count)
    }

    @Test(arguments: [TestMailServer.Behaviour.refuse(after: 3), .drop(after: 2)])
    func aServerThatFailsMidwayLeavesTheRestPendingAndTheRetrySendsEachOnce(
        _ behaviour: TestMailServer.Behaviour
    ) throws {
        let (fixture, count) = try published()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let python = try #require(TestMailServer.python)
        let failing = try TestMailServer(python: python, behaviour: behaviour)
        let send = try fixture.run(["send", "--smtp", failing.address, "--now", PlanCommandTests.now])
        #expect(send.status == 1)
        let accepted = try failing.count()
        #expect(accepted == 2 || accepted == 3)
        #expect(try states(fixture) == ["sent": accepted, "failed": 1, "pending": count - accepted - 1])
        let good = try TestMailServer(python: python)
        let retry = try fixture.run(["send", "--smtp", good.address, "--now", PlanCommandTests.now])
        #expect(retry.status == 0, "\(retry.standardError)")
        #expect(try good.count() == count - accepted)
        let everything = try failing.messageIDs() + good.messageIDs()
        #expect(everything.count == count && Set(everything).count == count, "no message lost, none twice")
    }

    @Test func credentialsWithoutSTARTTLSAreNeverSentInClear() throws {
        let (fixture, count) = try published()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let plain = try TestMailServer(python: try #require(TestMailServer.python))
        let send = try EntraideBinary.run(
            ["send", "--smtp", plain.address, "--now", PlanCommandTests.now, "--workspace", fixture.workspace],
            environment: ["ENTRAIDE_SMTP_USER": "centre-user", "ENTRAIDE_SMTP_PASSWORD": "s3cret-pass"]
        )
        #expect(send.status == 1)
        #expect(!send.standardError.contains("s3cret-pass"))
        #expect(try plain.count() == 0)
        #expect(try states(fixture) == ["failed": 1, "pending": count - 1])
    }

    @Test func publishWithSMTPIsPublishThenSend() throws {
        let fixture = try WorkspaceFixture()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let server = try TestMailServer(python: try #require(TestMailServer.python))
        let publish = try fixture.publish("out", ["--smtp", server.address])
        #expect(publish.status == 0, "\(publish.standardError)")
        let count = try #require(Self.messageCount(in: publish.standardOutput))
        #expect(try server.count() == count)
        for number in 1...count { #expect(try server.envelope(number).count == 2, "one recipient per message") }
        #expect(!publish.standardOutput.contains("@"))
        // Every message written as .eml in the publication folder was sent, byte for byte.
        let folder = fixture.folder.appendingPathComponent(try fixture.publication("out"))
        let emls = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }
        #expect(emls.count == count)
        let sent = Set(try (1...count).map { try server.message($0) })
        for path in emls { #expect(sent.contains(Array(try Data(contentsOf: folder.appendingPathComponent(path))))) }
    }

    @Test func theOutboxWritesAnyMessageAgainAndResendsOnlyWhatItIsAsked() throws {
        let (fixture, count) = try published()
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let server = try TestMailServer(python: try #require(TestMailServer.python))
        #expect(try fixture.run(["send", "--smtp", server.address, "--now", PlanCommandTests.now]).status == 0)
        let copies = fixture.folder.appendingPathComponent("copies")
        let write = try fixture.run(["outbox", "write", "1", "2", "--out", copies.path])
        #expect(write.status == 0, "\(write.standardError)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: copies.path).filter { $0.contains(".") }
        #expect(files.filter { $0.hasSuffix(".ics") }.count == 2 && files.filter { $0.hasSuffix(".eml") }.count == 2)
        #expect(files.allSatisfy { $0 == "entraide-manifest.json" || $0.hasPrefix("0001/") })
        let resend = try fixture.run(["outbox", "resend", "2"])
        #expect(resend.status == 0)
        #expect(try states(fixture) == ["sent": count - 1, "pending": 1])
        #expect(try fixture.run(["send", "--smtp", server.address, "--now", PlanCommandTests.now]).status == 0)
        let ids = try server.messageIDs()
        #expect(ids.count == count + 1 && ids.last == ids[1], "the same message, same Message-ID")
        let unknown = try fixture.run([
            "outbox", "write", "999", "--out", fixture.folder.appendingPathComponent("x").path,
        ])
        #expect(unknown.status == 2 && unknown.standardError.contains("no message 999"))
    }
}
