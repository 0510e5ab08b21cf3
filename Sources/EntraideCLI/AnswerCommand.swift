import ArgumentParser
import EntraideService
import Phrasebook
import PlanningDomain

/// `entraide answer GROUP PARTICIPANT CANDIDATE yes|if-need-be|no`: one answer, taken by phone.
struct AnswerCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "answer",
            abstract: HelpText.text("help.answer.abstract"),
            discussion: HelpText.text("help.answer.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.answer.option.group")))
    var group: String

    @Argument(help: ArgumentHelp(HelpText.text("help.answer.option.participant")))
    var participant: String

    @Argument(help: ArgumentHelp(HelpText.text("help.answer.option.candidate")))
    var candidate: String

    @Argument(help: ArgumentHelp(HelpText.text("help.answer.option.availability")))
    var availability: AvailabilityOption

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.answer.option.channel")))
    var channel: String = "phone"

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let request = RecordAnswer.Request(
            group: Group.ID(group),
            participant: Participant.ID(participant),
            slot: CandidateSlot.ID(candidate),
            availability: availability.value,
            channel: channel,
            at: clock.instant
        )
        let counted = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try RecordAnswer(workspace: store).run(request)
        }
        let recorded = Phrase(
            "cli.answer.recorded",
            [
                "participant": .verbatim(participant), "candidate": .verbatim(candidate),
                "availability": .verbatim(availability.rawValue), "channel": .verbatim(channel),
                "counted": .verbatim(counted.availability.rawValue), "origin": .verbatim("\(counted.origin)"),
            ]
        )
        Terminal.output(recorded, in: language.choice.language(of: store))
    }
}

/// An answer as the CLI takes it.
enum AvailabilityOption: String, ExpressibleByArgument, CaseIterable {
    case yes
    case ifNeedBe = "if-need-be"
    case no

    var value: Availability {
        switch self {
        case .yes: .yes
        case .ifNeedBe: .ifNeedBe
        case .no: .no
        }
    }
}
