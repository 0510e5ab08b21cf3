import ArgumentParser
import AttendanceSheets
import AvailabilityImport
import Foundation
import PlanDocuments
import PlanningDomain
import PlanningEngine
import WorkspaceStore

/// `entraide sheets SCENARIO --out DIR`: the attendance sheets of the planned sessions, PDF and CSV.
struct SheetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheets",
        abstract: "Write the attendance sheet of each planned session: an A4 PDF to print and a CSV.",
        discussion: """
            Writes DIR/sheets/<session>.pdf and DIR/sheets/<session>.csv for each planned session (information, \
            founding1, founding2, review): the expected participants (those who can attend) sorted by name, \
            boxes for present and excused, a signature cell, blank rows for newcomers. The CSV (UTF-8 with BOM, \
            ';') has the same rows; fill in its attendance column after the session and record it with \
            `entraide attendance record`. `entraide plan` writes the same sheets.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @OptionGroup var options: SheetOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A workspace where the group is published: print the published sessions, and expect those who hold "
                + "the latest invitation and did not decline it.",
            valueName: "dir"
        )
    )
    var workspace: String?

    func validate() throws { try options.validate() }

    func run() throws {
        var scenario = try input.load().scenario
        var plan: Plan?
        if let workspace {
            (scenario, plan) = try Self.published(scenario.group.id, in: workspace)
        } else if case .planned(let result) = Planner(scenario: scenario).plan() {
            plan = result.plan
        }
        guard let plan else {
            Terminal.error(
                "error: \(input.scenario): no feasible plan, so no session to print a sheet for; "
                    + "`entraide plan` explains why."
            )
            throw ExitCode(ExitStatus.infeasible)
        }
        let files = try SheetFiles.files(
            for: plan,
            scenario: scenario,
            privacy: options.privacy,
            creationDate: SheetFiles.creationDate(options.stamp)
        )
        do {
            try OutputFolder(path: out, marker: "sheets").write(files)
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
        Terminal.output("Written: \(files.keys.sorted().map { "\(out)/\($0)" }.joined(separator: ", "))\n")
    }
}

extension SheetsCommand {
    /// The group's published sessions, each expecting the participants who hold its latest invitation and did
    /// not decline it (a tentative reply counts as if need be), with the scenario as the workspace holds it.
    static func published(_ group: Group.ID, in folder: String) throws -> (Scenario, Plan) {
        let store = try WorkspaceOption.checked { try Workspace.open(in: folder) }
        let (stored, publications) = try WorkspaceOption.checked {
            try store.read { reader in (try reader.scenario(of: group), try reader.publications(of: group)) }
        }
        guard let stored, !publications.isEmpty else {
            Terminal.error("\(store.path): error: group '\(group)' is not published there; run `entraide publish`.")
            throw ExitCode(ExitStatus.invalidInput)
        }
        let sessions = publications.filter { !$0.isCancelled }.compactMap { publication -> PlannedSession? in
            guard let slot = stored.candidates.first(where: { $0.id == publication.slot }) else { return nil }
            let live = publication.recipients.filter { !$0.value.isCancelled && $0.value.reply != .declined }
            let yes = live.filter { $0.value.reply != .tentative }.keys.sorted()
            let ifNeedBe = live.filter { $0.value.reply == .tentative }.keys.sorted()
            let cannot = stored.participants.map(\.id).filter { live[$0] == nil }.sorted()
            return PlannedSession(slot: slot, yes: yes, ifNeedBe: ifNeedBe, cannot: cannot)
        }
        return (stored, Plan(sessions: sessions))
    }
}

/// `--privacy` and `--now`, shared by `plan` and `sheets`.
struct SheetOptions: ParsableArguments {
    @Option(
        name: .customLong("privacy"),
        help: "Names on the attendance sheets: full, or first name and initial (initials)."
    )
    var privacyOption: PrivacyOption = .full

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The time written as DTSTAMP and as the PDFs' creation date, ISO 8601 (2027-01-05T09:00:00Z). "
                + "Default: now.",
            valueName: "datetime"
        )
    )
    var now: String?

    func validate() throws {
        if let now, PlanCommand.parseInstant(now) == nil {
            throw ValidationError("--now '\(now)' is not an ISO 8601 date-time such as 2027-01-05T09:00:00Z.")
        }
    }

    /// `--privacy` for the sheets.
    var privacy: NamePrivacy { privacyOption.namePrivacy }

    /// `--now` in seconds since 1970, or the real clock.
    var stamp: Int64 { now.flatMap(PlanCommand.parseInstant) ?? Int64(Date().timeIntervalSince1970) }
}

/// `--privacy`: the names printed on the attendance sheets.
enum PrivacyOption: String, ExpressibleByArgument, CaseIterable {
    case full, initials

    /// The sheets' setting.
    var namePrivacy: NamePrivacy { self == .full ? .full : .initials }
}
