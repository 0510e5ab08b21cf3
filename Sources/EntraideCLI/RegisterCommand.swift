import ArgumentParser
import EntraideService
import Phrasebook
import PlanningDomain

/// `entraide register GROUP --name … (--email …|--phone …) --source … --consent`: staff enter a registration
/// taken by phone or by mail.
struct RegisterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "register",
            abstract: HelpText.text("help.register.abstract"),
            discussion: HelpText.text("help.register.discussion")
        )
    }

    @Argument(help: ArgumentHelp(HelpText.text("help.register.option.group")))
    var group: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.register.option.name"), valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.register.option.email"), valueName: "address"))
    var email: String = ""

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.register.option.phone"), valueName: "number"))
    var phone: String = ""

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.register.option.language"), valueName: "code"))
    var language: String = "fr"

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.register.option.stepFree")))
    var stepFree = false

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.register.option.source"), valueName: "source"))
    var source: String

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("help.register.option.consent")))
    var consent = false

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    func validate() throws {
        guard RegistrationSource(rawValue: source) != nil else {
            throw ValidationError(
                HelpText.text(
                    "cli.validation.registerSource",
                    ["value": .verbatim(source), "sources": .list(RegistrationSource.allCases.map(\.rawValue))]
                )
            )
        }
        guard !email.isEmpty || !phone.isEmpty else {
            throw ValidationError(HelpText.text("cli.validation.registerContact"))
        }
    }

    func run() throws {
        // `--language` is the person's: staff read the locale's language (LC_ALL, LC_MESSAGES, LANG).
        let choice = LanguageOption.environmentChoice
        let store = try workspace.open(choice)
        let request = Register.Request(
            form: Registrations.Form(
                name: name,
                email: email,
                phone: phone,
                language: language,
                needsStepFreeAccess: stepFree
            ),
            source: RegistrationSource(rawValue: source) ?? .other,
            hasConsent: consent
        )
        let outcome = try ServiceCall.run(choice) { () throws(ServiceError) in
            try Register(workspace: store).run(request, group: Group.ID(group), at: clock.instant)
        }
        Terminal.output(Self.summary(outcome, group: group), in: choice.language())
    }

    /// What staff read: the id, the waiting list's rank and the groups to offer, the link, the quorum.
    static func summary(_ outcome: Register.Outcome, group: String) -> Phrase {
        let participant = Phrase.verbatim(outcome.participant.rawValue)
        var lines = [Phrase("register.registered", ["participant": participant, "group": .verbatim(group)])]
        if let rank = outcome.waitingRank {
            lines.append(Phrase("register.waiting", ["participant": participant, "rank": .number(rank)]))
            let offers = outcome.nextGroups.map { "\($0.group) (\($0.title))" }
            lines.append(
                offers.isEmpty
                    ? Phrase("register.noNextGroup") : Phrase("register.nextGroups", ["groups": .list(offers)])
            )
        }
        lines.append(Phrase(outcome.linkMessage == nil ? "register.noEmail" : "register.linkQueued"))
        if outcome.notifiedStaff { lines.append(Phrase("register.quorum")) }
        return .lines(lines)
    }
}
