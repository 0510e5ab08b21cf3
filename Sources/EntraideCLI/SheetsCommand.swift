import ArgumentParser
import EntraideService
import OutputFiles

/// `entraide sheets SCENARIO --out DIR`: the attendance sheets of the planned sessions, PDF and CSV.
struct SheetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheets",
        abstract: "Write the attendance sheet of each planned session: an A4 PDF to print and a CSV.",
        discussion: """
            Writes DIR/sheets/<session>.pdf and DIR/sheets/<session>.csv for each planned session (information, \
            founding1, founding2, review): the expected participants (those who can attend) sorted by name, \
            boxes for present and excused, a signature cell, blank rows for newcomers. The CSV (UTF-8 with BOM, \
            ';') has the same rows; fill in its attendance column after the session and record it with \
            `entraide attendance record`. `entraide plan` writes the same sheets. DIR follows the output-folder \
            rule of `entraide plan`.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @OptionGroup var sheets: SheetOptions
    @OptionGroup var clock: NowOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A workspace where the group is published: print the published sessions, and expect those who hold "
                + "the latest invitation and did not decline it.",
            valueName: "dir"
        )
    )
    var workspace: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let bundle = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            let store = try workspace.map { folder throws(ServiceError) in try WorkspaceAccess.open(folder) }
            return try WriteSheets(source: input.source).run(
                WriteSheets.Request(
                    scenario: input.scenario,
                    now: clock.instant,
                    privacy: sheets.privacy,
                    publishedIn: store
                )
            )
        }
        try ServiceCall.write(bundle, to: out, protecting: [input.scenario], language: language.choice)
        Terminal.output("Written: \(bundle.paths.map { "\(out)/\($0)" }.joined(separator: ", "))\n")
    }
}

/// `--privacy`, shared by `plan` and `sheets`.
struct SheetOptions: ParsableArguments {
    @Option(
        name: .customLong("privacy"),
        help: ArgumentHelp(HelpText.text("help.sheets.option.privacyOption"))
    )
    var privacyOption: PrivacyOption = .full

    /// `--privacy` for the sheets.
    var privacy: SheetBundle.Privacy { privacyOption == .full ? .full : .initials }
}

/// `--privacy`: the names printed on the attendance sheets.
enum PrivacyOption: String, ExpressibleByArgument, CaseIterable {
    case full, initials
}
