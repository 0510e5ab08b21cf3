import ArgumentParser
import EntraideService
import OutputFiles
import Phrasebook
import PlanningDomain
import PlanningInput
import Publication

/// `entraide replies import FILE...`: participants' answers to their invitations.
struct RepliesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "replies",
            abstract: HelpText.text("help.replies.abstract"),
            subcommands: [RepliesImportCommand.self]
        )
    }
}

/// `entraide replies import FILE...`.
struct RepliesImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: HelpText.text("help.repliesImport.abstract"),
            discussion: HelpText.text("help.repliesImport.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.repliesImport.option.files"), valueName: "file"))
    var files: [String]

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try ImportReplies(files: DiskFiles(), workspace: store).run(files)
        }
        let heading = Phrase(
            "cli.replies.recorded",
            ["applied": .number(outcome.appliedCount), "count": .number(outcome.outcomes.count)]
        )
        let lines = outcome.outcomes.map { Phrase.joined([.verbatim("  "), $0.phrase], separator: "") }
        Terminal.output(.lines([heading] + lines), in: language.choice.language())
    }
}

/// `entraide status GROUP`: expected attendance and replies per session.
struct StatusCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "status",
            abstract: HelpText.text("help.status.abstract"),
            discussion: HelpText.text("help.status.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.status.option.group")))
    var group: String?

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.text("recruitment.option.out"), valueName: "dir")
    )
    var out: String?

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let status = ShowStatus(workspace: store)
        guard let group else {
            let (overview, organisation) = try ServiceCall.run(language.choice) { () throws(ServiceError) in
                try status.centre(now: clock.instant)
            }
            guard let organisation else {
                Terminal.output(Phrase("cli.status.noGroup"), in: language.choice.language())
                return
            }
            Terminal.output(
                overview.text(
                    organisation: organisation,
                    language: language.choice.language(document: organisation.language)
                )
            )
            return
        }
        let (scenario, publication) = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try status.group(Group.ID(group))
        }
        let recruitment = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try RecruitmentStatus(workspace: store).run(group: Group.ID(group), at: clock.instant)
        }
        // The staff member's language: --language, else the environment, else the centre's.
        let said = language.choice.language(document: scenario.organisation.language)
        let recruitmentText = recruitment.text(in: said)
        Terminal.output(recruitmentText)
        if let out {
            var bundle = OutputBundle(command: "status")
            let svg = recruitment.chartSVG(at: clock.instant, language: said)
            bundle.add(Array(svg.utf8), at: BundlePath(fixed: "recruitment.svg"))
            bundle.add(Array(recruitmentText.utf8), at: BundlePath(fixed: "recruitment.txt"))
            try ServiceCall.write(bundle, to: out, protecting: [workspace.workspace])
            let files = Phrase.list(["\(out)/recruitment.svg", "\(out)/recruitment.txt"])
            Terminal.output(Phrase("recruitment.written", ["files": files]), in: said)
        }
        guard let publication else {
            Terminal.output(Phrase("cli.status.notPublished", ["group": .verbatim(group)]), in: said)
            return
        }
        Terminal.output(publication.text(for: scenario, language: said))
    }
}
