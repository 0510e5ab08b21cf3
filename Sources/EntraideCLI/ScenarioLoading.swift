import ArgumentParser
import AvailabilityImport
import Foundation
import PlanningDomain
import PlanningInput

/// The scenario argument every planning command takes.
struct ScenarioArgument: ParsableArguments {
    @Argument(help: "The scenario file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String

    /// Reads and validates the scenario and every file it names (polls, calendars), adds the canton's public
    /// holidays and merges the answers; on invalid input prints every problem and exits with status 2.
    func load() throws -> LoadedScenario {
        do {
            return try ScenarioLoader().load(contentsOf: scenario)
        } catch {
            Terminal.error(error.rendered)
            throw ExitCode(ExitStatus.invalidInput)
        }
    }
}

/// Writing to the terminal.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
