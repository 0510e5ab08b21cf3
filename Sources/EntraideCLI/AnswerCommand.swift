import ArgumentParser
import EntraideService
import PlanningDomain

/// `entraide answer GROUP PARTICIPANT CANDIDATE yes|if-need-be|no`: one answer, taken by phone.
struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "Record one person's answer for one candidate date, as given (by phone, by mail, …).",
        discussion: """
            The answer is kept with its channel (--channel, phone by default) and the time it was given (--now), \
            and no later import of a scenario or poll export erases it: of the explicit answers (recorded ones and \
            the scenario's own), the most recent one counts; polls and calendars count only where there is none. \
            Participants and candidates are named by id (see plan.html or `entraide grid`).
            """
    )

    @Argument(help: "The group's id.")
    var group: String

    @Argument(help: "The participant's id.")
    var participant: String

    @Argument(help: "The candidate's id.")
    var candidate: String

    @Argument(help: "yes, if-need-be or no.")
    var availability: AvailabilityOption

    @Option(name: .long, help: "How the answer came: phone, mail, web, … (an id).")
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
        Terminal.output(
            "Recorded \(participant) → \(candidate): \(availability.rawValue) (\(channel)); the answer that counts is "
                + "\(counted.availability.rawValue) (\(counted.origin)).\n"
        )
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
