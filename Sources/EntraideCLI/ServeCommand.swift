import ArgumentParser
import EntraideServer
import EntraideService
import Foundation

/// `entraide serve`: the web page for staff and participants, over the workspace.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web page: staff sign in, propose dates, watch the plan and publish; participants answer "
            + "through their personal link.",
        discussion: """
            Listens on 127.0.0.1:8080 by default: put a TLS reverse proxy in front (see the README, « Running \
            the web page ») and give the address people open with --base-url https://… (personal links start \
            with it; cookies are then Secure). Staff accounts are created with `entraide staff add NAME`. With \
            --smtp, staff can send the outbox from the page; without it, messages wait for `entraide send`. \
            Stops gracefully on SIGTERM and SIGINT.
            """
    )

    @OptionGroup var workspace: WorkspaceOption

    @Option(name: .long, help: ArgumentHelp("Where to listen.", valueName: "host:port"))
    var listen: String = "127.0.0.1:8080"

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address people open.", valueName: "url"))
    var baseURL: String?

    @Flag(
        name: .customLong("trust-forwarded-for"),
        help: "Take the client's address from X-Forwarded-For (only behind a reverse proxy that sets it)."
    )
    var trustsForwardedFor = false

    @OptionGroup var server: SMTPOption

    func validate() throws {
        guard Self.address(listen) != nil else {
            throw ValidationError("--listen '\(listen)' is not host:port (for example 127.0.0.1:8080).")
        }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url '\(baseURL)' must start with https:// (or http:// for a test).")
        }
    }

    func run() throws {
        let store = try workspace.open()
        guard let (host, port) = Self.address(listen) else { throw ExitCode(ExitStatus.invalidInput) }
        let configuration = ServerConfiguration(
            workspace: store,
            host: host,
            port: port,
            baseURL: baseURL,
            trustsForwardedFor: trustsForwardedFor,
            mailTransport: try server.transport()
        )
        let outcome = ServerRun()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await WebServer.run(configuration)
            } catch {
                outcome.fail(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            Terminal.error("error: the server stopped: \(type(of: error)).")
            throw ExitCode(ExitStatus.failure)
        }
    }

    /// `host:port`, the port between 1 and 65535.
    static func address(_ text: String) -> (String, Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (1...65_535).contains(port)
        else { return nil }
        let host = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host.isEmpty ? nil : (host, port)
    }
}

/// The error the server stopped with, if any (set from the server's task, read after it ended).
final class ServerRun: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func fail(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}
