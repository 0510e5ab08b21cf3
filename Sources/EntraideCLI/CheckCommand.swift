import ArgumentParser
import EntraideService
import Phrasebook

/// `entraide check SCENARIO`: validates a scenario without planning or writing anything.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "check",
            abstract: HelpText.text("help.check.abstract"),
            discussion: HelpText.text("help.check.discussion")
        )
    }

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
