import ArgumentParser
import EntraideService
import PlanningDomain
import PlanningInput

/// `entraide handover GROUP --rhythm … --out DIR`: the group's own recurring meeting, one invite per member.
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Write the group's own recurring meeting: one invitation per member, with an RRULE.",
        discussion: """
            --rhythm is written 'every [N] week[s] WEEKDAY HH:MM DURATION [from YYYY-MM-DD] [until YYYY-MM-DD]', \
            for example 'every 2 weeks tuesday 19:00 2h from 2027-04-06 until 2027-12-21'. The recurrence is in \
            local time with TZID and VTIMEZONE, so it stays at 19:00 across daylight-saving changes; the public \
            holidays of --canton (VD by default) in every year the rhythm runs, and the closures the workspace \
            knows, are EXDATEs. Members are \
            the participants holding the founding 2 invitation who did not decline it. Writes \
            DIR/members/<participant>.ics (METHOD:REQUEST, one attendee each) and DIR/calendar.ics (the staff's \
            copy, METHOD:PUBLISH, nobody named). DIR follows the output-folder rule of `entraide plan`.
            """
    )

    @Argument(help: "The group's id.")
    var group: String

    @Option(name: .long, help: ArgumentHelp("The rhythm, see above.", valueName: "rhythm"))
    var rhythm: String

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp("The canton whose public holidays are skipped (VD, GE, …, or none).", valueName: "canton")
    )
    var canton: String = "VD"

    @OptionGroup var workspace: WorkspaceOption

    func validate() throws {
        guard canton.lowercased() == "none" || Canton(code: canton.uppercased()) != nil else {
            throw ValidationError("--canton '\(canton)' is not a Swiss canton code (VD, GE, ZH, …) nor 'none'.")
        }
    }

    @OptionGroup var clock: NowOption

    func run() throws {
        let store = try workspace.open()
        let request = HandOver.Request(
            group: Group.ID(group),
            rhythm: rhythm,
            canton: canton.lowercased() == "none" ? nil : Canton(code: canton.uppercased()),
            now: clock.instant
        )
        let outcome = try ServiceCall.run { () throws(ServiceError) in try HandOver(workspace: store).run(request) }
        try ServiceCall.write(outcome.bundle, to: out, protecting: [])
        Terminal.output(
            "Wrote \(outcome.members.count) invitation(s) and the staff copy to \(out): '\(rhythm)' for "
                + outcome.members.map(\.rawValue).joined(separator: ", ")
                + (outcome.skipped.isEmpty
                    ? ".\n" : "; no meeting on \(outcome.skipped.map(\.description).joined(separator: ", ")).\n")
        )
    }
}
