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
    @Option(name: .long, help: ArgumentHelp("The staff member's id.", valueName: "id"))
    var staff: String

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp("A calendar of the staff member (repeatable).", valueName: "file.ics"),
        completion: .file(extensions: ["ics"])
    )
    var calendar: [String] = []

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp("Weekly hours for interviews (repeatable): \"tuesday 09:00-12:00\".", valueName: "hours")
    )
    var hours: [String] = []

    @Option(name: .long, help: ArgumentHelp("Minutes kept free before and after each interview.", valueName: "minutes"))
    var buffer: Int = IntakeHours.defaultBufferMinutes

    @Option(name: .long, help: ArgumentHelp("The interview's length.", valueName: "minutes"))
    var length: Int = IntakeSlotRequest.defaultLengthMinutes

    func validate() throws {
        if IdentifierRule.problem(with: staff) != nil {
            throw ValidationError("--staff '\(staff)' is not an id (letters, digits, '-', '_' and '.').")
        }
        for window in hours where WeeklyWindow(written: window) == nil {
            throw ValidationError("--hours '\(window)' is not a weekday and a time range (\"tuesday 09:00-12:00\").")
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
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Give the initiator a personal link to book their intake interview (printed once)."
    )

    @Argument(help: "The interview's id.")
    var id: String

    @OptionGroup var hours: IntakeHoursOptions

    @Option(name: .long, help: ArgumentHelp("The first day offered (2027-01-11).", valueName: "date"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("The last day offered. Default: 13 days after --from.", valueName: "date"))
    var to: String?

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp("How the interview may be held (repeatable): centre, phone, video. Default: all.")
    )
    var mode: [IntakeOfferCommand.ModeOption] = []

    @Option(name: .long, help: ArgumentHelp("The room or the video link.", valueName: "text"))
    var place: String?

    @Option(name: .long, help: ArgumentHelp("The group's id, when known.", valueName: "id"))
    var group: String?

    @Option(name: .long, help: ArgumentHelp("The initiator's name.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("The initiator's e-mail address.", valueName: "address"))
    var email: String

    @Option(name: .long, help: ArgumentHelp("The initiator's language: fr, de, it or en.", valueName: "code"))
    var language: String = "fr"

    @Option(name: .long, help: ArgumentHelp("The server's public address.", valueName: "url"))
    var baseURL: String = "http://127.0.0.1:8080"

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    func validate() throws {
        for date in [from] + (to.map { [$0] } ?? []) where LocalDate(written: date) == nil {
            throw ValidationError("'\(date)' is not a date that exists (2027-01-11, 11.01.2027).")
        }
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
        Terminal.output("Intake \(id): the initiator's link (shown once): \(baseURL)/intake/\(token)\n")
    }
}

/// What `intake book` and `intake move` both take: the interview, its start, mode and place, and the hours and
/// workspace the slot is checked against again.
struct IntakeBookingOptions: ParsableArguments {
    @Argument(help: "The interview's id.")
    var id: String

    @Option(name: .long, help: ArgumentHelp("The start, on the centre's clock (2027-01-12T17:00).", valueName: "time"))
    var at: IntakeStart

    @Option(name: .long, help: ArgumentHelp("centre, phone or video.", valueName: "mode"))
    var mode: IntakeOfferCommand.ModeOption = .centre

    @Option(name: .long, help: ArgumentHelp("The room or the video link.", valueName: "text"))
    var place: String?

    @OptionGroup var hours: IntakeHoursOptions
    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    /// Opens the workspace and returns the booking use case with the hours to check the new start against.
    func prepared() throws -> (BookIntake, OfferIntakeSlots.Request) {
        let store = try workspace.open()
        let booking = BookIntake(offer: OfferIntakeSlots(files: DiskFiles()), workspace: store)
        return (booking, hours.request(store, around: at.value, now: clock.instant))
    }
}

/// `entraide intake book ID --at … --mode … --staff …`: book an offered interview.
struct IntakeBookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Book an offered intake interview; the slot is checked again; `entraide send` sends the invitations."
    )

    @OptionGroup var options: IntakeBookingOptions

    func run() throws {
        let (booking, request) = try options.prepared()
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
            in: LanguageOption.environmentChoice.language()
        )
    }
}

/// `entraide intake move ID --at …`.
struct IntakeMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a booked intake interview (SEQUENCE + 1); `entraide send` sends the updates."
    )

    @OptionGroup var options: IntakeBookingOptions

    func run() throws {
        let (booking, request) = try options.prepared()
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
            in: LanguageOption.environmentChoice.language()
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
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Cancel a booked intake interview (SEQUENCE + 1); `entraide send` sends the cancellations."
    )

    @Argument(help: "The interview's id.")
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
            in: LanguageOption.environmentChoice.language()
        )
    }
}
