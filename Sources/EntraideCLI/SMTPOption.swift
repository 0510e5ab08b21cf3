import ArgumentParser
import EntraideService
import Foundation
import MailDelivery
import Phrasebook

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
                throw ValidationError(phrase(of: error).text(in: LanguageOption.helpLanguage))
            }
        }
    }

    /// The transport for `--smtp`, or exit 2 when the credentials in the environment are incomplete; `nil`
    /// without `--smtp`.
    ///
    /// The error is worded in the language of `--language` or the locale.
    func transport() throws -> CurlTransport? {
        guard let smtp else { return nil }
        do {
            return CurlTransport(
                server: try SMTPServer(parsing: smtp),
                credentials: try SMTPCredentials.fromEnvironment(ProcessInfo.processInfo.environment)
            )
        } catch {
            Terminal.error(
                .joined([.verbatim("error: "), phrase(of: error)], separator: ""),
                in: LanguageOption.helpLanguage
            )
            throw ExitCode(ExitStatus.invalidInput)
        }
    }

    /// What is wrong with `--smtp` or the credentials, by the error's code: the server as written, or the
    /// variables' names (never a value of the credentials).
    private func phrase(of error: DeliveryError) -> Phrase {
        switch error.code {
        case .invalidServer:
            return Phrase("cli.smtp.invalidServer", ["value": .verbatim(smtp ?? "")])
        case .incompleteCredentials:
            let other =
                error.source == SMTPCredentials.userVariable
                ? SMTPCredentials.passwordVariable : SMTPCredentials.userVariable
            return Phrase(
                "cli.smtp.incompleteCredentials",
                ["missing": .verbatim(error.source), "other": .verbatim(other)]
            )
        default:
            return error.diagnostic
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
            throw TransportFailure(error.diagnostic)
        }
    }
}
