import ArgumentParser
import Calendaring
import Foundation
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
            Date is --now.
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
    }

    func run() throws {
        let store = try workspace.open()
        let stamp = now.flatMap(PlanCommand.parseInstant) ?? Int64(Date().timeIntervalSince1970)
        let moving = Set(move.compactMap(SessionKind.init(rawValue:)))
        let id = Group.ID(group)
        let result: PublicationResult = try WorkspaceOption.checked {
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
                try write(result, scenario: everyone, stamp: stamp)
                try writer.recordPublications(
                    result.publications,
                    pinned: Dictionary(uniqueKeysWithValues: planned.plan.sessions.map { ($0.kind, $0.slot.id) }),
                    for: id
                )
                return result
            }
        }
        report(result)
    }

    /// Writes the messages, their e-mails with `--eml`, and the staff calendar into the output folder.
    ///
    /// Whole or not at all. `scenario` holds every recipient, withdrawn ones included.
    private func write(_ result: PublicationResult, scenario: Scenario, stamp: Int64) throws {
        var files: [String: [UInt8]] = [:]
        do {
            files["calendar.ics"] = try ICSWriter.bytes(for: result.staffCalendar)
            for message in result.messages { files[message.fileName] = try ICSWriter.bytes(for: message.document) }
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(ExitStatus.failure)
        }
        if eml {
            for message in result.messages {
                guard let recipient = scenario.participant(message.recipient) else {
                    Terminal.error("error: participant '\(message.recipient.rawValue)' is not in the workspace.")
                    throw ExitCode(ExitStatus.failure)
                }
                do {
                    files[MailMessage.fileName(for: message)] = try MailMessage.bytes(
                        for: message,
                        recipient: recipient,
                        scenario: scenario,
                        stamp: stamp
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
}
