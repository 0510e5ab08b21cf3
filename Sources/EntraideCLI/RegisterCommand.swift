import ArgumentParser
import EntraideService
import Phrasebook
import PlanningDomain

/// `entraide register GROUP --name … (--email …|--phone …) --source … --consent`: staff enter a registration
/// taken by phone or by mail.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Enter a registration taken by phone or by mail, with its source and the person's consent.",
        discussion: """
            The person is added after the group's others (p07 after p06) with the time of --now, the source \
            and the version of the consent text. Beyond the group's maximum size they go on the waiting list: \
            their rank is printed, with the other groups on the same theme that still have a place (their ids \
            and titles) to offer them. With an e-mail address, a confirmation carrying their personal link is \
            queued (sent by `entraide serve`'s link e-mails). When the quorum becomes reachable, the staff member \
            in charge is told once by e-mail (`entraide send` sends it). Without --consent nothing is stored.
            """
    )

    @Argument(help: "The group's id.")
    var group: String

    @Option(name: .long, help: ArgumentHelp("The person's full name.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("Their e-mail address.", valueName: "address"))
    var email: String = ""

    @Option(name: .long, help: ArgumentHelp("Their phone number.", valueName: "number"))
    var phone: String = ""

    @Option(name: .long, help: ArgumentHelp("Their language: fr, de, it or en.", valueName: "code"))
    var language: String = "fr"

    @Flag(name: .long, help: "They need step-free access.")
    var stepFree = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How the registration came: phone, mail, flyer, partner, social-media, press, staff, other.",
            valueName: "source"
        )
    )
    var source: String

    @Flag(name: .long, help: "The person agreed to the processing of their data (required).")
    var consent = false

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption

    func validate() throws {
        guard RegistrationSource(rawValue: source) != nil else {
            throw ValidationError(
                "--source '\(source)' is not one of "
                    + RegistrationSource.allCases.map(\.rawValue).joined(separator: ", ") + "."
            )
        }
        guard !email.isEmpty || !phone.isEmpty else { throw ValidationError("give --email or --phone (or both).") }
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
