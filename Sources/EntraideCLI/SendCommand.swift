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

    /// Sends the outbox and reports by ids; exits 1 when a message was refused.
    static func send(
        _ store: Workspace,
        through transport: CurlTransport,
        now: Instant,
        language: LanguageChoice
    ) throws {
        let outcome = try ServiceCall.run(language) { () throws(ServiceError) in
            try SendOutbox(workspace: store, transport: transport).run(now: now)
        }
        let said = language.language()
        for entry in outcome.sent {
            Terminal.output(
                Phrase(
                    "cli.send.sent",
                    [
                        "id": .verbatim(entry.id.description), "recipient": .verbatim(entry.recipient.description),
                        "subject": .verbatim(entry.subject.rawValue), "file": .verbatim(entry.fileStem),
                    ]
                ),
                in: said
            )
        }
        Terminal.output(
            Phrase(
                "cli.send.done",
                ["count": .number(outcome.sent.count), "server": .verbatim("\(transport.server)")]
            ),
            in: said
        )
        if !outcome.uncertain.isEmpty {
            Terminal.error(
                Phrase(
                    "cli.send.uncertain",
                    [
                        "count": .number(outcome.uncertain.count),
                        "ids": .list(outcome.uncertain.map(\.id.description)),
                    ]
                ),
                in: said
            )
        }
        guard let failed = outcome.failed else { return }
        Terminal.error(
            Phrase(
                "cli.send.failed",
                [
                    "id": .verbatim(failed.id.description), "recipient": .verbatim(failed.recipient.description),
                    "subject": .verbatim(failed.subject.rawValue), "reason": .verbatim(Self.reason(of: failed)),
                    "pending": .number(outcome.pending),
                ]
            ),
            in: said
        )
        throw ExitCode(ExitStatus.failure)
    }

    private static func reason(of entry: OutboxEntry) -> String {
        if case .failed(let reason, _) = entry.state { return reason }
        return ""
    }
}
