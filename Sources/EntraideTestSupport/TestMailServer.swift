public import Foundation

/// A real SMTP server (`aiosmtpd`, code we did not write) on 127.0.0.1 that keeps each message it accepts,
/// byte for byte, as `N.eml`, its envelope as `N.envelope` (`MAIL FROM`, then one line per `RCPT TO`), and
/// `tls` or `plain`, then the user who authenticated if any, as `N.session`.
///
/// With `startTLS`, it offers and requires STARTTLS with a self-signed certificate for 127.0.0.1 (``certificate``)
/// and accepts AUTH, only over TLS, for the user `centre-user` with the password `s3cret-pass`. Its ``Behaviour``
/// can refuse messages (`550`) or drop the connection in the middle of `DATA` after a number of messages, to
/// test what a sender records when a server fails.
///
/// Started from the project's virtual environment (`scripts/test` installs `aiosmtpd` there); stopped when
/// its standard input closes.
public final class TestMailServer: @unchecked Sendable {
    /// The project's Python, if it can import `aiosmtpd`.
    public static let python: String? = ProjectPython.has("aiosmtpd") ? ProjectPython.executable?.path : nil

    /// What the server does with each message.
    public enum Behaviour: Sendable {
        /// Accepts every message.
        case accept
        /// Accepts the first `n` messages, then refuses every other with `550`.
        case refuse(after: Int)
        /// Accepts the first `n` messages, then closes the connection during `DATA`, without answering.
        case drop(after: Int)

        var arguments: [String] {
            switch self {
            case .accept: ["accept", "0"]
            case .refuse(let after): ["refuse", String(after)]
            case .drop(let after): ["drop", String(after)]
            }
        }
    }

    private static let script = """
        import pathlib, socket, ssl, sys
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        class Keeper:
            def __init__(self, folder, mode, after):
                self.folder, self.count, self.mode, self.after = pathlib.Path(folder), 0, mode, int(after)
            async def handle_DATA(self, server, session, envelope):
                if self.mode != "accept" and self.count >= self.after:
                    if self.mode == "refuse":
                        return "550 5.7.1 Message refused by the test server"
                    server.transport.close()
                    return None
                self.count += 1
                (self.folder / f"{self.count}.envelope").write_text("\\n".join([envelope.mail_from] + envelope.rcpt_tos))
                (self.folder / f"{self.count}.eml").write_bytes(envelope.original_content)
                user = session.auth_data.login.decode() if session.authenticated and session.auth_data else ""
                (self.folder / f"{self.count}.session").write_text(("tls" if session.ssl else "plain") + "\\n" + user)
                return "250 OK"

        def authenticate(server, session, envelope, mechanism, data):
            accepted = data.login == b"centre-user" and data.password == b"s3cret-pass"
            return AuthResult(success=True, auth_data=data) if accepted else AuthResult(success=False, handled=False, message="535 5.7.8 Authentication credentials invalid")

        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        options = {}
        if len(sys.argv) > 4:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(sys.argv[4], sys.argv[5])
            options = dict(tls_context=context, require_starttls=True, authenticator=authenticate, auth_require_tls=True)
        controller = Controller(Keeper(sys.argv[1], sys.argv[2], sys.argv[3]), hostname="127.0.0.1", port=port, **options)
        controller.start()
        print(port, flush=True)
        sys.stdin.read()
        controller.stop()
        """

    /// Where the messages are kept.
    public let folder: URL
    /// The port it listens on, on 127.0.0.1.
    public let port: Int
    private let process: Process
    private let input: Pipe

    /// Starts a server and waits until it listens.
    public init(python: String, startTLS: Bool = false, behaviour: Behaviour = .accept) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var arguments = ["-c", Self.script, folder.path] + behaviour.arguments
        if startTLS {
            let key = folder.appendingPathComponent("key.pem").path
            let openssl = Process()
            openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            openssl.arguments = [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out",
                folder.appendingPathComponent("cert.pem").path,
            ]
            openssl.standardError = FileHandle.nullDevice
            try openssl.run()
            openssl.waitUntilExit()
            guard openssl.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
            arguments += [folder.appendingPathComponent("cert.pem").path, key]
        }
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// The self-signed certificate of a STARTTLS server, to trust in tests.
    public var certificate: String { folder.appendingPathComponent("cert.pem").path }

    /// `tls` or `plain`, then the user who authenticated (empty if none), for the `number`th message.
    public func session(_ number: Int) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent("\(number).session"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The `number`th message received (from 1), as received.
    public func message(_ number: Int) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent("\(number).eml")))
    }

    /// The envelope of the `number`th message: the sender, then the recipients.
    public func envelope(_ number: Int) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent("\(number).envelope"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// How many messages arrived.
    public func count() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }.count
    }

    /// The `Message-ID` of every message accepted, in the order they arrived.
    public func messageIDs() throws -> [String] {
        try (0..<count()).map { index in
            let text = String(decoding: try message(index + 1), as: UTF8.self)
            let line = text.split(separator: "\r\n").first { $0.lowercased().hasPrefix("message-id:") }
            return line.map { String($0.dropFirst("Message-ID:".count)).trimmingCharacters(in: .whitespaces) } ?? ""
        }
    }

    /// `host:port` for `--smtp`.
    public var address: String { "127.0.0.1:\(port)" }
}
