import ArgumentParser
import EntraideService
import OutputFiles
import Phrasebook
import PlanningDomain
import PlanningInput
import WorkspaceStore

/// `entraide handover GROUP --rhythm … --out DIR`: the group's own recurring meeting, one invite per member.
struct HandoverCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "handover",
            abstract: HelpText.text("help.handover.abstract"),
            discussion: HelpText.text("help.handover.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.handover.option.group")))
    var group: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.handover.option.rhythm"), valueName: "rhythm"))
    var rhythm: String?

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.handover.option.cancel")))
    var cancel = false

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.handover.option.out"), valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            HelpText.text("help.handover.option.canton"),
            valueName: "canton"
        )
    )
    var canton: String?

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp(
            HelpText.text("help.handover.option.members"),
            valueName: "ids"
        )
    )
    var members: [String] = []

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.handover.option.venue"), valueName: "venue"))
    var venue: String?

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.handover.option.eml")))
    var eml = false

    @OptionGroup var server: SMTPOption

    @OptionGroup var workspace: WorkspaceOption

    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let canton, canton.lowercased() != "none", Canton(code: canton.uppercased()) == nil {
            throw ValidationError(HelpText.text("cli.validation.canton", ["value": .verbatim(canton)]))
        }
        if cancel && (!members.isEmpty || venue != nil || canton != nil) {
            throw ValidationError(HelpText.text("cli.validation.cancelAlone"))
        }
        if cancel && rhythm != nil { throw ValidationError(HelpText.text("cli.validation.rhythmOrCancel")) }
        if !cancel && rhythm == nil { throw ValidationError(HelpText.text("cli.validation.rhythmNeeded")) }
    }

    func run() throws {
        let transport = try server.transport()
        let store = try workspace.open(language.choice)
        let now = clock.instant
        let request =
            cancel
            ? HandOver.Request(cancelling: Group.ID(group), now: now)
            : HandOver.Request(
                group: Group.ID(group),
                rhythm: rhythm ?? "",
                holidays: holidays,
                members: memberIDs,
                venue: venue.map { Venue.ID($0) },
                now: now
            )
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try HandOver(workspace: store).run(request)
        }
        let said = language.choice.language(of: store)
        if !outcome.unaddressed.isEmpty {
            Terminal.output(
                Phrase("cli.handover.unaddressed", ["ids": .list(outcome.unaddressed.map(\.rawValue))]),
                in: said
            )
        }
        guard let run = outcome.run, let name = outcome.folderName else {
            let folder = OutputFolder(path: out)
            folder.removeStaleStaging()
            Terminal.output(Phrase("cli.handover.nothingChanged", ["sequence": .number(outcome.sequence)]), in: said)
            if let latest = outcome.latestRun, !folder.holds(PublishGroup.folderName(of: latest)) {
                Terminal.output(
                    Phrase(
                        "cli.handover.notWritten",
                        ["number": .verbatim(latest.number.description), "out": .verbatim(out)]
                    ),
                    in: said
                )
            }
            return
        }
        var bundle = outcome.bundle
        if !eml && server.smtp == nil {
            for path in bundle.paths where path.components.last?.hasSuffix(".eml") == true { bundle[path] = nil }
        }
        let folder: String
        do {
            folder = try OutputFolder(path: out).add(bundle, as: name)
        } catch {
            Terminal.error(
                Phrase(
                    "cli.handover.notWrittenError",
                    ["error": OutputFolderWording.phrase(of: error), "number": .verbatim(run.number.description)]
                ),
                in: said
            )
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
        let lines = outcome.messages.map { message in
            MessageLine.phrase(
                path: message.path.description,
                isCancel: message.isCancel,
                sequence: message.sequence,
                reason: message.reason
            )
        }
        let what =
            cancel
            ? Phrase("cli.handover.cancelled")
            : Phrase(
                "cli.handover.rhythm",
                [
                    "rhythm": .verbatim(rhythm ?? ""), "members": .list(outcome.members.map(\.rawValue)),
                    "whose": outcome.membersByDefault ? Phrase("cli.handover.byDefault") : .empty,
                    "holidays": outcome.canton.map { Phrase("cli.handover.holidays", ["canton": .verbatim($0.code)]) }
                        ?? Phrase("cli.handover.noHolidays"),
                    "skipped": outcome.skipped.isEmpty
                        ? .empty : Phrase("cli.handover.skipped", ["dates": .list(outcome.skipped.map(\.description))]),
                ]
            )
        let heading = Phrase(
            "cli.handover.done",
            [
                "number": .verbatim(run.number.description), "what": what, "count": .number(outcome.messages.count),
                "folder": .verbatim(folder),
            ]
        )
        Terminal.output(.lines([heading] + lines), in: said)
        if let transport { try SendCommand.send(store, through: transport, now: now, language: language.choice) }
    }

    /// `--canton`: the centre's by default, `none`, or a code.
    private var holidays: HandOver.Holidays {
        guard let canton else { return .centre }
        if canton.lowercased() == "none" { return .none }
        return Canton(code: canton.uppercased()).map(HandOver.Holidays.canton) ?? .centre
    }

    /// `--members p01,p02` (the option may also be repeated); `nil` without it.
    private var memberIDs: [Participant.ID]? {
        let ids = members.flatMap { $0.split(separator: ",") }.map { String($0.filter { $0 != " " }) }
        return ids.isEmpty ? nil : ids.filter { !$0.isEmpty }.map { Participant.ID($0) }
    }
}
