import ArgumentParser
import EntraideService
import Foundation
import PlanningDomain
import WorkspaceStore

/// `entraide forget PARTICIPANT`: a participant's right to erasure.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase a participant's name, e-mail address and answers from the workspace.",
        discussion: """
            Keeps only anonymous counts (how many answered each candidate) and the participant's id, so that \
            plans and publications still add up. The erased data is overwritten on disk (secure delete, then \
            VACUUM). Give --group when the id exists in several groups.
            """
    )

    @Argument(help: "The participant's id (p03).")
    var participant: String

    @Option(name: .long, help: "The group, when the id is used in several.")
    var group: String?

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try ForgetParticipant(workspace: store).run(Participant.ID(participant), in: group.map { Group.ID($0) })
        }
        Terminal.output("Forgot \(participant): name, e-mail address and answers erased from \(store.path).\n")
    }
}

/// `entraide export`: everything in the workspace as documented JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything the workspace holds as JSON (format entraide-workspace-export/2).",
        discussion: """
            Writes to standard output, or to FILE with --out (written whole, then moved into place); an existing \
            FILE is replaced only when it is an earlier Entraide export.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The file to write.", valueName: "file"))
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
                    "error: --out '\(out)' exists and is not an Entraide export; it is kept. Give a new file name."
                )
                throw ExitCode(ExitStatus.invalidInput)
            }
        }
        // Written whole, then moved into place: a reader sees the old export or the new one.
        try ReplacedFile.write(bytes, to: out)
    }
}
