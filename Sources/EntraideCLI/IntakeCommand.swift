import ArgumentParser
import EntraideService
import Intake
import OutputFiles
import Phrasebook
import PlanningDomain
import PlanningInput

/// `entraide intake`: the intake interview with a person who wants to open a group.
struct IntakeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "intake",
            abstract: HelpText.text("help.intake.abstract"),
            subcommands: [
                IntakeOfferCommand.self, IntakeInviteCommand.self, IntakeBookCommand.self, IntakeMoveCommand.self,
                IntakeCancelCommand.self, IntakeRecordCommand.self,
            ]
        )
    }
}

/// `entraide intake offer --staff ID (--centre FILE | --workspace DIR) --from DATE …`.
struct IntakeOfferCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "offer",
            abstract: HelpText.text("help.intakeOffer.abstract"),
            discussion: HelpText.text("help.intakeOffer.discussion")
        )
    }

    /// `--staff`, `--calendar`, `--hours`, `--buffer`, `--length`: the same options as `intake book`.
    @OptionGroup var hours: IntakeHoursOptions

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.text("help.intakeOffer.option.centre"), valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"])
    )
    var centre: String?

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.text("help.intakeOffer.option.workspace"), valueName: "dir")
    )
    var workspace: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeOffer.option.step"), valueName: "minutes"))
    var step: Int = IntakeSlotRequest.defaultStepMinutes

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp(HelpText.text("help.intake.option.modes"))
    )
    var mode: [ModeOption] = []

    /// `--mode`.
    enum ModeOption: String, ExpressibleByArgument, CaseIterable {
        case centre, phone, video

        var mode: InterviewMode { InterviewMode(rawValue: rawValue) ?? .centre }
    }

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeOffer.option.from"), valueName: "date"))
    var from: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeOffer.option.to"), valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeOffer.option.out"), valueName: "dir"))
    var out: String?

    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (centre == nil) != (workspace == nil) else {
            throw ValidationError(HelpText.text("cli.validation.centreSource"))
        }
        try IntakeHoursOptions.validate(dates: [from] + (to.map { [$0] } ?? []), in: LanguageOption.helpLanguage)
    }

    func run() throws {
        guard let first = LocalDate(written: from) else { throw ExitCode(ExitStatus.invalidInput) }
        let last = to.flatMap(LocalDate.init(written:)) ?? first.adding(days: 13)
        let source: OfferIntakeSlots.CentreSource
        if let workspace {
            source = .workspace(
                try ServiceCall.run(language.choice) { () throws(ServiceError) in try WorkspaceAccess.open(workspace) }
            )
        } else {
            source = .file(centre ?? "")
        }
        let request = OfferIntakeSlots.Request(
            centre: source,
            staff: Facilitator.ID(hours.staff),
            calendars: hours.calendar,
            weekly: hours.hours.isEmpty ? nil : hours.hours.compactMap(WeeklyWindow.init(written:)),
            bufferMinutes: hours.buffer,
            slots: IntakeSlotRequest(
                from: first,
                to: last,
                lengthMinutes: hours.length,
                stepMinutes: step,
                modes: mode.isEmpty ? InterviewMode.allCases : mode.map(\.mode),
                notBefore: clock.instant
            ),
            language: language.choice.stated
        )
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try OfferIntakeSlots(files: DiskFiles()).run(request)
        }
        Terminal.output(outcome.text)
        if let out {
            try ServiceCall.write(
                outcome.bundle,
                to: out,
                protecting: [centre, workspace].compactMap(\.self),
                language: language.choice
            )
            let written = WrittenFiles.phrase(outcome.bundle.paths.map { "\(out)/\($0)" })
            Terminal.output(written, in: language.choice.language())
        }
    }
}
