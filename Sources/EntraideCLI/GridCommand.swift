import ArgumentParser
import EntraideService
import Foundation
import Phrasebook
import PlanningDomain
import PlanningInput

/// `entraide grid GROUP|SCENARIO --out FILE`: an empty answer grid to fill in by phone or on paper.
struct GridCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "grid",
            abstract: HelpText.text("help.grid.abstract"),
            discussion: HelpText.text("help.grid.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.grid.option.group"), valueName: "group|scenario"))
    var group: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.option.outFile"), valueName: "file"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            HelpText.text("help.grid.option.workspace"),
            valueName: "dir"
        )
    )
    var workspace: String?

    /// `--language` also sets the language of the headings (default: the organisation's, not the locale's: the
    /// grid is the group's document).
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !out.isEmpty else { throw ValidationError(HelpText.text("cli.validation.outFile")) }
    }

    func run() throws {
        let bytes = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            let store = try workspace.map { folder throws(ServiceError) in try WorkspaceAccess.open(folder) }
            let request = WriteGrid.Request(
                group: store == nil ? .scenario(group) : .stored(Group.ID(group)),
                language: language.language.flatMap(LanguageChoice.language(code:))
            )
            return try WriteGrid(source: ScenarioSource(files: DiskFiles()), workspace: store).run(request)
        }
        try write(bytes)
        Terminal.output(WrittenFiles.phrase([out]), in: language.choice.language())
    }

    /// Writes the grid whole, then moves it into place; never over a file Entraide did not write.
    private func write(_ bytes: [UInt8]) throws {
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: out)) != nil
        guard !isLink, WriteGrid.mayReplace(DiskFiles().read(out)) else {
            Terminal.error(Phrase("cli.grid.notAGrid", ["path": .verbatim(out)]), in: language.choice.language())
            throw ExitCode(ExitStatus.invalidInput)
        }
        try ReplacedFile.write(bytes, to: out, language: language.choice.language())
    }
}

/// A single file written whole beside its place, then moved into place in one step (`rename(2)`).
///
/// A reader sees the old file or the new one, never half of one. The caller has checked that what is there may
/// be replaced. Shared by `grid` and `export`.
enum ReplacedFile {
    /// Writes `bytes` to `path`, or exits with status 1 after saying why in `language`.
    static func write(_ bytes: [UInt8], to path: String, language: Language) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            let reason = Phrase.verbatim(error.localizedDescription)
            Terminal.error(Phrase("cli.file.notWritten", ["path": .verbatim(path), "reason": reason]), in: language)
            throw ExitCode(ExitStatus.failure)
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            Terminal.error(Phrase("cli.file.notReplaced", ["path": .verbatim(path)]), in: language)
            throw ExitCode(ExitStatus.failure)
        }
    }
}
