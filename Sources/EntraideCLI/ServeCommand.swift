import ArgumentParser
import EntraideServer
import EntraideService
import Foundation
import Phrasebook

/// `entraide serve`: the web page for staff and participants, over the workspace.
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve",
            abstract: HelpText.text("help.serve.abstract"),
            discussion: HelpText.text("help.serve.discussion")
        )
    }

    @OptionGroup var workspace: WorkspaceOption

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.serve.option.listen"), valueName: "host:port"))
    var listen: String = "127.0.0.1:8080"

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(HelpText.text("help.serve.option.baseURL"), valueName: "url")
    )
    var baseURL: String?

    @Flag(
        name: .customLong("trust-forwarded-for"),
        help: ArgumentHelp(HelpText.text("help.serve.option.trustForwardedFor"))
    )
    var trustsForwardedFor = false

    @OptionGroup var server: SMTPOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard Self.address(listen) != nil else {
            throw ValidationError(HelpText.text("cli.validation.listen", ["value": .verbatim(listen)]))
        }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError(HelpText.text("cli.validation.baseURL", ["value": .verbatim(baseURL)]))
        }
    }

    func run() throws {
        let store = try workspace.open(language.choice)
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
            Terminal.error(
                Phrase("cli.serve.stopped", ["error": .verbatim("\(type(of: error))")]),
                in: language.choice.language(of: store)
            )
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
