import ArgumentParser
import AvailabilityImport
import PlanningDomain

/// `entraide check SCENARIO`: validates a scenario without planning or writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a scenario file without planning.",
        discussion: "Prints every problem of the file with its line and column; exit status 2 when there is one."
    )

    @OptionGroup var input: ScenarioArgument

    func run() throws {
        let scenario = try input.load().scenario
        Terminal.output(
            "\(input.scenario): valid — \(scenario.participants.count) participants, "
                + "\(scenario.candidates.count) candidates, \(scenario.venues.count) venues, "
                + "\(scenario.facilitators.count) facilitators.\n"
        )
    }
}
