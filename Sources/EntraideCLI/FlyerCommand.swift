import ArgumentParser
import EntraideService
import Foundation
import OutputFiles
import Phrasebook
import PlanningDomain
import PlanningInput
import Promotion

/// `entraide flyer GROUP|SCENARIO --out DIR`: the group's flyer, announcement and "add to calendar" file.
struct FlyerCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "flyer",
            abstract: HelpText.text("help.flyer.abstract"),
            discussion: HelpText.text("help.flyer.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.flyer.option.target"), valueName: "group-or-scenario"))
    var target: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.option.out"), valueName: "dir"))
    var out: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.flyer.option.size")))
    var size: SizeOption = .both

    @Option(
        name: .customLong("registration-url"),
        help: ArgumentHelp(
            HelpText.text("help.flyer.option.registrationURL"),
            valueName: "url"
        )
    )
    var registrationURL: String?

    @OptionGroup var workspace: WorkspaceOption

    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    /// `--size`.
    enum SizeOption: String, ExpressibleByArgument, CaseIterable {
        case a4, a5, both

        var sizes: [FlyerSize] {
            switch self {
            case .a4: [.a4]
            case .a5: [.a5]
            case .both: FlyerSize.allCases
            }
        }
    }

    /// Whether the argument names a scenario file rather than a group.
    var isScenario: Bool {
        target.hasSuffix(".yaml") || target.hasSuffix(".yml") || FileManager.default.fileExists(atPath: target)
    }

    func run() throws {
        let source: WriteFlyer.Source =
            isScenario ? .scenario(target) : .published(Group.ID(target), in: try workspace.open(language.choice))
        let request = WriteFlyer.Request(
            source: source,
            sizes: size.sizes,
            registrationAddress: registrationURL,
            now: clock.instant
        )
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try WriteFlyer(source: ScenarioSource(files: DiskFiles())).run(request)
        }
        try ServiceCall.write(
            outcome.bundle,
            to: out,
            protecting: isScenario ? [target] : [],
            language: language.choice
        )
        let said = language.choice.language()
        Terminal.output(WrittenFiles.phrase(outcome.bundle.paths.map { "\(out)/\($0)" }), in: said)
        for notice in outcome.notices { Terminal.output(Self.phrase(of: notice), in: said) }
    }

    /// What a notice tells staff.
    static func phrase(of notice: WriteFlyer.Notice) -> Phrase {
        switch notice {
        case .themePrinted: Phrase("cli.flyer.themePrinted")
        case .noRegistrationAddress: Phrase("cli.flyer.noRegistrationAddress")
        case .informationUnknown: Phrase("cli.flyer.informationUnknown")
        }
    }
}
