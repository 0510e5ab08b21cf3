import ArgumentParser
import EntraideServer
import EntraideService
import Foundation
import Phrasebook
import PlanningDomain

/// `entraide staff`: the accounts staff sign in with on the web page.
struct StaffCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "staff",
            abstract: HelpText.text("help.staff.abstract"),
            subcommands: [
                StaffAddCommand.self, StaffPasswordCommand.self, StaffListCommand.self, StaffRemoveCommand.self,
            ]
        )
    }
}

/// `entraide staff add NAME`.
struct StaffAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: HelpText.text("help.staffAdd.abstract"),
            discussion: HelpText.text("help.staffAdd.discussion", ["minimum": .number(StaffPassword.minimumLength)])
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.staffAdd.option.name")))
    var name: String

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let said = language.choice.language(of: store)
        let password = try PasswordPrompt.read(in: said)
        try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try StaffAccounts(workspace: store).add(name, passwordHash: StaffPassword.hash(password), at: clock.instant)
        }
        Terminal.output(Phrase("cli.staff.created", ["name": .verbatim(name)]), in: said)
    }
}

/// `entraide staff password NAME`.
struct StaffPasswordCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "password", abstract: HelpText.text("help.staffPassword.abstract"))
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.staff.option.name")))
    var name: String

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let said = language.choice.language(of: store)
        let password = try PasswordPrompt.read(in: said)
        try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try StaffAccounts(workspace: store).setPassword(
                name,
                passwordHash: StaffPassword.hash(password),
                at: clock.instant
            )
        }
        Terminal.output(Phrase("cli.staff.passwordChanged", ["name": .verbatim(name)]), in: said)
    }
}

/// `entraide staff list`.
struct StaffListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: HelpText.text("help.staffList.abstract"))
    }

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let names = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try StaffAccounts(workspace: store).names()
        }
        guard !names.isEmpty else {
            Terminal.output(Phrase("cli.staff.none"), in: language.choice.language(of: store))
            return
        }
        Terminal.output(names.map { $0 + "\n" }.joined())
    }
}

/// `entraide staff remove NAME`.
struct StaffRemoveCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "remove", abstract: HelpText.text("help.staffRemove.abstract"))
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.staff.option.name")))
    var name: String

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let removed = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try StaffAccounts(workspace: store).remove(name)
        }
        let said = language.choice.language(of: store)
        guard removed else {
            Terminal.error(Phrase("cli.staff.unknown", ["name": .verbatim(name)]), in: said)
            throw ExitCode(ExitStatus.invalidInput)
        }
        Terminal.output(Phrase("cli.staff.removed", ["name": .verbatim(name)]), in: said)
    }
}

/// Reading a new password: from the terminal without echo, twice; or the first line of standard input.
enum PasswordPrompt {
    /// The most bytes bcrypt reads of a password (`StaffPassword.problem(with:)` refuses longer ones).
    private static let bcryptLimit = 72

    /// The password, or exit 2 after saying in `language` why it is refused.
    static func read(in language: Language) throws -> String {
        let password: String
        if isatty(STDIN_FILENO) == 1 {
            let first = prompt(Phrase("cli.staff.prompt").text(in: language))
            let second = prompt(Phrase("cli.staff.promptAgain").text(in: language))
            guard first == second else {
                Terminal.error(Phrase("cli.staff.passwordsDiffer"), in: language)
                throw ExitCode(ExitStatus.invalidInput)
            }
            password = first
        } else {
            password = readLine(strippingNewline: true) ?? ""
        }
        if StaffPassword.problem(with: password) != nil {
            let refusal =
                password.count < StaffPassword.minimumLength
                ? Phrase("cli.staff.passwordTooShort", ["minimum": .number(StaffPassword.minimumLength)])
                : Phrase("cli.staff.passwordTooLong", ["maximum": .number(bcryptLimit)])
            Terminal.error(refusal, in: language)
            throw ExitCode(ExitStatus.invalidInput)
        }
        return password
    }

    private static func prompt(_ text: String) -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var settings = termios()
        tcgetattr(STDIN_FILENO, &settings)
        var silent = settings
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
