import ArgumentParser
import EntraideService
import Phrasebook
import PlanningDomain
import PlanningInput
import Publication

/// `entraide replies import FILE...`: participants' answers to their invitations.
struct RepliesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replies",
        abstract: "Read participants' replies (METHOD:REPLY) to their invitations.",
        subcommands: [RepliesImportCommand.self]
    )
}

/// `entraide replies import FILE...`.
struct RepliesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record ACCEPTED, TENTATIVE and DECLINED replies (.ics files as mail clients send them).",
        discussion: """
            Files are replies as calendar apps write them (.ics, METHOD:REPLY) or the e-mails that carried \
            them (.eml). A reply counts only when it carries exactly one ATTENDEE, who holds the latest version \
            of that session (same UID and SEQUENCE), and, for an e-mail, whose address is the sender's; any \
            other reply (for an unknown UID or attendee, to an older version, speaking for someone else) is \
            reported and ignored. Facilitators' replies are recorded on their own copies. Files are read in \
            the order given; a later reply of the same person replaces an earlier one. All files are read before \
            anything is stored: a malformed file stops the command with its location and nothing changes.
            """
    )

    @Argument(help: ArgumentHelp("Reply files (.ics or .eml).", valueName: "file"))
    var files: [String]

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try ImportReplies(files: DiskFiles(), workspace: store).run(files)
        }
        let heading = Phrase(
            "cli.replies.recorded",
            ["applied": .number(outcome.appliedCount), "count": .number(outcome.outcomes.count)]
        )
        let lines = outcome.outcomes.map { Phrase.joined([.verbatim("  "), $0.phrase], separator: "") }
        Terminal.output(.lines([heading] + lines), in: language.choice.language())
    }
}

/// `entraide status GROUP`: expected attendance and replies per session.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show, per published session, who is expected, the replies, and a quorum warning.",
        discussion: """
            Expected: the participants holding the latest invitation. A founding session is flagged when, \
            counting the declines, fewer than the group's quorum can still come. Without a group, lists every \
            group of the workspace with its next session (after --now), its quorum warnings, and every conflict \
            between groups: a facilitator or a room booked twice at the same time (with the centre's travel \
            buffer between two venues).
            """
    )

    @Argument(help: "The group's id; without it, every group of the workspace.")
    var group: String?

    @OptionGroup var workspace: WorkspaceOption
    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let store = try workspace.open(language.choice)
        let status = ShowStatus(workspace: store)
        guard let group else {
            let (overview, organisation) = try ServiceCall.run(language.choice) { () throws(ServiceError) in
                try status.centre(now: clock.instant)
            }
            guard let organisation else {
                Terminal.output(Phrase("cli.status.noGroup"), in: language.choice.language())
                return
            }
            Terminal.output(
                overview.text(
                    organisation: organisation,
                    language: language.choice.language(document: organisation.language)
                )
            )
            return
        }
        let (scenario, publication) = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try status.group(Group.ID(group))
        }
        let said = language.choice.language(document: scenario.organisation.language)
        guard let publication else {
            Terminal.output(Phrase("cli.status.notPublished", ["group": .verbatim(group)]), in: said)
            return
        }
        Terminal.output(publication.text(for: scenario, language: said))
    }
}
