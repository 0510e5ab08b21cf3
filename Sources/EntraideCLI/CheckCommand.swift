import ArgumentParser
import EntraideService
import Phrasebook

/// `entraide check SCENARIO`: validates a scenario without planning or writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a scenario file without planning.",
        discussion: "Prints every problem of the file with its line and column; exit status 2 when there is one."
    )

    @OptionGroup var input: ScenarioArgument
    @OptionGroup var language: LanguageOption

    func run() throws {
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try CheckScenario(source: input.source).run(scenario: input.scenario)
        }
        let report = Phrase(
            "cli.check.valid",
            [
                "file": .verbatim(input.scenario), "participants": .number(outcome.participants),
                "candidates": .number(outcome.candidates), "venues": .number(outcome.venues),
                "facilitators": .number(outcome.facilitators),
            ]
        )
        Terminal.output(report.text(in: language.choice.language(document: outcome.language)) + "\n")
    }
}
