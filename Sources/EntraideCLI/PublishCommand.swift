import ArgumentParser
import Calendaring
import Foundation
import MailDelivery
import MailMessages
import PlanDocuments
import PlanningDomain
import PlanningEngine
import Publication
import WorkspaceStore

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

    @Option(
        name: .long,
        help: ArgumentHelp("The time written as DTSTAMP, ISO 8601. Default: now.", valueName: "datetime")
    )
    var now: String?

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

    func validate() throws {
        if let now, PlanCommand.parseInstant(now) == nil {
            throw ValidationError("--now '\(now)' is not an ISO 8601 date-time such as 2027-01-05T09:00:00Z.")
        }
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
        let stamp = now.flatMap(PlanCommand.parseInstant) ?? Int64(Date().timeIntervalSince1970)
        let moving = Set(move.compactMap(SessionKind.init(rawValue:)))
        let id = Group.ID(group)
        let (result, outgoing): (PublicationResult, [OutgoingMail]) = try WorkspaceOption.checked {
            try store.write { writer in
                guard let scenario = try writer.scenario(of: id) else {
                    let known = (try? writer.groups().map(\.rawValue).joined(separator: ", ")) ?? ""
                    Terminal.error(
                        "\(store.path): error: no group '\(group)' in the workspace"
                            + (known.isEmpty ? "; import a scenario first." : "; it holds \(known).")
                    )
                    throw ExitCode(ExitStatus.invalidInput)
                }
                let withdrawn = try writer.withdrawnParticipants(of: id)
                var everyone = scenario
                everyone.participants += withdrawn
                let publisher = Publisher(
                    scenario: everyone,
                    previous: try writer.publications(of: id),
                    withdrawn: Set(withdrawn.map(\.id)),
                    stamp: stamp
                )
                let pinned = publisher.pinnedScenario(moving: moving)
                guard case .planned(let planned) = Planner(scenario: pinned).plan() else {
                    Terminal.error(
                        "error: group '\(group)' has no feasible plan with its published sessions kept"
                            + (moving.isEmpty ? "; name the sessions to plan again with --move." : ".")
                            + " `entraide plan` on the scenario explains why. Nothing was written or stored."
                    )
                    throw ExitCode(ExitStatus.infeasible)
                }
                let result = publisher.publish(planned.plan)
                let outgoing = try write(result, scenario: everyone, stamp: stamp)
                try writer.recordPublications(
                    result.publications,
                    pinned: Dictionary(uniqueKeysWithValues: planned.plan.sessions.map { ($0.kind, $0.slot.id) }),
                    for: id
                )
                return (result, outgoing)
            }
        }
        report(result)
        if let delivery { try send(outgoing, through: delivery) }
    }

    /// Writes the messages, their e-mails with `--eml`, and the staff calendar into the output folder.
    ///
    /// Whole or not at all. `scenario` holds every recipient, withdrawn ones included.
    ///
    /// - Returns: The e-mails with their envelopes, in the order of the messages; empty without `--eml`.
    private func write(_ result: PublicationResult, scenario: Scenario, stamp: Int64) throws -> [OutgoingMail] {
        var files: [String: [UInt8]] = [:]
        var outgoing: [OutgoingMail] = []
        do {
            files["calendar.ics"] = try ICSWriter.bytes(for: result.staffCalendar)
            for message in result.messages { files[message.fileName] = try ICSWriter.bytes(for: message.document) }
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(ExitStatus.failure)
        }
        if eml || smtp != nil {
            for message in result.messages {
                guard let recipient = scenario.participant(message.recipient) else {
                    Terminal.error("error: participant '\(message.recipient.rawValue)' is not in the workspace.")
                    throw ExitCode(ExitStatus.failure)
                }
                do {
                    let bytes = try MailMessage.bytes(
                        for: message,
                        recipient: recipient,
                        scenario: scenario,
                        stamp: stamp
                    )
                    files[MailMessage.fileName(for: message)] = bytes
                    outgoing.append(
                        OutgoingMail(
                            message: message,
                            bytes: bytes,
                            from: scenario.organisation.organiser.email,
                            to: recipient.email
                        )
                    )
                } catch {
                    Terminal.error("error: \(error.description)")
                    throw ExitCode(error.isInvalidInput ? ExitStatus.invalidInput : ExitStatus.failure)
                }
            }
        }
        do {
            try OutputFolder(path: out, marker: "calendar.ics").write(files)
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
        return outgoing
    }

    /// One line per message, by participant id: what was written and why.
    private func report(_ result: PublicationResult) {
        guard result.hasMessages else {
            Terminal.output("Nothing changed since the last publication; \(out)/calendar.ics is the current state.\n")
            return
        }
        var lines = result.messages.map { message in
            let method = message.method == .cancel ? "CANCEL" : "REQUEST"
            return "  \(message.fileName): \(method) SEQUENCE \(message.sequence) (\(message.reason))"
        }
        if !result.unaddressed.isEmpty {
            lines.append(
                "  not addressed (no longer in the workspace): "
                    + result.unaddressed.map(\.rawValue).joined(separator: ", ")
            )
        }
        Terminal.output("Wrote \(result.messages.count) message(s) to \(out):\n" + lines.joined(separator: "\n") + "\n")
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

    /// Sends the e-mails in order and stops at the first failure, named by participant id and session.
    private func send(_ outgoing: [OutgoingMail], through delivery: Delivery) throws {
        for (index, mail) in outgoing.enumerated() {
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
                    "error: could not send the message to participant '\(mail.message.recipient.rawValue)' about "
                        + "session '\(mail.message.session.rawValue)' (\(MailMessage.fileName(for: mail.message))): "
                        + "\(error.description) Sent \(index) of \(outgoing.count) message(s) before it; the state is "
                        + "stored and \(out) holds every message."
                )
                throw ExitCode(ExitStatus.failure)
            }
        }
        Terminal.output("Sent \(outgoing.count) message(s) through \(delivery.server).\n")
    }
}

/// One e-mail to send and its envelope; the addresses are never printed.
private struct OutgoingMail {
    var message: OutgoingMessage
    var bytes: [UInt8]
    var from: String
    var to: String
}
