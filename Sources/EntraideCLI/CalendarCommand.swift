import ArgumentParser
import EntraideService
import Foundation
import Phrasebook
import PlanningDomain
import PlanningInput
import Publication
import RegionalPlanning
import Synchronization
import WorkspaceStore

/// `entraide calendar REGION.yaml --out DIR` or `entraide calendar --workspace WS --out DIR`: the coordinator's
/// calendar of every group and workshop of the year.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Plan every group and workshop of the year together: the coordinator's calendar.",
        discussion: """
            Plans every group in its founding phase, every review due and every workshop run with its \
            facilitators, room and enrolment, sharing facilitators and rooms; prints the report and writes \
            DIR/calendar.json, DIR/calendar.html (the year to look at), DIR/report.txt, DIR/calendar.ics (the \
            staff calendar, METHOD:PUBLISH, nobody named), DIR/facilitators/<id>.ics, DIR/rooms/<id>.ics, \
            DIR/invites/<person>/<workshop>.ics (one invitation, METHOD:REQUEST, per run a person is enrolled in; \
            written, not sent) and DIR/entraide-manifest.json. The problem is a region file (REGION.yaml), or a workspace's groups with a \
            workshop catalogue and an interest file (by default workshops.yaml and interest.yaml in the \
            workspace folder, when present). A progress line goes to standard error; Ctrl-C stops the search and \
            writes the best calendar so far. With --iterations, the same seed gives the same calendar on any \
            machine. Exit status 3 when nothing at all can be placed (the report names the rules). \
            With --workspace and --publish, the workshop runs are published through the workspace's outbox: \
            each person's invitation, its update (SEQUENCE + 1) when their run moves, its cancellation when the \
            run is dropped or they are no longer enrolled, and the waiting-list letters are recorded and queued \
            (`entraide send` sends them); DIR/invites/ and DIR/waiting/ then hold exactly what was queued. \
            Published runs are pinned when the calendar is planned again.
            """
    )

    @Argument(
        help: "The region file (REGION.yaml); leave out with --workspace.",
        completion: .file(extensions: ["yaml"])
    )
    var region: String?

    @Option(name: .long, help: ArgumentHelp("Plan the groups of this workspace instead.", valueName: "dir"))
    var workspace: String?

    @Option(
        name: .long,
        help: ArgumentHelp("With --workspace: the workshop catalogue. Default: DIR/workshops.yaml.", valueName: "file")
    )
    var workshops: String?

    @Option(
        name: .long,
        help: ArgumentHelp("With --workspace: who wants which workshop. Default: DIR/interest.yaml.", valueName: "file")
    )
    var interest: String?

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @Flag(
        name: .long,
        help: ArgumentHelp(
            "With --workspace: record the workshop runs and queue their invitations, updates, cancellations and "
                + "waiting-list letters in the outbox."
        )
    )
    var publish = false

    @Option(name: .long, help: "The seed of the search.")
    var seed: UInt64 = 1

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How long the search may take, in seconds (ignored with --iterations).",
            valueName: "seconds"
        )
    )
    var timeLimit: Double = 10

    @Option(
        name: .long,
        help: ArgumentHelp("The search's iteration budget: reproducible on any machine.", valueName: "n")
    )
    var iterations: Int?

    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (region == nil) != (workspace == nil) else {
            throw ValidationError("give either a region file or '--workspace', not both and not neither.")
        }
        if workspace == nil, publish {
            throw ValidationError("'--publish' goes with '--workspace': a region file has no outbox.")
        }
        if workspace == nil, workshops != nil || interest != nil {
            throw ValidationError("'--workshops' and '--interest' go with '--workspace'; a region file names its own.")
        }
        guard timeLimit.isFinite, timeLimit >= 0 else {
            throw ValidationError("'--time-limit' must be a number of seconds, 0 or more, not '\(timeLimit)'.")
        }
        if let iterations, iterations < 0 {
            throw ValidationError("'--iterations' must be 0 or more, not '\(iterations)'.")
        }
    }

    func run() throws {
        let interruption = Interruption.install()
        let files = DiskFiles()
        var store: Workspace?
        var outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            let source: PlanCalendar.Source
            if let workspace {
                let opened = try WorkspaceAccess.open(workspace)
                store = opened
                source = .workspace(
                    opened,
                    workshops: workshops ?? Self.present(workspace + "/workshops.yaml"),
                    interest: interest ?? Self.present(workspace + "/interest.yaml")
                )
            } else {
                source = .regionFile(region ?? "")
            }
            let request = PlanCalendar.Request(
                source: source,
                now: clock.instant,
                seed: seed,
                timeLimit: .milliseconds(Int64((timeLimit * 1000).rounded())),
                iterations: iterations
            )
            return try PlanCalendar(files: files).run(
                request,
                clock: ContinuousClock(),
                progress: { Terminal.error(Self.line($0)) },
                isCancelled: interruption.hasHappened
            )
        }
        var published: PublishWorkshops.Outcome?
        if publish, let store {
            let now = clock.instant
            let calendar = outcome
            published = try ServiceCall.run(language.choice) { () throws(ServiceError) in
                try PublishWorkshops(workspace: store).run(calendar, now: now)
            }
            outcome.bundle = published?.bundle ?? outcome.bundle
        }
        try ServiceCall.write(
            outcome.bundle,
            to: out,
            protecting: outcome.inputs + [region].compactMap(\.self),
            language: language.choice
        )
        Terminal.output(outcome.report)
        if let published { Self.say(published, language: language.choice) }
        if outcome.isEmpty { throw ExitCode(ExitStatus.infeasible) }
    }

    /// What the publication queued, by counts and run number; people who could not be addressed, by id.
    static func say(_ published: PublishWorkshops.Outcome, language: LanguageChoice) {
        let said = language.language()
        if let run = published.run {
            let count = { (kind: PublishWorkshops.Summary.Kind) in published.messages.filter { $0.kind == kind }.count }
            Terminal.output(
                Phrase(
                    "cli.calendar.published",
                    [
                        "number": .verbatim(run.number.description), "requests": .number(count(.request)),
                        "cancels": .number(count(.cancel)), "letters": .number(count(.waiting)),
                    ]
                ),
                in: said
            )
        } else {
            Terminal.output(Phrase("cli.calendar.publishedNothing"), in: said)
        }
        if !published.forgotten.isEmpty {
            Terminal.error(
                Phrase("cli.calendar.forgotten", ["ids": .list(published.forgotten.map(\.rawValue))]),
                in: said
            )
        }
        if !published.unaddressed.isEmpty {
            Terminal.error(
                Phrase("cli.calendar.unaddressed", ["ids": .list(published.unaddressed.map(\.rawValue))]),
                in: said
            )
        }
    }

    /// The path when a file is there, else `nil`.
    static func present(_ path: String) -> String? {
        FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// `calendar: 1.2 s, 500 iterations; best 0 3 57 …; bound 0 3 60 …; gap enrolled 38 (bound 41, 7.3 %)`.
    static func line(_ progress: RegionalProgress) -> String {
        let best = progress.objective.values.map(String.init).joined(separator: " ")
        let bound = progress.bound.values.map(String.init).joined(separator: " ")
        return "calendar: \(progress); best [\(best)]; bound [\(bound)]"
    }
}

/// Ctrl-C (SIGINT) during the search: the first one asks the search to stop and return its best calendar, which
/// is then written; a second one ends the process at once (the default action is restored).
final class Interruption: Sendable {
    private static let flag = Atomic<Bool>(false)

    /// Installs the handler.
    static func install() -> Interruption {
        // A parent may start us with SIGINT blocked (the mask is inherited): unblock it, or Ctrl-C never arrives.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigprocmask(SIG_UNBLOCK, &blocked, nil)
        signal(SIGINT) { _ in
            Interruption.flag.store(true, ordering: .relaxed)
            signal(SIGINT, SIG_DFL)
        }
        return Interruption()
    }

    /// Whether Ctrl-C was pressed.
    func hasHappened() -> Bool { Self.flag.load(ordering: .relaxed) }
}
