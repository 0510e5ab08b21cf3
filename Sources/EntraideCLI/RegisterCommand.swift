import ArgumentParser
import EntraideService
import PlanningDomain

/// `entraide register GROUP --name … (--email …|--phone …) --source … --consent`: staff enter a registration
/// taken by phone or by mail.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Enter a registration taken by phone or by mail, with its source and the person's consent.",
        discussion: """
            The person is added after the group's others (p07 after p06) with the time of --now, the source \
            and the version of the consent text. Beyond the group's maximum size they go on the waiting list \
            (their rank is printed). With an e-mail address, a confirmation carrying their personal link is \
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
        let store = try workspace.open()
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
        let outcome = try ServiceCall.run { () throws(ServiceError) in
            try Register(workspace: store).run(request, group: Group.ID(group), at: clock.instant)
        }
        var text = "Registered \(outcome.participant) in group \(group)"
        if let rank = outcome.waitingRank { text += ", on the waiting list (rank \(rank))" }
        text +=
            outcome.linkMessage == nil
            ? "; no e-mail address: give them their link by phone.\n" : "; confirmation with their link queued.\n"
        if outcome.notifiedStaff { text += "The quorum can now be reached: the staff member in charge is told.\n" }
        Terminal.output(text)
    }
}
