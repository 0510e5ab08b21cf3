import ArgumentParser
import EntraideService
import Foundation
import Phrasebook
import PlanningDomain
import PlanningInput

/// `entraide grid GROUP|SCENARIO --out FILE`: an empty answer grid to fill in by phone or on paper.
struct GridCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: "Write an empty answer grid (CSV for Excel) for a group's candidate dates.",
        discussion: """
            Writes FILE: a CSV that Excel opens (UTF-8 with BOM, ';'), with a header 'participant' and one column \
            per candidate date and time as staff read them ('mar. 02.03.2027 18h30'; the room and facilitator ids \
            follow when several slots start then), and one row per participant id (ids only). Type oui, si besoin \
            or non (or ja, falls nötig, nein; sì, se necessario, no; yes, if need be, no) in the cells, then list \
            the file under 'polls' with 'format: grid'. Its first line marks it as Entraide's: an existing FILE is \
            replaced only when it is such a grid with no answer typed in yet; anything else is kept (exit status \
            2). With --workspace, GROUP is a group id of the workspace; without, SCENARIO is a scenario file.
            """
    )

    @Argument(help: ArgumentHelp("The scenario file, or with --workspace a group id.", valueName: "group|scenario"))
    var group: String

    @Option(name: .long, help: ArgumentHelp("The file to write.", valueName: "file"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The workspace holding the group (entraide init); GROUP is then a group id.",
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
        Terminal.output("Written: \(out)\n")
    }

    /// Writes the grid whole, then moves it into place; never over a file Entraide did not write.
    private func write(_ bytes: [UInt8]) throws {
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: out)) != nil
        guard !isLink, WriteGrid.mayReplace(DiskFiles().read(out)) else {
            Terminal.error(
                "error: --out '\(out)' exists and is not an empty answer grid written by Entraide; it is kept. Give a "
                    + "new file name."
            )
            throw ExitCode(ExitStatus.invalidInput)
        }
        try ReplacedFile.write(bytes, to: out)
    }
}

/// A single file written whole beside its place, then moved into place in one step (`rename(2)`).
///
/// A reader sees the old file or the new one, never half of one. The caller has checked that what is there may
/// be replaced. Shared by `grid` and `export`.
enum ReplacedFile {
    /// Writes `bytes` to `path`, or exits with status 1 after saying why.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            Terminal.error("error: \(path): cannot be written (\(error.localizedDescription)).")
            throw ExitCode(ExitStatus.failure)
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            Terminal.error("error: \(path): cannot be replaced.")
            throw ExitCode(ExitStatus.failure)
        }
    }
}
