import ArgumentParser
import AvailabilityImport
import Calendaring
import Foundation
import PlanDocuments
import PlanningDomain
import PlanningEngine

/// `entraide plan SCENARIO --out DIR`: plans, explains, and writes plan.json and the calendars.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a group's sessions, explain the choice and write plan.json and the iCalendar files.",
        discussion: """
            Writes DIR/plan.json, DIR/calendar.ics (for publication, without any participant), \
            DIR/invites/<participant>.ics (one invitation per participant who can attend a planned session) and \
            DIR/facilitators/<facilitator>.ics. Everything is written to a temporary folder first and moved \
            into place when complete. When no plan is feasible, the reasons are printed, DIR holds only \
            plan.json with them (an earlier plan's files are removed) and the exit status is 3.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The time written as DTSTAMP, ISO 8601 (2027-01-05T09:00:00Z or with an offset). Default: now.",
            valueName: "datetime"
        )
    )
    var now: String?

    @Option(name: .long, help: "What to print: the explanation as text, or the plan as JSON.")
    var format: OutputFormat = .text

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws {
        if let now, Self.parseInstant(now) == nil {
            throw ValidationError("--now '\(now)' is not an ISO 8601 date-time such as 2027-01-05T09:00:00Z.")
        }
    }

    func run() throws {
        let loaded = try input.load()
        let scenario = loaded.scenario
        let stamp = now.flatMap(Self.parseInstant) ?? Int64(Date().timeIntervalSince1970)
        let explanation = ExplanationText(scenario: scenario, importReport: loaded.report)
        let json = PlanJSON(scenario: scenario)

        switch Planner(scenario: scenario).plan() {
        case .infeasible(let infeasibility):
            let document = PlanJSON.bytes(
                json.document(for: infeasibility, reasons: explanation.sentences(infeasibility))
            )
            // The folder then holds only this plan.json: invitations of an earlier plan must not linger
            // beside a run that found none.
            try write(["plan.json": document])
            Terminal.output(
                format == .json ? String(decoding: document, as: UTF8.self) : explanation.render(infeasibility)
            )
            throw ExitCode(ExitStatus.infeasible)
        case .planned(let result):
            let document = PlanJSON.bytes(json.document(for: result))
            let files = try Self.files(for: result, scenario: scenario, stamp: stamp, planJSON: document)
            try write(files)
            Terminal.output(format == .json ? String(decoding: document, as: UTF8.self) : explanation.render(result))
        }
    }

    /// Writes the output folder whole, or exits: 2 when the folder is not ours to replace, 1 otherwise.
    func write(_ files: [String: [UInt8]]) throws {
        do {
            try OutputFolder(path: out).write(files)
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        }
    }

    /// Every file of the output folder, by relative path.
    static func files(
        for result: PlanningResult,
        scenario: Scenario,
        stamp: Int64,
        planJSON: [UInt8]
    ) throws -> [String: [UInt8]] {
        let calendars = PlanCalendars(scenario: scenario, stamp: stamp)
        var files = ["plan.json": planJSON]
        do {
            files["calendar.ics"] = try ICSWriter.bytes(for: calendars.published(result.plan))
            for participant in scenario.participants {
                if let invitation = calendars.invitation(for: participant, plan: result.plan) {
                    files["invites/\(participant.id.rawValue).ics"] = try ICSWriter.bytes(for: invitation)
                }
            }
            for facilitator in scenario.facilitators {
                if let calendar = calendars.calendar(for: facilitator, plan: result.plan) {
                    files["facilitators/\(facilitator.id.rawValue).ics"] = try ICSWriter.bytes(for: calendar)
                }
            }
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(ExitStatus.failure)
        }
        return files
    }

    /// Seconds since 1970 UTC of an ISO 8601 date-time with `Z` or an offset.
    static func parseInstant(_ text: String) -> Int64? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return Int64(date.timeIntervalSince1970) }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text).map { Int64($0.timeIntervalSince1970) }
    }
}
