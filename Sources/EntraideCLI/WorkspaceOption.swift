import ArgumentParser
import EntraideService
import Phrasebook
import WorkspaceStore

/// `--workspace DIR`: the folder of the workspace; the current folder by default.
struct WorkspaceOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            HelpText.text("help.workspace.option.workspace"),
            valueName: "dir"
        )
    )
    var workspace: String = "."

    /// The workspace, or exit: 2 when it is missing, damaged or from a newer Entraide, 1 when it cannot be read;
    /// the error is worded in `language`.
    func open(_ language: LanguageChoice = LanguageOption.environmentChoice) throws -> Workspace {
        try ServiceCall.run(language) { () throws(ServiceError) in try WorkspaceAccess.open(workspace) }
    }
}

extension InitCommand {
    /// Creates the workspace, or exits as ``ServiceCall/run(_:_:)`` does.
    static func create(in folder: String) throws -> Workspace {
        do {
            return try Workspace.create(in: folder)
        } catch {
            Terminal.error(error.diagnostic, in: LanguageOption.environmentChoice.language())
            throw ExitCode(error.isInputError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }
}
