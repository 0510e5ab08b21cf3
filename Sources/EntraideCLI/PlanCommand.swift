import ArgumentParser
import EntraideService

/// `entraide plan SCENARIO --out DIR`: plans, explains, and writes plan.json and the calendars.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a group's sessions, explain the choice, write the plan, invitations and sheets.",
        discussion: """
            Writes DIR/plan.json, DIR/plan.html (the report to look at: sessions, who can come when, \
            alternatives), DIR/calendar.ics (for publication, without any participant), \
            DIR/invites/<participant>.ics (one invitation per participant who can attend a planned session), \
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

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        let outcome = try ServiceCall.run { () throws(ServiceError) in
            let store = try workspace.map { folder throws(ServiceError) in try WorkspaceAccess.open(folder) }
            let request = PlanScenario.Request(
                scenario: input.scenario,
                now: clock.instant,
                privacy: sheets.privacy,
                workspace: store
            )
            return try PlanScenario(source: input.source).run(request)
        }
        try ServiceCall.write(outcome.bundle, to: out, protecting: [input.scenario])
        Terminal.output(format == .json ? String(decoding: outcome.planJSON, as: UTF8.self) : outcome.explanation)
        if !outcome.isFeasible { throw ExitCode(ExitStatus.infeasible) }
    }
}
