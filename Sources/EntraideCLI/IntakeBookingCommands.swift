import ArgumentParser
import EntraideServer
import EntraideService
import Intake
import Phrasebook
import PlanningDomain
import PlanningInput
import WorkspaceStore

/// The staff member's hours a booking is checked against (as `entraide intake offer --workspace`).
struct IntakeHoursOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intake.option.staff"), valueName: "id"))
    var staff: String

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp(HelpText.text("help.intake.option.calendar"), valueName: "file.ics"),
        completion: .file(extensions: ["ics"])
    )
    var calendar: [String] = []

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp(HelpText.text("help.intake.option.hours"), valueName: "hours")
    )
    var hours: [String] = []

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intake.option.buffer"), valueName: "minutes"))
    var buffer: Int = IntakeHours.defaultBufferMinutes

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intake.option.length"), valueName: "minutes"))
    var length: Int = IntakeSlotRequest.defaultLengthMinutes

    /// Checked in the help's language: `--language` where it is the staff member's (`intake offer`), the locale
    /// where it is the initiator's (`intake invite`).
    func validate() throws {
        let said = LanguageOption.helpLanguage
        try Self.validate(staff: staff, in: said)
        try Self.validate(hours: hours, in: said)
    }

    /// `--staff` must be an id.
    static func validate(staff: String, in language: Language) throws {
        if IdentifierRule.problem(with: staff) != nil {
            throw ValidationError(Phrase("cli.validation.staff", ["value": .verbatim(staff)]).text(in: language))
        }
    }

    /// Every `--hours` must be a weekday and a time range.
    static func validate(hours: [String], in language: Language) throws {
        for window in hours where WeeklyWindow(written: window) == nil {
            throw ValidationError(Phrase("cli.validation.hours", ["value": .verbatim(window)]).text(in: language))
        }
    }

    /// Every date must exist.
    static func validate(dates: [String], in language: Language) throws {
        for date in dates where LocalDate(written: date) == nil {
            throw ValidationError(Phrase("cli.validation.date", ["value": .verbatim(date)]).text(in: language))
        }
    }

    /// The request of the staff member's hours around `start`.
    func request(_ workspace: Workspace, around start: LocalDateTime, now: Instant) -> OfferIntakeSlots.Request {
        OfferIntakeSlots.Request(
            centre: .workspace(workspace),
            staff: Facilitator.ID(staff),
            calendars: calendar,
            weekly: hours.isEmpty ? nil : hours.compactMap(WeeklyWindow.init(written:)),
            bufferMinutes: buffer,
            slots: IntakeSlotRequest(from: start.date, to: start.date, lengthMinutes: length, notBefore: now)
        )
    }
}

/// `--at 2027-01-12T17:00`: a wall-clock start in the centre's time zone.
struct IntakeStart: ExpressibleByArgument {
    let value: LocalDateTime

    init?(argument: String) {
        let parts = argument.split(separator: "T")
        guard parts.count == 2, let date = LocalDate(written: String(parts[0])) else { return nil }
        let time = parts[1].split(separator: ":").compactMap { Int($0) }
        guard time.count == 2, (0..<24).contains(time[0]), (0..<60).contains(time[1]) else { return nil }
        value = date.atMinute(time[0] * 60 + time[1])
    }
}

/// `entraide intake invite ID --staff … --name … --email …`: a personal link for the initiator to book.
struct IntakeInviteCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "invite", abstract: HelpText.text("help.intakeInvite.abstract"))
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.intake.option.id")))
    var id: String

    @OptionGroup var hours: IntakeHoursOptions

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeInvite.option.from"), valueName: "date"))
    var from: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeInvite.option.to"), valueName: "date"))
    var to: String?

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp(HelpText.text("help.intake.option.modes"))
    )
    var mode: [IntakeOfferCommand.ModeOption] = []

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intake.option.place"), valueName: "text"))
    var place: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeInvite.option.group"), valueName: "id"))
    var group: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeInvite.option.name"), valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeInvite.option.email"), valueName: "address"))
    var email: String

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.text("help.intakeInvite.option.language"), valueName: "code")
    )
    var language: String = "fr"

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intakeInvite.option.baseURL"), valueName: "url"))
    var baseURL: String = "http://127.0.0.1:8080"

    @OptionGroup var server: SMTPOption
    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    func validate() throws {
        let dates = [from] + (to.map { [$0] } ?? [])
        try IntakeHoursOptions.validate(dates: dates, in: LanguageOption.environmentChoice.language())
    }

    func run() throws {
        let store = try workspace.open()
        let token = Secrets.newToken()
        let first = LocalDate(written: from) ?? LocalDate(dayNumber: 0)
        let terms = IntakeOfferTerms(
            weekly: hours.hours,
            calendars: hours.calendar,
            bufferMinutes: hours.buffer,
            lengthMinutes: hours.length,
            modes: mode.isEmpty ? InterviewMode.allCases : mode.map(\.mode),
            from: first,
            to: to.flatMap(LocalDate.init(written:)) ?? first.adding(days: 13),
            place: place
        )
        let form = Registrations.Form(
            name: name,
            email: email,
            phone: "",
            language: language,
            needsStepFreeAccess: false
        )
        try ServiceCall.run { () throws(ServiceError) in
            try InviteInitiator(workspace: store).run(
                id,
                group: group.map { Group.ID($0) },
                staff: Facilitator.ID(hours.staff),
                initiator: form,
                terms: terms,
                link: Secrets.digest(of: token),
                at: clock.instant
            )
        }
        let said = LanguageOption.environmentChoice.language(of: store)
        let link = "\(baseURL)/intake/\(token)"
        let shown = Phrase("cli.intake.link", ["id": .verbatim(id), "link": .verbatim(link)])
        guard let transport = try server.transport() else {
            Terminal.output(shown, in: said)
            return
        }
        // With --smtp the link goes to the initiator at once; if the server refuses, staff get it to pass on.
        do {
            let answer = try SendIntakeLink(workspace: store, transport: transport).run(
                id,
                url: link,
                at: clock.instant
            )
            Terminal.output(
                Phrase("cli.intake.linkSent", ["id": .verbatim(id), "answer": .verbatim(answer)]),
                in: said
            )
        } catch {
            Terminal.error(
                Phrase("cli.intake.linkNotSent", ["id": .verbatim(id), "reason": error.phrase]),
                in: said
            )
            Terminal.output(shown, in: said)
            throw ExitCode(ExitStatus.failure)
        }
    }
}

