import EntraideTestSupport
import Foundation
import Testing

/// `entraide publish --smtp` end to end against a local `aiosmtpd` (project venv), in the clear.
@Suite(.enabled(if: LocalSMTP.python != nil, "needs .venv/bin/python with aiosmtpd"))
struct SMTPCommandTests {
    @Test func publishSendsOneMessagePerRecipient() throws {
        try LocalSMTP.publishAndCount()
    }
}

/// The project's Python with aiosmtpd, and the story of the test.
enum LocalSMTP {
    static let python: String? = ProjectPython.has("aiosmtpd") ? ProjectPython.executable?.path : nil

    /// Keeps each message's recipients, one file per message; prints its port; stops when stdin closes.
    static let server = """
        import pathlib, socket, sys
        from aiosmtpd.controller import Controller
        class Keeper:
            count = 0
            async def handle_DATA(self, server, session, envelope):
                Keeper.count += 1
                pathlib.Path(sys.argv[1], f"{Keeper.count}.rcpt").write_text(" ".join(envelope.rcpt_tos))
                return "250 OK"
        probe = socket.socket(); probe.bind(("127.0.0.1", 0)); port = probe.getsockname()[1]; probe.close()
        controller = Controller(Keeper(), hostname="127.0.0.1", port=port)
        controller.start()
        print(port, flush=True)
        sys.stdin.read()
        controller.stop()
        """

    static func publishAndCount() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let inbox = folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: try #require(Self.python))
        server.arguments = ["-c", Self.server, inbox.path]
        let input = Pipe()
        let output = Pipe()
        server.standardInput = input
        server.standardOutput = output
        try server.run()
        defer {
            try? input.fileHandleForWriting.close()
            server.waitUntilExit()
        }
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        let port = try #require(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)))

        let workspace = folder.path
        #expect(try EntraideBinary.run(["init", workspace]).status == 0)
        let scenario = PackageRoot.example("proches-aidants-lausanne.yaml")
        #expect(try EntraideBinary.run(["import", scenario, "--workspace", workspace]).status == 0)
        let result = try EntraideBinary.run([
            "publish", "proches-aidants-lausanne", "--out", folder.appendingPathComponent("out").path,
            "--smtp", "127.0.0.1:\(port)", "--now", PlanCommandTests.now, "--workspace", workspace,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let sent = try FileManager.default.contentsOfDirectory(atPath: inbox.path).filter { $0.hasSuffix(".rcpt") }
        let emls = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("out").path)
            .filter { $0.hasSuffix(".eml") }
        #expect(!sent.isEmpty && sent.count == emls.count)
        for file in sent {
            let recipients = try String(contentsOf: inbox.appendingPathComponent(file), encoding: .utf8)
            #expect(!recipients.contains(" "), "one recipient per message")
        }
        #expect(!result.standardOutput.contains("@"), "no address in the report")
    }
}
