import ArgumentParser
import EntraideService
import Phrasebook
import Synchronization

/// `entraide plan SCENARIO --out DIR`: plans, explains, and writes plan.json and the calendars.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a group's sessions, explain the choice, write the plan, invitations and sheets.",
        discussion: """
            Writes DIR/plan.json, DIR/plan.html (the report to look at: sessions, who can come when, \
            alternatives), DIR/calendar.ics (for publication, without any participant), \
            DIR/invites/<participant>/<session>.ics (one invitation, METHOD:REQUEST, per session a participant \
            can attend) and DIR/invites/<participant>/all-sessions.ics (the same sessions in one METHOD:PUBLISH \
            file, for calendars that import a file), \
            DIR/facilitators/<facilitator>.ics and DIR/sheets/<session>.pdf and .csv (attendance sheets), and \
            DIR/entraide-manifest.json, the list of what Entraide wrote. DIR must be new, empty, or an earlier \
            output of `entraide plan` holding nothing else: any other folder is refused and kept, and so are the \
            working folder and any folder holding the scenario. Everything is written to a staging folder first \
            and swapped into place in one step. When no plan is feasible, the reasons are printed, DIR holds \
            only plan.json and plan.html with them (an earlier plan's files are removed) and the exit status is 3.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @OptionGroup var sheets: SheetOptions
    @OptionGroup var clock: NowOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A workspace: use its centre records, and plan around its other groups' published sessions.",
            valueName: "dir"
        )
    )
    var workspace: String?

    @Option(name: .long, help: "What to print: the explanation as text, or the plan as JSON.")
    var format: OutputFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How long the search for the best plan may take, in seconds (reading the scenario and writing the files "
                + "come on top). When it stops early, the best plan found is written, marked as not proven optimal, "
                + "with how far it may be from the best possible.",
            valueName: "seconds"
        )
    )
    var timeLimit: Double = 5
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard timeLimit.isFinite, timeLimit >= 0 else {
            throw ValidationError(HelpText.text("cli.validation.timeLimit", ["value": .verbatim("\(timeLimit)")]))
        }
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        let limit = SearchTimeLimit(seconds: timeLimit)
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            let store = try workspace.map { folder throws(ServiceError) in try WorkspaceAccess.open(folder) }
            let request = PlanScenario.Request(
                scenario: input.scenario,
                now: clock.instant,
                privacy: sheets.privacy,
                workspace: store,
                reader: language.choice
            )
            return try PlanScenario(source: input.source).run(request, shouldStop: limit.hasPassed)
        }
        try ServiceCall.write(outcome.bundle, to: out, protecting: [input.scenario], language: language.choice)
        Terminal.output(format == .json ? String(decoding: outcome.planJSON, as: UTF8.self) : outcome.explanation)
        if !outcome.isFeasible { throw ExitCode(ExitStatus.infeasible) }
    }
}

/// `--time-limit`: the wall clock the search may use, counted from its first check (so that reading the
/// scenario does not eat into it); the front end reads the clock, the planner only asks.
private final class SearchTimeLimit: Sendable {
    private let limit: Duration
    private let start = Mutex<ContinuousClock.Instant?>(nil)

    init(seconds: Double) { limit = .milliseconds(Int64((seconds * 1000).rounded())) }

    func hasPassed() -> Bool {
        let now = ContinuousClock.now
        return start.withLock { start in
            guard let started = start else {
                start = now
                return limit <= .zero
            }
            return now - started >= limit
        }
    }
}
