import ArgumentParser
import EntraideService

/// `entraide check SCENARIO`: validates a scenario without planning or writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a scenario file without planning.",
        discussion: "Prints every problem of the file with its line and column; exit status 2 when there is one."
    )

    @OptionGroup var input: ScenarioArgument

    func run() throws {
        let outcome = try ServiceCall.run { () throws(ServiceError) in
            try CheckScenario(source: input.source).run(scenario: input.scenario)
        }
        Terminal.output(
            "\(input.scenario): valid — \(outcome.participants) participants, \(outcome.candidates) candidates, "
                + "\(outcome.venues) venues, \(outcome.facilitators) facilitators.\n"
        )
    }
}
