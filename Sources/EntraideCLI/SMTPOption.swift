import ArgumentParser
import EntraideService
import Foundation
import MailDelivery

/// `--smtp HOST:PORT`: the mail server of `send` and `publish --smtp`, with credentials from the environment.
struct SMTPOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            HelpText.text("help.smtp.option.smtp"),
            valueName: "host:port"
        )
    )
    var smtp: String?

    func validate() throws {
        if let smtp {
            do {
                _ = try SMTPServer(parsing: smtp)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    /// The transport for `--smtp`, or exit 2 when the credentials in the environment are incomplete; `nil`
    /// without `--smtp`.
    func transport() throws -> CurlTransport? {
        guard let smtp else { return nil }
        do {
            return CurlTransport(
                server: try SMTPServer(parsing: smtp),
                credentials: try SMTPCredentials.fromEnvironment(ProcessInfo.processInfo.environment)
            )
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(ExitStatus.invalidInput)
        }
    }
}

/// libcurl's SMTP client (MailDelivery) as the outbox's transport.
struct CurlTransport: MailTransport {
    let server: SMTPServer
    let credentials: SMTPCredentials?

    func send(_ message: [UInt8], from: String, to: String) throws(TransportFailure) -> String {
        do {
            return try MailSender.send(message, from: from, to: [to], via: server, credentials: credentials)
        } catch {
            throw TransportFailure(error.description)
        }
    }
}
