import ArgumentParser
import EntraideService
import Intake
import OutputFiles
import PlanningDomain
import PlanningInput

/// `entraide intake`: the intake interview with a person who wants to open a group.
struct IntakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "The intake interview: free slots of a staff member, the initiator's link, booking.",
        subcommands: [
            IntakeOfferCommand.self, IntakeInviteCommand.self, IntakeBookCommand.self, IntakeMoveCommand.self,
            IntakeCancelCommand.self, IntakeRecordCommand.self,
        ]
    )
}

/// `entraide intake offer --staff ID (--centre FILE | --workspace DIR) --from DATE …`.
struct IntakeOfferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer",
        abstract: "List the free intake interview slots of a staff member.",
        discussion: """
            A slot is offered when the whole interview lies inside the staff member's weekly hours (--hours, \
            else their 'weekly' in the centre file), on a day the centre is open (closures and the canton's \
            public holidays) and the staff member is not away, starts after --now, and nothing of their \
            calendars (the centre file's 'calendars' and every --calendar) and no group session they lead \
            (with --workspace) falls within the interview or the buffer before and after it. Tentative events \
            count as busy. Starts are each window's start, then every --step minutes. Times are the centre's \
            wall-clock times; a slot over a daylight-saving change is not offered. The list is printed in the \
            staff member's language; with --out, DIR/intake-slots.csv (slot,staff,date,weekday,start,end,\
            minutes,modes) and DIR/intake-slots.txt are written (output-folder rule of `entraide plan`).
            """
    )

    @Option(name: .long, help: ArgumentHelp("The staff member's id.", valueName: "id"))
    var staff: String

    @Option(
        name: .long,
        help: ArgumentHelp("The centre file (staff, hours, calendars, closures, canton).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"])
    )
    var centre: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Use the workspace's centre records and group sessions instead.", valueName: "dir")
    )
    var workspace: String?

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp("Another calendar of the staff member (repeatable).", valueName: "file.ics"),
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

    @Option(name: .long, help: ArgumentHelp("Minutes between two starts offered.", valueName: "minutes"))
    var step: Int = IntakeSlotRequest.defaultStepMinutes

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp("How the interview may be held (repeatable): centre, phone, video. Default: all.")
    )
    var mode: [ModeOption] = []

    /// `--mode`.
    enum ModeOption: String, ExpressibleByArgument, CaseIterable {
        case centre, phone, video

        var mode: InterviewMode { InterviewMode(rawValue: rawValue) ?? .centre }
    }

    @Option(name: .long, help: ArgumentHelp("The first day searched (2027-01-11, 11.01.2027).", valueName: "date"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("The last day searched. Default: 13 days after --from.", valueName: "date"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Also write intake-slots.csv and .txt to this folder.", valueName: "dir"))
    var out: String?

    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (centre == nil) != (workspace == nil) else {
            throw ValidationError("give the centre with either --centre FILE or --workspace DIR.")
        }
        if IdentifierRule.problem(with: staff) != nil {
            throw ValidationError("--staff '\(staff)' is not an id (letters, digits, '-', '_' and '.').")
        }
        for date in [from] + (to.map { [$0] } ?? []) where LocalDate(written: date) == nil {
            throw ValidationError("'\(date)' is not a date that exists (2027-01-11, 11.01.2027).")
        }
        for window in hours where WeeklyWindow(written: window) == nil {
            throw ValidationError(
                "--hours '\(window)' is not a weekday and a time range (\"tuesday 09:00-12:00\", \"mardi 9h-12h\"), the "
                    + "end after the start."
            )
        }
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
            staff: Facilitator.ID(staff),
            calendars: calendar,
            weekly: hours.isEmpty ? nil : hours.compactMap(WeeklyWindow.init(written:)),
            bufferMinutes: buffer,
            slots: IntakeSlotRequest(
                from: first,
                to: last,
                lengthMinutes: length,
                stepMinutes: step,
                modes: mode.isEmpty ? InterviewMode.allCases : mode.map(\.mode),
                notBefore: clock.instant
            )
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
            Terminal.output("Written: \(outcome.bundle.paths.map { "\(out)/\($0)" }.joined(separator: ", "))\n")
        }
    }
}
