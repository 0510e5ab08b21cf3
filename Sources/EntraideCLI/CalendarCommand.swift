import ArgumentParser
import AvailabilityImport
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "calendar",
            abstract: HelpText.text("help.calendar.abstract"),
            discussion: HelpText.text("help.calendar.discussion")
        )
    }

    @Argument(
        help: ArgumentHelp(HelpText.text("help.calendar.option.region")),
        completion: .file(extensions: ["yaml"])
    )
    var region: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.calendar.option.workspace"), valueName: "dir"))
    var workspace: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.calendar.option.workshops"), valueName: "file"))
    var workshops: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.calendar.option.interest"), valueName: "file"))
    var interest: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.calendar.option.out"), valueName: "dir"))
    var out: String

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.calendar.option.publish")))
    var publish = false

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.calendar.option.seed")))
    var seed: UInt64 = 1

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.text("help.calendar.option.timeLimit"), valueName: "seconds")
    )
    var timeLimit: Double = 10

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.calendar.option.iterations"), valueName: "n"))
    var iterations: Int?

    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (region == nil) != (workspace == nil) else {
            throw ValidationError(HelpText.text("cli.calendar.validation.source"))
        }
        if workspace == nil, publish {
            throw ValidationError(HelpText.text("cli.calendar.validation.publish"))
        }
        if workspace == nil, workshops != nil || interest != nil {
            throw ValidationError(HelpText.text("cli.calendar.validation.files"))
        }
        guard timeLimit.isFinite, timeLimit >= 0 else {
            throw ValidationError(HelpText.text("cli.validation.timeLimit", ["value": .verbatim("\(timeLimit)")]))
        }
        if let iterations, iterations < 0 {
            throw ValidationError(
                HelpText.text("cli.calendar.validation.iterations", ["value": .verbatim("\(iterations)")])
            )
        }
    }

    func run() throws {
        let interruption = Interruption.install()
        let files = DiskFiles()
        var store: Workspace?
        // Until the centre is read, the stated language (else English) speaks; then, unstated, the centre's.
        var said = language.choice.language()
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
                iterations: iterations,
                reader: language.choice
            )
            let planner = PlanCalendar(files: files)
            let loaded = try planner.load(source, now: request.now)
            said = language.choice.language(document: loaded.problem.centre.organisation.language)
            return try planner.run(
                request,
                loaded: loaded,
                clock: ContinuousClock(),
                progress: { [said] in Terminal.error(Self.line($0), in: said) },
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
        if let published { Self.say(published, in: said) }
        if outcome.isEmpty { throw ExitCode(ExitStatus.infeasible) }
    }

    /// What the publication queued, by counts and run number; people who could not be addressed, by id.
    static func say(_ published: PublishWorkshops.Outcome, in said: Language) {
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

    /// `calendar: 1.2 s, 500 iterations, gap enrolments (enrolled) 38, bound 41 (7.3 %); best [0 3 57 …]; bound
    /// [0 3 60 …]`, in the language of the report.
    static func line(_ progress: RegionalProgress) -> Phrase {
        let best = progress.objective.values.map(String.init).joined(separator: " ")
        let bound = progress.bound.values.map(String.init).joined(separator: " ")
        let seconds = progress.elapsed.components
        let tenths = Int(seconds.seconds) * 10 + Int(seconds.attoseconds / 100_000_000_000_000_000)
        let state =
            progress.objective.gap(to: progress.bound).map { Phrase("regional.progress.gap", ["gap": $0.phrase]) }
            ?? Phrase("regional.progress.optimal")
        return Phrase(
            "regional.progress",
            [
                "elapsed": .verbatim("\(tenths / 10).\(tenths % 10)"), "iterations": .number(progress.iterations),
                "state": state, "best": .verbatim(best), "bound": .verbatim(bound),
            ]
        )
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
