import EntraideTestSupport
import Foundation

/// An `aiosmtpd` server on 127.0.0.1 that keeps each message it receives, byte for byte, as `N.eml`, and
/// its envelope as `N.envelope` (`MAIL FROM`, then one line per `RCPT TO`), and `tls` or `plain`, then the
/// user who authenticated if any, as `N.session`.
///
/// With `startTLS`, it offers and requires STARTTLS with a self-signed certificate for 127.0.0.1 (``certificate``)
/// and accepts AUTH, only over TLS, for the user `centre-user` with the password `s3cret-pass`.
///
/// Started from the project's virtual environment (`scripts/test` installs `aiosmtpd` there); stopped when
/// its standard input closes.
final class SMTPTestServer {
    /// The project's Python, if it can import `aiosmtpd`.
    static let python: String? = ProjectPython.has("aiosmtpd") ? ProjectPython.executable?.path : nil

    private static let script = """
        import pathlib, socket, ssl, sys
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        class Keeper:
            def __init__(self, folder):
                self.folder, self.count = pathlib.Path(folder), 0
            async def handle_DATA(self, server, session, envelope):
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
        if len(sys.argv) > 2:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(sys.argv[2], sys.argv[3])
            options = dict(tls_context=context, require_starttls=True, authenticator=authenticate, auth_require_tls=True)
        controller = Controller(Keeper(sys.argv[1]), hostname="127.0.0.1", port=port, **options)
        controller.start()
        print(port, flush=True)
        sys.stdin.read()
        controller.stop()
        """

    let folder: URL
    let port: Int
    private let process: Process
    private let input: Pipe

    /// Starts a server and waits until it listens.
    init(python: String, startTLS: Bool = false) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var arguments = ["-c", Self.script, folder.path]
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
    var certificate: String { folder.appendingPathComponent("cert.pem").path }

    /// `tls` or `plain`, then the user who authenticated (empty if none), for the `number`th message.
    func session(_ number: Int) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent("\(number).session"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The `number`th message received (from 1), as received.
    func message(_ number: Int) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent("\(number).eml")))
    }

    /// The envelope of the `number`th message: the sender, then the recipients.
    func envelope(_ number: Int) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent("\(number).envelope"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// How many messages arrived.
    func count() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".eml") }.count
    }
}
