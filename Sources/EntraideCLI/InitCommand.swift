import ArgumentParser
import EntraideService
import Phrasebook
import PlanningDomain
import PlanningInput
import WorkspaceStore

/// `entraide init [DIR]`: creates the workspace.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init",
            abstract: HelpText.text("help.init.abstract"),
            discussion: HelpText.text("help.init.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.init.option.folder"), valueName: "dir"))
    var folder: String = "."
    @OptionGroup var language: LanguageOption

    func run() throws {
        let workspace = try Self.create(in: folder)
        Terminal.output(Phrase("cli.init.created", ["path": .verbatim(workspace.path)]), in: language.choice.language())
    }
}

/// `entraide import SCENARIO` or `entraide import --centre CENTRE`: reads a file into the workspace.
struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: HelpText.text("help.import.abstract"),
            discussion: HelpText.text("help.import.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.import.option.file")))
    var file: String

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.import.option.centre")))
    var centre = false

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let source = ScenarioSource(files: DiskFiles())
        if centre {
            let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
                try ImportCentre(source: source, workspace: store).run(centre: file, now: clock.instant)
            }
            Terminal.output(
                Phrase(
                    "cli.import.centre",
                    ["path": .verbatim(store.path), "summary": Self.describe(outcome.summary)]
                ),
                in: language.choice.language()
            )
            if !outcome.workshopsNotStored.isEmpty {
                Terminal.output(
                    "Not imported: the file's workshops: section (\(outcome.workshopsNotStored.count) workshop(s)); "
                        + "the workshop catalogue is read by `entraide calendar`, not stored in the workspace "
                        + "(`entraide calendar --workspace WS --workshops \(file)`).\n"
                )
            }
            return
        }
        let summary = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try ImportScenario(source: source, workspace: store).run(scenario: file, now: clock.instant)
        }
        let changed =
            summary.isUnchanged
            ? Phrase("cli.import.nothingChanged")
            : Phrase(
                "cli.import.counts",
                [
                    "added": .number(summary.added.count), "updated": .number(summary.updated.count),
                    "withdrawn": .number(summary.withdrawn.count), "unchanged": .number(summary.unchanged.count),
                ]
            )
        let said = language.choice.language()
        Terminal.output(
            Phrase(
                "cli.import.group",
                ["group": .verbatim(summary.group.rawValue), "path": .verbatim(store.path), "changed": changed]
            ),
            in: said
        )
        if !summary.centre.isUnchanged {
            Terminal.output(Phrase("cli.import.centreRecords", ["summary": Self.describe(summary.centre)]), in: said)
        }
    }

    /// What changed in the centre's records, by id and field name.
    static func describe(_ summary: CentreImportSummary) -> Phrase {
        guard !summary.isUnchanged else { return Phrase("cli.import.nothingChanged") }
        var parts: [Phrase] = []
        func add(_ what: Phrase, _ change: CentreImportSummary.RecordChange) {
            switch change {
            case .added: parts.append(Phrase("cli.import.added", ["what": what]))
            case .changed(let fields):
                parts.append(Phrase("cli.import.changed", ["what": what, "fields": .list(fields.sorted())]))
            case .unchanged, .notInFile: break
            }
        }
        add(Phrase("cli.import.what.organisation"), summary.organisation)
        for (id, change) in summary.facilitators.sorted(by: { $0.key < $1.key }) {
            add(Phrase("cli.import.what.facilitator", ["id": .verbatim(id.rawValue)]), change)
        }
        for (id, change) in summary.venues.sorted(by: { $0.key < $1.key }) {
            add(Phrase("cli.import.what.venue", ["id": .verbatim(id.rawValue)]), change)
        }
        let closures = summary.closures.values.filter { $0 == .added }.count
        if closures > 0 { parts.append(Phrase("cli.import.closures", ["count": .number(closures)])) }
        return parts.isEmpty ? Phrase("cli.import.nothingChanged") : .joined(parts, separator: "; ")
    }
}
