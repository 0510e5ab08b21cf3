import EntraideTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `entraide staff add` and `entraide serve` as built: accounts from standard input, a server that answers on
/// loopback and stops gracefully on SIGTERM.
@Suite(.serialized) struct ServeCommandTests {
    @Test func staffAccountsAreMadeFromStandardInputAndWeakPasswordsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try EntraideBinary.run(["init", folder.path]).status == 0)
        let added = try Self.run(
            ["staff", "add", "anne", "--workspace", folder.path],
            input: "a long enough password\n"
        )
        #expect(added.status == 0)
        #expect(added.output == "Created staff account 'anne'.\n")
        let weak = try Self.run(["staff", "add", "paul", "--workspace", folder.path], input: "short\n")
        #expect(weak.status == 2)
        #expect(weak.error.contains("at least 12 characters"))
        let twice = try Self.run(
            ["staff", "add", "anne", "--workspace", folder.path],
            input: "another long password\n"
        )
        #expect(twice.status == 2)
        let list = try EntraideBinary.run(["staff", "list", "--workspace", folder.path])
        #expect(list.standardOutput == "anne\n")
        let bytes = try Data(contentsOf: folder.appending("entraide-workspace.sqlite"))
        #expect(bytes.range(of: Data("a long enough password".utf8)) == nil)
    }

    @Test func theServerAnswersAndStopsGracefullyOnSIGTERM() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try EntraideBinary.run(["init", folder.path]).status == 0)
        let port = try Self.freePort()
        let server = try EntraideBinary.start([
            "serve", "--workspace", folder.path, "--listen", "127.0.0.1:\(port)",
        ])
        defer { if server.isRunning { server.terminate() } }
        var status: Int?
        for _ in 0..<100 where status == nil {
            try await Task.sleep(for: .milliseconds(100))
            status = try? await Self.status(of: "http://127.0.0.1:\(port)/staff/sign-in")
        }
        #expect(status == 200)
        kill(server.processIdentifier, SIGTERM)
        for _ in 0..<100 where server.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!server.isRunning)
        #expect(server.terminationStatus == 0)
        #expect(server.terminationReason == .exit)
    }

    @Test func aBadListenAddressIsInvalidInput() throws {
        let result = try EntraideBinary.run(["serve", "--listen", "nowhere"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--listen 'nowhere' is not host:port"))
    }

    // MARK: - Helpers

    /// Runs the binary with `input` on its standard input.
    static func run(_ arguments: [String], input: String) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = EntraideBinary.url
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self)
        )
    }

    /// A port nobody listens on now.
    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The status of a GET.
    static func status(of url: String) async throws -> Int {
        guard let url = URL(string: url) else { return 0 }
        let (_, response) = try await URLSession.shared.data(from: url)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}
