import ArgumentParser
import EntraideService
import Phrasebook
import PlanningDomain
import PlanningInput
import WorkspaceStore

/// `entraide intake record FORM.yaml [--interview ID]`: keeps what the interview recorded with the group, which
/// exists from then on as a draft.
struct IntakeRecordCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "record",
            abstract: HelpText.text("help.intakeRecord.abstract"),
            discussion: HelpText.text("help.intakeRecord.discussion")
        )
    }

    @Argument(
        help: ArgumentHelp(HelpText.text("help.intakeRecord.form"), valueName: "form.yaml"),
        completion: .file(extensions: ["yaml", "yml"])
    )
    var form: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeRecord.interview"), valueName: "id"))
    var interview: String?

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    func run() throws {
        let language = LanguageOption.environmentChoice
        let store = try workspace.open(language)
        let outcome = try ServiceCall.run(language) { () throws(ServiceError) in
            try RecordIntake(files: DiskFiles(), workspace: store).run(
                form: form,
                interview: interview,
                at: clock.instant
            )
        }
        let group = outcome.group
        let said = language.language()
        let parts: [String: Phrase] = [
            "group": .verbatim(group.id.rawValue), "title": .verbatim(group.title),
            "type": .verbatim(group.type.rawValue), "region": .verbatim(group.region),
            "quorum": .number(group.quorum), "maximum": .number(group.maximumSize),
            "staff": .verbatim(outcome.staffInCharge?.rawValue ?? "-"),
        ]
        Terminal.output(
            Phrase(outcome.isNewGroup ? "cli.intakeRecord.drafted" : "cli.intakeRecord.kept", parts),
            in: said
        )
        if outcome.isNewGroup { Terminal.output(Phrase("cli.intakeRecord.next", parts), in: said) }
    }
}