/// What `intake book` and `intake move` both take: the interview, its start, mode and place, and the hours and
/// workspace the slot is checked against again.
struct IntakeBookingOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(HelpText.text("help.intake.option.id")))
    var id: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intake.option.at"), valueName: "time"))
    var at: IntakeStart

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intake.option.mode"), valueName: "mode"))
    var mode: IntakeOfferCommand.ModeOption = .centre

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.intake.option.place"), valueName: "text"))
    var place: String?

    @OptionGroup var hours: IntakeHoursOptions
    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    /// Opens the workspace and returns the booking use case with the hours to check the new start against, and
    /// the language to report in (the locale's, else the centre's: `intake invite`'s `--language` is the
    /// initiator's, so these commands have none).
    func prepared() throws -> (BookIntake, OfferIntakeSlots.Request, Language) {
        let store = try workspace.open()
        let booking = BookIntake(offer: OfferIntakeSlots(files: DiskFiles()), workspace: store)
        let said = LanguageOption.environmentChoice.language(of: store)
        return (booking, hours.request(store, around: at.value, now: clock.instant), said)
    }
}

/// `entraide intake book ID --at … --mode … --staff …`: book an offered interview.
struct IntakeBookCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "book", abstract: HelpText.text("help.intakeBook.abstract"))
    }

    @OptionGroup var options: IntakeBookingOptions

    func run() throws {
        let (booking, request, said) = try options.prepared()
        let outcome = try ServiceCall.run { () throws(ServiceError) in
            try booking.run(
                options.id,
                start: options.at.value,
                mode: options.mode.mode,
                place: options.place,
                hours: request,
                at: options.clock.instant
            )
        }
        Terminal.output(
            IntakeMoveCommand.summary(outcome.booking, verb: "booked"),
            in: said
        )
    }
}

/// `entraide intake move ID --at …`.
struct IntakeMoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "move", abstract: HelpText.text("help.intakeMove.abstract"))
    }

    @OptionGroup var options: IntakeBookingOptions

    func run() throws {
        let (booking, request, said) = try options.prepared()
        let outcome = try ServiceCall.run { () throws(ServiceError) in
            try MoveIntake(booking: booking).run(
                options.id,
                to: options.at.value,
                mode: options.mode.mode,
                place: options.place,
                hours: request,
                at: options.clock.instant
            )
        }
        Terminal.output(
            Self.summary(outcome.booking, verb: "moved"),
            in: said
        )
    }

    /// `Intake i1 booked: 2027-01-12T14:00 with anne (centre), SEQUENCE 0; …`, in the staff member's language.
    static func summary(_ booking: IntakeBookingRecord, verb: String) -> Phrase {
        Phrase(
            "cli.intake.\(verb)",
            [
                "id": .verbatim(booking.id), "start": .verbatim(booking.start.map { "\($0)" } ?? ""),
                "staff": .verbatim(booking.staff.rawValue), "mode": .verbatim(booking.mode?.rawValue ?? ""),
                "sequence": .number(booking.sequence),
            ]
        )
    }
}

/// `entraide intake cancel ID`.
struct IntakeCancelCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "cancel", abstract: HelpText.text("help.intakeCancel.abstract"))
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.intake.option.id")))
    var id: String

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    func run() throws {
        let store = try workspace.open()
        let cancelled = try ServiceCall.run { () throws(ServiceError) in
            try CancelIntake(workspace: store).run(id, at: clock.instant)
        }
        Terminal.output(
            Phrase(
                "cli.intake.cancelled",
                ["id": .verbatim(cancelled.id), "sequence": .number(cancelled.sequence)]
            ),
            in: LanguageOption.environmentChoice.language(of: store)
        )
    }
}
