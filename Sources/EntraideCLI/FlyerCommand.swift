import ArgumentParser
import EntraideService
import Foundation
import OutputFiles
import PlanningDomain
import PlanningInput
import Promotion

/// `entraide flyer GROUP|SCENARIO --out DIR`: the group's flyer, announcement and "add to calendar" file.
struct FlyerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flyer",
        abstract: "Write a group's flyer (A4 and A5 PDF), its announcement and its information session's .ics.",
        discussion: """
            SCENARIO is a scenario file (a path ending in .yaml or .yml, or any existing file): the information \
            session is the planned one. GROUP is a group of the workspace (--workspace): the information session \
            is the published one. Writes DIR/flyer-a4.pdf and DIR/flyer-a5.pdf (one page each, in the centre's \
            language: the group's title, type and region, its public text, who it is for, the information \
            session's date and place when known, how to register, the centre's contact and the discretion \
            promise; real text, fonts embedded, tagged for screen readers), DIR/announcement.txt and \
            DIR/announcement.md (the same words for newsletters and social media) and, once the information \
            session is known, DIR/information.ics (METHOD:PUBLISH, nobody named). The public text is the \
            scenario's group.public-text; without one, the group's theme is printed and a note says so. With \
            --registration-url, the address is printed and encoded in a QR code; without, people are asked to \
            register by phone or e-mail. No participant's name and no count appear anywhere. DIR follows the \
            output-folder rule of `entraide plan`.
            """
    )

    @Argument(help: ArgumentHelp("A scenario file, or a group's id in the workspace.", valueName: "group-or-scenario"))
    var target: String

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @Option(name: .long, help: "The paper sizes: a4, a5 or both.")
    var size: SizeOption = .both

    @Option(
        name: .customLong("registration-url"),
        help: ArgumentHelp(
            "The registration page's address (https://…), printed and encoded in the QR code.",
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
        Terminal.output("Written: \(outcome.bundle.paths.map { "\(out)/\($0)" }.joined(separator: ", "))\n")
        for notice in outcome.notices { Terminal.output(Self.text(of: notice) + "\n") }
    }

    /// What a notice tells staff.
    static func text(of notice: WriteFlyer.Notice) -> String {
        switch notice {
        case .themePrinted:
            "Note: the group has no public text (group.public-text), so the flyer prints its theme; write the "
                + "words the public should read."
        case .noRegistrationAddress:
            "Note: no --registration-url, so the flyer has no QR code; it asks people to register by phone or "
                + "e-mail."
        case .informationUnknown:
            "Note: the information session is not known yet, so the flyer says its date will follow, and no "
                + "information.ics is written."
        }
    }
}
