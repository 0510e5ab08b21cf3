import ArgumentParser
import EntraideService
import Phrasebook
import PlanningDomain
import WorkspaceStore

/// `entraide send --smtp HOST:PORT`: sends what the outbox has not sent yet.
struct SendCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "send",
            abstract: HelpText.text("help.send.abstract"),
            discussion: HelpText.text("help.send.discussion")
        )
    }

    @OptionGroup var server: SMTPOption
    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if server.smtp == nil { throw ValidationError(HelpText.text("cli.validation.smtpNeeded")) }
    }

    func run() throws {
        guard let transport = try server.transport() else { return }
        let store = try workspace.open(language.choice)
        try Self.send(store, through: transport, now: clock.instant, language: language.choice)
    }

    /// Sends the outbox, then the messages of recruitment, and reports by ids; exits 1 when a message was refused.
    static func send(
        _ store: Workspace,
        through transport: CurlTransport,
        now: Instant,
        language: LanguageChoice
    ) throws {
        let outcome = try ServiceCall.run(language) { () throws(ServiceError) in
            try SendQueues(workspace: store, transport: transport).run(now: now)
        }
        let said = language.language(of: store)
        let invitations = outcome.invitations
        for entry in invitations.sent {
            Terminal.output(
                Phrase(
                    "cli.send.sent",
                    [
                        "id": .verbatim(entry.id.description),
                        "recipient": DeliveryWording.recipient(entry.recipient),
                        "subject": .verbatim(entry.subject.rawValue), "file": .verbatim(entry.fileStem),
                    ]
                ),
                in: said
            )
        }
        let recruitment = outcome.recruitment
        for message in recruitment?.sent ?? [] {
            Terminal.output(Self.recruitmentLine("cli.send.recruitment.sent", message), in: said)
        }
        for message in recruitment?.withoutMail ?? [] {
            Terminal.error(Self.recruitmentLine("cli.send.recruitment.withoutMail", message), in: said)
        }
        Terminal.output(
            Phrase("cli.send.done", ["count": .number(outcome.sentCount), "server": .verbatim("\(transport.server)")]),
            in: said
        )
        let uncertain = invitations.uncertain.map(\.id.description) + (recruitment?.uncertain ?? []).map { "R\($0.id)" }
        if !uncertain.isEmpty {
            Terminal.error(
                Phrase("cli.send.uncertain", ["count": .number(uncertain.count), "ids": .list(uncertain)]),
                in: said
            )
        }
        if let failed = invitations.failed {
            Terminal.error(
                Phrase(
                    "cli.send.failed",
                    [
                        "id": .verbatim(failed.id.description),
                        "recipient": DeliveryWording.recipient(failed.recipient),
                        "subject": .verbatim(failed.subject.rawValue),
                        "reason": Self.reason(of: failed.state),
                        "pending": .number(invitations.pending),
                    ]
                ),
                in: said
            )
            throw ExitCode(ExitStatus.failure)
        }
        if let failed = recruitment?.failed {
            let extra: [String: Phrase] = [
                "reason": Self.reason(of: failed.delivery), "pending": .number(recruitment?.pending ?? 0),
            ]
            Terminal.error(Self.recruitmentLine("cli.send.recruitment.failed", failed, extra), in: said)
            throw ExitCode(ExitStatus.failure)
        }
    }

    /// A line about a message of recruitment: its id (`R<n>`), kind and recipient, by ids only.
    private static func recruitmentLine(
        _ key: String,
        _ message: RecruitmentMessage,
        _ extra: [String: Phrase] = [:]
    ) -> Phrase {
        let parts: [String: Phrase] = [
            "id": .verbatim("R\(message.id)"),
            "kind": DeliveryWording.kind(message.kind),
            "recipient": DeliveryWording.recipient(message.recipient),
            "about": .verbatim(message.interview ?? message.group?.rawValue ?? "-"),
        ]
        return Phrase(key, parts.merging(extra) { first, _ in first })
    }

    /// Why a delivery failed, worded in the reader's language (the server's own words kept as they are).
    private static func reason(of state: DeliveryState) -> Phrase {
        if case .failed(let reason, _) = state { return DeliveryWording.reason(reason) }
        return .empty
    }
}
