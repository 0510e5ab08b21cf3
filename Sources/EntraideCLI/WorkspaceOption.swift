import ArgumentParser
import PlanningDomain
import WorkspaceStore

/// `--workspace DIR`: the folder of the workspace; the current folder by default.
struct WorkspaceOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder holding the workspace (entraide init). Default: the current folder.",
            valueName: "dir"
        )
    )
    var workspace: String = "."

    /// The workspace, or exit: 2 when it is missing or from a newer Entraide, 1 when it cannot be read.
    func open() throws -> Workspace {
        do {
            return try Workspace.open(in: workspace)
        } catch {
            throw Self.exit(error)
        }
    }

    /// A group's scenario and publications as the workspace holds them, or exit 2 for an unknown group.
    func group(_ id: String) throws -> (Scenario, [SessionPublication]) {
        let store = try open()
        let (scenario, publications) = try Self.checked {
            try store.read { reader in
                (try reader.scenario(of: Group.ID(id)), try reader.publications(of: Group.ID(id)))
            }
        }
        guard let scenario else {
            Terminal.error("\(store.path): error: no group '\(id)' in the workspace; import its scenario first.")
            throw ExitCode(ExitStatus.invalidInput)
        }
        return (scenario, publications)
    }

    /// Prints a workspace error and gives the exit to throw: 2 for what the user can fix, 1 for the disk.
    static func exit(_ error: WorkspaceError) -> ExitCode {
        Terminal.error(error.description)
        return ExitCode(error.isInputError ? ExitStatus.invalidInput : ExitStatus.failure)
    }

    /// Runs `body`, mapping a workspace error to its exit code; other errors pass through.
    static func checked<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as WorkspaceError {
            throw exit(error)
        }
    }
}
