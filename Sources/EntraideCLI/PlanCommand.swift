import ArgumentParser
import EntraideService
import Phrasebook
import Synchronization

/// `entraide plan SCENARIO --out DIR`: plans, explains, and writes plan.json and the calendars.
struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plan",
            abstract: HelpText.text("help.plan.abstract"),
            discussion: HelpText.text("help.plan.discussion")
        )
    }

    @OptionGroup var input: ScenarioArgument

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.plan.option.out"), valueName: "dir"))
    var out: String

    @OptionGroup var sheets: SheetOptions
    @OptionGroup var clock: NowOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            HelpText.text("help.plan.option.workspace"),
            valueName: "dir"
        )
    )
    var workspace: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.plan.option.format")))
    var format: OutputFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            HelpText.text("help.plan.option.timeLimit"),
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
