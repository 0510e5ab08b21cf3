import ArgumentParser
import EntraideService
import OutputFiles
import Phrasebook
import PlanningDomain
import PlanningInput
import WorkspaceStore

/// `entraide handover GROUP --rhythm … --out DIR`: the group's own recurring meeting, one invite per member.
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Hand the group its own recurring meeting (one invitation per member, with an RRULE), or end it.",
        discussion: """
            --rhythm is how often, the weekday, the start, the length, and optionally the first and last day, in \
            French, German, Italian or English: 'every 2 weeks on Tuesday 19:00, 2h, until 21 December 2027', \
            'tous les 15 jours le mardi 19h, 2 h, jusqu'au 21 décembre 2027', 'alle 2 Wochen am Dienstag 19 Uhr, \
            2 Std., bis 21.12.2027', 'ogni 2 settimane il martedì alle 19:00, 2 ore, fino al 21 dicembre 2027' \
            ('every 2 weeks tuesday 19:00 2h from 2027-04-06 until 2027-12-21' too). The recurrence is in \
            local time with TZID and VTIMEZONE, so it stays at 19:00 across daylight-saving changes; the public \
            holidays of the centre's canton (its centre file's or scenario's `canton`, or --canton) in every year \
            the rhythm runs, and the closures the workspace knows, are EXDATEs. Members are, by default, every \
            participant of the group who neither withdrew nor declined founding 2 (the output says so), or those \
            --members names. The room is founding 2's unless --venue names another. The workspace remembers what was handed over: another rhythm (or room, end date, \
            skipped day) is sent as the same UID with SEQUENCE + 1 to every member, a new member gets the \
            series, someone who is no longer a member gets a CANCEL, and the same rhythm again sends nothing. \
            --cancel ends the rhythm: a CANCEL of the whole series to every member. The messages (.ics and the \
            e-mail that carries it) are recorded in the outbox as publication N, like `entraide publish`'s, and \
            written to DIR/NNNN-YYYY-MM-DD/: participants/<id>/handover.ics (METHOD:REQUEST or CANCEL, one \
            attendee) and calendar.ics (the staff's copy, METHOD:PUBLISH, nobody named), with --eml or --smtp \
            the .eml files. DIR only ever grows, and may be the folder `entraide publish` writes to. With \
            --smtp, `entraide send` follows.
            """
    )

    @Argument(help: "The group's id.")
    var group: String

    @Option(name: .long, help: ArgumentHelp("The rhythm, see above.", valueName: "rhythm"))
    var rhythm: String?

    @Flag(name: .long, help: "End the group's rhythm: cancel the series in every member's calendar.")
    var cancel = false

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The canton whose public holidays are skipped (VD, GE, …, or none). Default: the centre's.",
            valueName: "canton"
        )
    )
    var canton: String?

    @Option(
        name: .long,
        parsing: .singleValue,
        help: ArgumentHelp(
            "The members, by participant id, comma-separated (p01,p02). Default: every participant who neither "
                + "withdrew nor declined founding 2.",
            valueName: "ids"
        )
    )
    var members: [String] = []

    @Option(name: .long, help: ArgumentHelp("The room, by id. Default: founding 2's.", valueName: "venue"))
    var venue: String?

    @Flag(name: .long, help: "Also write each message's e-mail (.eml) beside its .ics.")
    var eml = false

    @OptionGroup var server: SMTPOption

    @OptionGroup var workspace: WorkspaceOption

    @OptionGroup var clock: NowOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let canton, canton.lowercased() != "none", Canton(code: canton.uppercased()) == nil {
            throw ValidationError(HelpText.text("cli.validation.canton", ["value": .verbatim(canton)]))
        }
        if cancel && (!members.isEmpty || venue != nil || canton != nil) {
            throw ValidationError(HelpText.text("cli.validation.cancelAlone"))
        }
        if cancel && rhythm != nil { throw ValidationError(HelpText.text("cli.validation.rhythmOrCancel")) }
        if !cancel && rhythm == nil { throw ValidationError(HelpText.text("cli.validation.rhythmNeeded")) }
    }

    func run() throws {
        let transport = try server.transport()
        let store = try workspace.open(language.choice)
        let now = clock.instant
        let request =
            cancel
            ? HandOver.Request(cancelling: Group.ID(group), now: now)
            : HandOver.Request(
                group: Group.ID(group),
                rhythm: rhythm ?? "",
                holidays: holidays,
                members: memberIDs,
                venue: venue.map { Venue.ID($0) },
                now: now
            )
        let outcome = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try HandOver(workspace: store).run(request)
        }
        let said = language.choice.language()
        if !outcome.unaddressed.isEmpty {
            Terminal.output(
                Phrase("cli.handover.unaddressed", ["ids": .list(outcome.unaddressed.map(\.rawValue))]),
                in: said
            )
        }
        guard let run = outcome.run, let name = outcome.folderName else {
            let folder = OutputFolder(path: out)
            folder.removeStaleStaging()
            Terminal.output(Phrase("cli.handover.nothingChanged", ["sequence": .number(outcome.sequence)]), in: said)
            if let latest = outcome.latestRun, !folder.holds(PublishGroup.folderName(of: latest)) {
                Terminal.output(
                    Phrase(
                        "cli.handover.notWritten",
                        ["number": .verbatim(latest.number.description), "out": .verbatim(out)]
                    ),
                    in: said
                )
            }
            return
        }
        var bundle = outcome.bundle
        if !eml && server.smtp == nil {
            for path in bundle.paths where path.components.last?.hasSuffix(".eml") == true { bundle[path] = nil }
        }
        let folder: String
        do {
            folder = try OutputFolder(path: out).add(bundle, as: name)
        } catch {
            Terminal.error(
                Phrase(
                    "cli.handover.notWrittenError",
                    ["error": OutputFolderWording.phrase(of: error), "number": .verbatim(run.number.description)]
                ),
                in: said
            )
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
        let lines = outcome.messages.map { message in
            MessageLine.phrase(
                path: message.path.description,
                isCancel: message.isCancel,
                sequence: message.sequence,
                reason: message.reason
            )
        }
        let what =
            cancel
            ? Phrase("cli.handover.cancelled")
            : Phrase(
                "cli.handover.rhythm",
                [
                    "rhythm": .verbatim(rhythm ?? ""), "members": .list(outcome.members.map(\.rawValue)),
                    "whose": outcome.membersByDefault ? Phrase("cli.handover.byDefault") : .empty,
                    "holidays": outcome.canton.map { Phrase("cli.handover.holidays", ["canton": .verbatim($0.code)]) }
                        ?? Phrase("cli.handover.noHolidays"),
                    "skipped": outcome.skipped.isEmpty
                        ? .empty : Phrase("cli.handover.skipped", ["dates": .list(outcome.skipped.map(\.description))]),
                ]
            )
        let heading = Phrase(
            "cli.handover.done",
            [
                "number": .verbatim(run.number.description), "what": what, "count": .number(outcome.messages.count),
                "folder": .verbatim(folder),
            ]
        )
        Terminal.output(.lines([heading] + lines), in: said)
        if let transport { try SendCommand.send(store, through: transport, now: now, language: language.choice) }
    }

    /// `--canton`: the centre's by default, `none`, or a code.
    private var holidays: HandOver.Holidays {
        guard let canton else { return .centre }
        if canton.lowercased() == "none" { return .none }
        return Canton(code: canton.uppercased()).map(HandOver.Holidays.canton) ?? .centre
    }

    /// `--members p01,p02` (the option may also be repeated); `nil` without it.
    private var memberIDs: [Participant.ID]? {
        let ids = members.flatMap { $0.split(separator: ",") }.map { String($0.filter { $0 != " " }) }
        return ids.isEmpty ? nil : ids.filter { !$0.isEmpty }.map { Participant.ID($0) }
    }
}
