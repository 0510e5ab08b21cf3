import ArgumentParser
import EntraideService
import PlanningInput
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
    @OptionGroup var language: LanguageOption

    func run() throws {
        let workspace = try Self.create(in: folder)
        Terminal.output("Created \(workspace.path).\n")
    }
}

/// `entraide import SCENARIO` or `entraide import --centre CENTRE`: reads a file into the workspace.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a scenario (or the centre file) and the files it names into the workspace; idempotent.",
        discussion: """
            A scenario: the group, its people, candidate slots and each source's answers (kept under their \
            origin, so that an answer recorded by phone or on the web is never erased by an import) are stored \
            in one transaction; importing the same files twice changes nothing. A participant no longer in the \
            scenario is marked withdrawn: the next `entraide publish` cancels their invitations. A scenario may \
            leave out organisation, facilitators and venues and use the centre's, or define them: then they \
            update the centre's records, and the fields that changed are listed. With --centre, FILE is the \
            centre file (organisation, facilitators, venues, closures) and is imported on its own.
            """
    )

    @Argument(help: "The scenario file (YAML), or the centre file with --centre.")
    var file: String

    @Flag(name: .long, help: "FILE is the centre file (centre.yaml).")
    var centre = false

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let source = ScenarioSource(files: DiskFiles())
        if centre {
            let summary = try ServiceCall.run(language.choice) { () throws(ServiceError) in
                try ImportCentre(source: source, workspace: store).run(centre: file, now: clock.instant)
            }
            Terminal.output("Imported the centre into \(store.path): \(Self.describe(summary)).\n")
            return
        }
        let summary = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try ImportScenario(source: source, workspace: store).run(scenario: file, now: clock.instant)
        }
        let changed =
            summary.isUnchanged
            ? "nothing changed"
            : "\(summary.added.count) added, \(summary.updated.count) updated, \(summary.withdrawn.count) withdrawn, "
                + "\(summary.unchanged.count) unchanged"
        Terminal.output("Imported group \(summary.group) into \(store.path): \(changed).\n")
        if !summary.centre.isUnchanged {
            Terminal.output("The centre's records: \(Self.describe(summary.centre)).\n")
        }
    }

    /// What changed in the centre's records, by id and field name.
    static func describe(_ summary: CentreImportSummary) -> String {
        guard !summary.isUnchanged else { return "nothing changed" }
        var parts: [String] = []
        func add(_ what: String, _ change: CentreImportSummary.RecordChange) {
            switch change {
            case .added: parts.append("\(what) added")
            case .changed(let fields): parts.append("\(what): \(fields.sorted().joined(separator: ", ")) changed")
            case .unchanged, .notInFile: break
            }
        }
        add("organisation", summary.organisation)
        for (id, change) in summary.facilitators.sorted(by: { $0.key < $1.key }) { add("facilitator \(id)", change) }
        for (id, change) in summary.venues.sorted(by: { $0.key < $1.key }) { add("venue \(id)", change) }
        let closures = summary.closures.values.filter { $0 == .added }.count
        if closures > 0 { parts.append("\(closures) closure(s) added") }
        return parts.isEmpty ? "nothing changed" : parts.joined(separator: "; ")
    }
}
