import ArgumentParser
import EntraideService
import OutputFiles

/// How a command calls a use case and shows its failure: the message on standard error, exit status 2 for
/// what the person can fix, 1 for the system.
enum ServiceCall {
    /// The value of `body`, or exit after printing its error: 2 for what the person can fix, 3 when no
    /// feasible plan exists, 1 for the system.
    static func run<T>(_ body: () throws(ServiceError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Terminal.error(error.message)
            if error.code == .infeasible { throw ExitCode(ExitStatus.infeasible) }
            throw ExitCode(error.isInputError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }

    /// Writes a bundle as the whole content of `--out`, or exits: 2 when the folder is not Entraide's to
    /// replace, 1 when the system fails.
    @discardableResult
    static func write(_ bundle: OutputBundle, to out: String, protecting inputs: [String]) throws -> String {
        do {
            return try OutputFolder(path: out, protecting: inputs).replace(with: bundle)
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }
}
