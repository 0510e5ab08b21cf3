import ArgumentParser
import EntraideService
import Foundation
import OutputFiles
import Phrasebook
import PlanDocuments
import PlanningDomain
import Publication
import WorkspaceStore

/// `entraide publish GROUP --out DIR`: writes the messages that bring every calendar up to date.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write only what changed since the last publication: requests, updates and cancellations.",
        discussion: """
            Plans the group from the workspace, keeping every published session where it is unless --move names \
            it or its slot became impossible (a closure, the facilitator away, the room booked, another group's \
            session: the reason is printed first). Other groups' published and pinned sessions are bookings of \
            the facilitators and rooms they use. What changed becomes messages, one per recipient and session: \
            METHOD:REQUEST for a new session or recipient (current SEQUENCE) and for a moved session or a new \
            facilitator (SEQUENCE + 1, to everyone invited), METHOD:CANCEL with STATUS:CANCELLED for a \
            cancelled session, a withdrawn participant or a replaced facilitator. Participants attend; the \
            facilitator receives their own invitation as chair (ROLE=CHAIR). Every event keeps its UID. The \
            messages (.ics and the e-mail that carries it) and the new state are recorded in the workspace's \
            outbox in one transaction, as publication N; nothing is sent by publish alone. The publication is \
            then written to DIR/NNNN-YYYY-MM-DD/ (its number and date): participants/<id>/<session>.ics, \
            facilitators/<id>/<session>.ics, calendar.ics (the staff calendar, METHOD:PUBLISH, nobody named) \
            and, with --eml or --smtp, the .eml files. DIR only ever grows: earlier publications stay as they \
            were, and DIR must be new, empty or an earlier publish output holding nothing else. With --smtp, \
            `entraide send` follows: see its help. When nothing changed, nothing is recorded or written.
            """
    )

    @Argument(help: "The group's id.")
    var group: String

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp("A published session to plan again (repeatable): founding2, review, …", valueName: "session")
    )
    var move: [String] = []

    @Flag(name: .long, help: "Also write each message's e-mail (.eml) beside its .ics.")
    var eml = false

    @OptionGroup var server: SMTPOption

    @OptionGroup var workspace: WorkspaceOption

    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        for session in move where SessionKind(rawValue: session) == nil {
            throw ValidationError(HelpText.text("cli.validation.move", ["value": .verbatim(session)]))
        }
    }

    func run() throws {
        let transport = try server.transport()
        let store = try workspace.open(language.choice)
        let now = clock.instant
        let request = PublishGroup.Request(
            group: Group.ID(group),
            moving: Set(move.compactMap(SessionKind.init(rawValue:))),
            now: now
        )
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try PublishGroup(workspace: store).run(request)
        }
        let said = language.choice.language()
        for cause in outcome.causes.sorted(by: { $0.key < $1.key }) { Terminal.output(cause.value + "\n") }
        for use in outcome.bookings {
            Terminal.output(
                Phrase(
                    "cli.publish.around",
                    [
                        "group": .verbatim(use.booking.group.rawValue), "kind": .verbatim(use.booking.kind.rawValue),
                        "start": .verbatim(use.booking.start.description),
                        "facilitator": .verbatim(use.booking.facilitator.rawValue),
                        "venue": .verbatim(use.booking.venue.rawValue), "count": .number(use.candidates),
                    ]
                ),
                in: said
            )
        }
        guard let run = outcome.run, let name = outcome.folderName else {
            let folder = OutputFolder(path: out)
            folder.removeStaleStaging()
            Terminal.output(Phrase("cli.publish.nothingChanged"), in: said)
            if let latest = outcome.latestRun, !folder.holds(PublishGroup.folderName(of: latest)) {
                Terminal.output(
                    Phrase(
                        "cli.publish.notWritten",
                        ["number": .verbatim(latest.number.description), "out": .verbatim(out)]
                    ),
                    in: said
                )
            }
            return
        }
        let folder = try write(outcome.bundle, as: name)
        report(outcome, run: run.number.rawValue, folder: folder)
        if let transport { try SendCommand.send(store, through: transport, now: now, language: language.choice) }
    }

    /// Writes the publication as a new numbered sub-folder of `--out`, which only ever grows.
    private func write(_ bundle: OutputBundle, as name: String) throws -> String {
        var bundle = bundle
        if !eml && server.smtp == nil {
            for path in bundle.paths where path.components.last?.hasSuffix(".eml") == true { bundle[path] = nil }
        }
        do {
            return try OutputFolder(path: out).add(bundle, as: name)
        } catch {
            Terminal.error(
                Phrase("cli.publish.notWrittenError", ["error": OutputFolderWording.phrase(of: error)]),
                in: language.choice.language()
            )
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }

    /// One line per message, by id: what was written and why.
    private func report(_ outcome: PublishGroup.Outcome, run: Int, folder: String) {
        var lines = outcome.messages.map { message in
            MessageLine.phrase(
                path: message.path.description,
                isCancel: message.isCancel,
                sequence: message.sequence,
                reason: message.reason.rawValue
            )
        }
        if !outcome.unaddressed.isEmpty {
            lines.append(
                Phrase("cli.publish.unaddressed", ["ids": .list(outcome.unaddressed.map(\.description))])
            )
        }
        let heading = Phrase(
            "cli.publish.done",
            ["run": .number(run), "count": .number(outcome.messages.count), "folder": .verbatim(folder)]
        )
        Terminal.output(.lines([heading] + lines), in: language.choice.language())
    }
}
