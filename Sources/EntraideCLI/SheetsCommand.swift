import ArgumentParser
import EntraideService
import OutputFiles
import Phrasebook

/// `entraide sheets SCENARIO --out DIR`: the attendance sheets of the planned sessions, PDF and CSV.
struct SheetsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sheets",
            abstract: HelpText.text("help.sheets.abstract"),
            discussion: HelpText.text("help.sheets.discussion")
        )
    }

    @OptionGroup var input: ScenarioArgument

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.option.out"), valueName: "dir"))
    var out: String

    @OptionGroup var sheets: SheetOptions
    @OptionGroup var clock: NowOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            HelpText.text("help.sheets.option.workspace"),
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
        Terminal.output(
            WrittenFiles.phrase(bundle.paths.map { "\(out)/\($0)" }),
            in: language.choice.language()
        )
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
