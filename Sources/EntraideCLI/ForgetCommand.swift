import ArgumentParser
import EntraideService
import Foundation
import Phrasebook
import PlanningDomain
import WorkspaceStore

/// `entraide forget PARTICIPANT [--group GROUP | --workshops]`: a person's right to erasure, a group's
/// participant or a person of the workshops.
struct ForgetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "forget",
            abstract: HelpText.text("help.forget.abstract"),
            discussion: HelpText.text("help.forget.discussion") + " "
                + HelpText.text("help.forget.discussion.workshops")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.forget.option.participant")))
    var participant: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.forget.option.group")))
    var group: String?

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.forget.option.workshops")))
    var workshops = false

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if group != nil, workshops { throw ValidationError(HelpText.text("cli.forget.groupOrWorkshops")) }
    }

    func run() throws {
        let store = try workspace.open(language.choice)
        let scope: ErasureScope? = workshops ? .workshops : group.map { .group(Group.ID($0)) }
        let erased = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try ForgetParticipant(workspace: store).run(Participant.ID(participant), scope: scope)
        }
        let values: [String: Phrase] = ["participant": .verbatim(participant), "path": .verbatim(store.path)]
        Terminal.output(
            Phrase(erased == .workshops ? "cli.forget.doneWorkshops" : "cli.forget.done", values),
            in: language.choice.language(of: store)
        )
    }
}

/// `entraide export`: everything in the workspace as documented JSON.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: HelpText.text("help.export.abstract"),
            discussion: HelpText.text("help.export.discussion")
        )
    }

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.option.outFile"), valueName: "file"))
    var out: String?

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let bytes = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try ExportWorkspace(workspace: store).run()
        }
        guard let out else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        // Never replace a file Entraide did not write: only an earlier export.
        if FileManager.default.fileExists(atPath: out) {
            guard let existing = FileManager.default.contents(atPath: out), ExportWorkspace.isExport(Array(existing))
            else {
                Terminal.error(
                    Phrase("cli.export.notAnExport", ["path": .verbatim(out)]),
                    in: language.choice.language(of: store)
                )
                throw ExitCode(ExitStatus.invalidInput)
            }
        }
        // Written whole, then moved into place: a reader sees the old export or the new one.
        try ReplacedFile.write(bytes, to: out, language: language.choice.language(of: store))
    }
}
