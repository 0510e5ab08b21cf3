import ArgumentParser
import EntraideService
import WorkspaceStore

/// `entraide init [DIR]`: creates the workspace.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace: the store of groups, people, answers, plans and what was sent.",
        discussion: """
            Creates DIR/entraide-workspace.sqlite (SQLite, through GRDB). Every other workspace command finds \
            it in the current folder, or in the folder given with --workspace.
            """
    )

    @Argument(help: ArgumentHelp("The folder to create the workspace in (created if missing).", valueName: "dir"))
    var folder: String = "."

    func run() throws {
        let workspace = try Self.create(in: folder)
        Terminal.output("Created \(workspace.path).\n")
    }
}

/// `entraide import SCENARIO`: reads a scenario and its sources into the workspace.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a scenario and the files it names into the workspace (again and again: idempotent).",
        discussion: """
            The group, its people, candidate slots and merged answers are stored in one transaction. \
            Importing the same scenario twice changes nothing. A participant no longer in the scenario is \
            marked withdrawn: the next `entraide publish` cancels their invitations.
            """
    )

    @OptionGroup var input: ScenarioArgument
    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    func run() throws {
        let store = try workspace.open()
        let summary = try ServiceCall.run { () throws(ServiceError) in
            try ImportScenario(source: input.source, workspace: store).run(scenario: input.scenario, now: clock.instant)
        }
        let changed =
            summary.isUnchanged
            ? "nothing changed"
            : "\(summary.added.count) added, \(summary.updated.count) updated, \(summary.withdrawn.count) withdrawn, "
                + "\(summary.unchanged.count) unchanged"
        Terminal.output("Imported group \(summary.group) into \(store.path): \(changed).\n")
    }
}
