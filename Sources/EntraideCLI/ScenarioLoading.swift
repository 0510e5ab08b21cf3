import ArgumentParser
import EntraideService
import Foundation
import Phrasebook
import PlanningDomain
import PlanningInput

/// The scenario argument every planning command takes.
struct ScenarioArgument: ParsableArguments {
    @Argument(
        help: ArgumentHelp(HelpText.text("help.scenario.option.scenario")),
        completion: .file(extensions: ["yaml", "yml"])
    )
    var scenario: String

    /// Reading the scenario and the files it names from the disk.
    var source: ScenarioSource { ScenarioSource(files: DiskFiles()) }
}

/// Writing to the terminal.
enum Terminal {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A report line worded in `language`, then a line break.
    static func output(_ phrase: Phrase, in language: Language) { output(phrase.text(in: language) + "\n") }

    /// An error or warning worded in `language`.
    static func error(_ phrase: Phrase, in language: Language) { error(phrase.text(in: language)) }
}
