import ArgumentParser
import EntraideServer
import EntraideService
import Foundation

/// `entraide staff`: the accounts staff sign in with on the web page.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Create, list and remove staff accounts of the web page.",
        subcommands: [StaffAddCommand.self, StaffPasswordCommand.self, StaffListCommand.self, StaffRemoveCommand.self]
    )
}

/// `entraide staff add NAME`.
struct StaffAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a staff account; the password is read from the terminal (twice) or from standard input.",
        discussion: """
            The name follows the id rule (letters, digits, -, _, . not first, at most 64). The password must have \
            at least \(StaffPassword.minimumLength) characters; only its bcrypt hash is stored in the workspace.
            """
    )

    @Argument(help: "The account's name (what staff type to sign in).")
    var name: String

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    func run() throws {
        let store = try workspace.open()
        let password = try PasswordPrompt.read()
        try ServiceCall.run { () throws(ServiceError) in
            try StaffAccounts(workspace: store).add(name, passwordHash: StaffPassword.hash(password), at: clock.instant)
        }
        Terminal.output("Created staff account '\(name)'.\n")
    }
}

/// `entraide staff password NAME`.
struct StaffPasswordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password",
        abstract: "Replace a staff account's password (read like `staff add`'s)."
    )

    @Argument(help: "The account's name.")
    var name: String

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    func run() throws {
        let store = try workspace.open()
        let password = try PasswordPrompt.read()
        try ServiceCall.run { () throws(ServiceError) in
            try StaffAccounts(workspace: store).setPassword(
                name,
                passwordHash: StaffPassword.hash(password),
                at: clock.instant
            )
        }
        Terminal.output("Changed the password of '\(name)'.\n")
    }
}

/// `entraide staff list`.
struct StaffListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the staff accounts.")

    @OptionGroup var workspace: WorkspaceOption

    func run() throws {
        let store = try workspace.open()
        let names = try ServiceCall.run { () throws(ServiceError) in try StaffAccounts(workspace: store).names() }
        Terminal.output(names.isEmpty ? "No staff account.\n" : names.map { $0 + "\n" }.joined())
    }
}

/// `entraide staff remove NAME`.
struct StaffRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a staff account; its sessions stop working at once."
    )

    @Argument(help: "The account's name.")
    var name: String

    @OptionGroup var workspace: WorkspaceOption

    func run() throws {
        let store = try workspace.open()
        let removed = try ServiceCall.run { () throws(ServiceError) in try StaffAccounts(workspace: store).remove(name)
        }
        guard removed else {
            Terminal.error("error: there is no staff account '\(name)'.")
            throw ExitCode(ExitStatus.invalidInput)
        }
        Terminal.output("Removed staff account '\(name)'.\n")
    }
}

/// Reading a new password: from the terminal without echo, twice; or the first line of standard input.
enum PasswordPrompt {
    static func read() throws -> String {
        let password: String
        if isatty(STDIN_FILENO) == 1 {
            let first = prompt("Password: ")
            let second = prompt("Password again: ")
            guard first == second else {
                Terminal.error("error: the two passwords differ; nothing was changed.")
                throw ExitCode(ExitStatus.invalidInput)
            }
            password = first
        } else {
            password = readLine(strippingNewline: true) ?? ""
        }
        if let problem = StaffPassword.problem(with: password) {
            Terminal.error("error: \(problem); nothing was changed.")
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
