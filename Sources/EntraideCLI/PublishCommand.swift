import ArgumentParser
import EntraideService
import Foundation
import MailDelivery
import OutputFiles
import PlanningDomain
import Publication

/// `entraide publish GROUP --out DIR`: writes the messages that bring every calendar up to date.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write only what changed since the last publication: requests, updates and cancellations.",
        discussion: """
            Plans the group from the workspace, keeping every published session where it is unless --move \
            names it, and writes DIR/<participant>/<session>.ics: METHOD:REQUEST for a new session or \
            recipient (current SEQUENCE) and for a moved session (SEQUENCE + 1, to everyone invited), \
            METHOD:CANCEL with STATUS:CANCELLED for a cancelled session or a withdrawn participant (SEQUENCE + 1, \
            to those concerned). Every event keeps its UID. DIR/calendar.ics is the staff calendar \
            (METHOD:PUBLISH, the current state, nobody named). The new state is stored in the same transaction \
            as the files are written: on any failure nothing is stored. With --eml, each message is also written \
            as DIR/<participant>/<session>.eml, an RFC 5322 e-mail to that participant only, ready to send: a \
            text/plain body in their language, the invitation inline as text/calendar with method=REQUEST or \
            method=CANCEL (as its METHOD) and the same file attached as invitation.ics; From is the organiser, \
            Date is --now. With --smtp HOST:PORT (which implies --eml), once the folder is written and the \
            state stored, each e-mail is sent to its participant's address, from the organiser's, through that \
            SMTP server (RFC 5321), with STARTTLS (RFC 3207) whenever the server offers it. To authenticate, set \
            ENTRAIDE_SMTP_USER and ENTRAIDE_SMTP_PASSWORD (both or neither; never on the command line); with them \
            STARTTLS is required. Sending stops at the first failure, which names the participant and the session, \
            with exit code 1; the messages before it were sent, and the folder holds them all.
            """
    )

    @Argument(help: "The group's id.")
    var group: String

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp("A published session to plan again (repeatable): founding2, review, …", valueName: "session")
    )
    var move: [String] = []

    @Flag(name: .long, help: "Also write each message as an e-mail, <participant>/<session>.eml, beside its .ics.")
    var eml = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Send each e-mail through this SMTP server (implies --eml); credentials from the environment.",
            valueName: "host:port"
        )
    )
    var smtp: String?

    @OptionGroup var workspace: WorkspaceOption

    @OptionGroup var clock: NowOption

    func validate() throws {
        for session in move where SessionKind(rawValue: session) == nil {
            throw ValidationError(
                "--move '\(session)' is not a session; expected information, founding1, founding2 or review."
            )
        }
        if let smtp {
            do {
                _ = try SMTPServer(parsing: smtp)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    func run() throws {
        let delivery = try deliverySettings()
        let store = try workspace.open()
        let now = clock.instant
        let request = PublishGroup.Request(
            group: Group.ID(group),
            moving: Set(move.compactMap(SessionKind.init(rawValue:))),
            now: now
        )
        let outcome = try ServiceCall.run { () throws(ServiceError) in try PublishGroup(workspace: store).run(request) }
        for cause in outcome.causes.sorted(by: { $0.key < $1.key }) { Terminal.output(cause.value + "\n") }
        let folder = try write(outcome.bundle, now: now)
        report(outcome, folder: folder)
        if let delivery { try send(outcome.mails, through: delivery) }
    }

    /// Writes the publication as a new numbered sub-folder of `--out`, which only ever grows.
    private func write(_ bundle: OutputBundle, now: Instant) throws -> String {
        var bundle = bundle
        if !eml && smtp == nil {
            for path in bundle.paths where path.components.last?.hasSuffix(".eml") == true { bundle[path] = nil }
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        let number = existing.filter { $0.first?.isNumber == true }.count + 1
        let name = String(repeating: "0", count: max(0, 4 - String(number).count)) + "\(number)-\(now.date)"
        do {
            return try OutputFolder(path: out).add(bundle, as: name)
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }

    /// One line per message, by id: what was written and why.
    private func report(_ outcome: PublishGroup.Outcome, folder: String) {
        guard !outcome.messages.isEmpty else {
            Terminal.output(
                "Nothing changed since the last publication; \(folder)/calendar.ics is the current state.\n"
            )
            return
        }
        var lines = outcome.messages.map { message in
            "  \(message.path): \(message.isCancel ? "CANCEL" : "REQUEST") SEQUENCE \(message.sequence) "
                + "(\(message.reason.rawValue))"
        }
        if !outcome.unaddressed.isEmpty {
            lines.append(
                "  not addressed (no longer in the workspace): "
                    + outcome.unaddressed.map(\.description).joined(separator: ", ")
            )
        }
        Terminal.output(
            "Wrote \(outcome.messages.count) message(s) to \(folder):\n" + lines.joined(separator: "\n") + "\n"
        )
    }

    // MARK: - Sending

    /// Where and as whom to send.
    private typealias Delivery = (server: SMTPServer, credentials: SMTPCredentials?)

    /// The server and the credentials of `--smtp`, read before anything is written; `nil` without `--smtp`.
    private func deliverySettings() throws -> Delivery? {
        guard let smtp else { return nil }
        do {
            return (
                try SMTPServer(parsing: smtp), try SMTPCredentials.fromEnvironment(ProcessInfo.processInfo.environment)
            )
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(ExitStatus.invalidInput)
        }
    }

    /// Sends the e-mails in order and stops at the first failure, named by recipient id and session.
    private func send(_ mails: [PublishGroup.Mail], through delivery: Delivery) throws {
        for (index, mail) in mails.enumerated() {
            do {
                try MailSender.send(
                    mail.bytes,
                    from: mail.from,
                    to: [mail.to],
                    via: delivery.server,
                    credentials: delivery.credentials
                )
            } catch {
                Terminal.error(
                    "error: could not send the message to \(mail.recipient) about session '\(mail.session.rawValue)': "
                        + "\(error.description) Sent \(index) of \(mails.count) message(s) before it."
                )
                throw ExitCode(ExitStatus.failure)
            }
        }
        Terminal.output("Sent \(mails.count) message(s) through \(delivery.server).\n")
    }
}
