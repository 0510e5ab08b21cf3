import ArgumentParser
import Foundation

/// `entraide`: plans a self-help group's founding sessions and writes the invitations.
@main
struct Entraide: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "entraide",
            abstract: HelpText.text("help.root.abstract"),
            discussion: HelpText.text("help.root.discussion"),
            version: "0.1.0",
            subcommands: [
                PlanCommand.self, CheckCommand.self, SheetsCommand.self, AttendanceCommand.self, InitCommand.self,
                ImportCommand.self, PublishCommand.self, SendCommand.self, OutboxCommand.self, AnswerCommand.self,
                RepliesCommand.self, StatusCommand.self, HandoverCommand.self, ForgetCommand.self, ExportCommand.self,
                GridCommand.self, FlyerCommand.self, IntakeCommand.self, CalendarCommand.self,
                ServeCommand.self, StaffCommand.self, RegisterCommand.self,
            ]
        )
    }

    /// Runs the command and maps every failure to the documented exit codes: a usage error is invalid input
    /// (2), not ArgumentParser's default 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let language = LanguageOption.helpLanguage
            guard code != .success else {
                // Help and version: the library's text, its own words in the staff member's language.
                let message = ParserWords.localized(fullMessage(for: error), in: language)
                FileHandle.standardOutput.write(Data((message + "\n").utf8))
                Foundation.exit(ExitStatus.success)
            }
            let message = ParserWords.localized(fullMessage(for: error), in: language)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }
}

/// The process exit statuses of every command.
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let invalidInput: Int32 = 2
    static let infeasible: Int32 = 3
}
