import ArgumentParser
import EntraideService
import Foundation
import OutputFiles
import Phrasebook
import PlanDocuments
import PlanningDomain
import Publication
import WorkspaceStore

/// `entraide publish GROUP --out DIR`: writes the messages that bring every calendar up to date.
struct PublishCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "publish",
            abstract: HelpText.text("help.publish.abstract"),
            discussion: HelpText.text("help.publish.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.publish.option.group")))
    var group: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.publish.option.out"), valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp(HelpText.text("help.publish.option.move"), valueName: "session")
    )
    var move: [String] = []

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.publish.option.eml")))
    var eml = false

    @OptionGroup var server: SMTPOption

    @OptionGroup var workspace: WorkspaceOption

    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        for session in move where SessionKind(rawValue: session) == nil {
            throw ValidationError(HelpText.text("cli.validation.move", ["value": .verbatim(session)]))
        }
    }

    func run() throws {
        let transport = try server.transport()
        let store = try workspace.open(language.choice)
        let now = clock.instant
        let request = PublishGroup.Request(
            group: Group.ID(group),
            moving: Set(move.compactMap(SessionKind.init(rawValue:))),
            now: now
        )
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try PublishGroup(workspace: store).run(request)
        }
        let said = language.choice.language(of: store)
        for cause in outcome.causes.sorted(by: { $0.key < $1.key }) { Terminal.output(cause.value + "\n") }
        for use in outcome.bookings {
            Terminal.output(
                Phrase(
                    "cli.publish.around",
                    [
                        "group": .verbatim(use.booking.group.rawValue), "kind": .verbatim(use.booking.kind.rawValue),
                        "start": .verbatim(use.booking.start.description),
                        "facilitator": .verbatim(use.booking.facilitator.rawValue),
                        "venue": .verbatim(use.booking.venue.rawValue), "count": .number(use.candidates),
                    ]
                ),
                in: said
            )
        }
        guard let run = outcome.run, let name = outcome.folderName else {
            let folder = OutputFolder(path: out)
            folder.removeStaleStaging()
            Terminal.output(Phrase("cli.publish.nothingChanged"), in: said)
            if let latest = outcome.latestRun, !folder.holds(PublishGroup.folderName(of: latest)) {
                Terminal.output(
                    Phrase(
                        "cli.publish.notWritten",
                        ["number": .verbatim(latest.number.description), "out": .verbatim(out)]
                    ),
                    in: said
                )
            }
            return
        }
        let folder = try write(outcome.bundle, as: name)
        report(outcome, run: run.number.rawValue, folder: folder, in: said)
        if let transport { try SendCommand.send(store, through: transport, now: now, language: language.choice) }
    }

    /// Writes the publication as a new numbered sub-folder of `--out`, which only ever grows.
    private func write(_ bundle: OutputBundle, as name: String) throws -> String {
        var bundle = bundle
        if !eml && server.smtp == nil {
            for path in bundle.paths where path.components.last?.hasSuffix(".eml") == true { bundle[path] = nil }
        }
        do {
            return try OutputFolder(path: out).add(bundle, as: name)
        } catch {
            Terminal.error(
                Phrase("cli.publish.notWrittenError", ["error": OutputFolderWording.phrase(of: error)]),
                in: language.choice.language()
            )
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }

    /// One line per message, by id: what was written and why.
    private func report(_ outcome: PublishGroup.Outcome, run: Int, folder: String, in said: Language) {
        var lines = outcome.messages.map { message in
            MessageLine.phrase(
                path: message.path.description,
                isCancel: message.isCancel,
                sequence: message.sequence,
                reason: message.reason.rawValue
            )
        }
        if !outcome.unaddressed.isEmpty {
            lines.append(
                Phrase("cli.publish.unaddressed", ["ids": .list(outcome.unaddressed.map(\.description))])
            )
        }
        let heading = Phrase(
            "cli.publish.done",
            ["run": .number(run), "count": .number(outcome.messages.count), "folder": .verbatim(folder)]
        )
        Terminal.output(.lines([heading] + lines), in: said)
    }
}
