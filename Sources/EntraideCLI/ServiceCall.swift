import ArgumentParser
import EntraideService
import OutputFiles
import Phrasebook

/// How a command calls a use case and shows its failure: the message on standard error, in the person's
/// language, exit status 2 for what the person can fix, 1 for the system.
enum ServiceCall {
    /// The value of `body`, or exit after printing its error worded in the `language` chosen (the scenario's
    /// when none is stated): 2 for what the person can fix, 3 when no feasible plan exists, 1 for the system.
    static func run<T>(
        _ language: LanguageChoice = LanguageOption.environmentChoice,
        _ body: () throws(ServiceError) -> T
    ) throws -> T {
        do {
            return try body()
        } catch {
            Terminal.error(error.message(in: language.language(document: error.documentLanguage)))
            if error.code == .infeasible { throw ExitCode(ExitStatus.infeasible) }
            throw ExitCode(error.isInputError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }

    /// Writes a bundle as the whole content of `--out`, or exits: 2 when the folder is not Entraide's to
    /// replace, 1 when the system fails.
    @discardableResult
    static func write(
        _ bundle: OutputBundle,
        to out: String,
        protecting inputs: [String],
        language: LanguageChoice = LanguageOption.environmentChoice
    ) throws -> String {
        do {
            return try OutputFolder(path: out, protecting: inputs).replace(with: bundle)
        } catch {
            Terminal.error(ServiceError.sentence(error.phrase), in: language.language())
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }
}
