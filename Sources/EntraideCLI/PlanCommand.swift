import ArgumentParser
import AvailabilityImport
import Calendaring
import Foundation
import PlanDocuments
import PlanReport
import PlanningDomain
import PlanningEngine

/// `entraide plan SCENARIO --out DIR`: plans, explains, and writes plan.json and the calendars.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a group's sessions, explain the choice, write the plan, invitations and sheets.",
        discussion: """
            Writes DIR/plan.json, DIR/plan.html (the report to look at: sessions, who can come when, \
            alternatives), DIR/calendar.ics (for publication, without any participant), \
            DIR/invites/<participant>.ics (one invitation per participant who can attend a planned session), \
            DIR/facilitators/<facilitator>.ics and DIR/sheets/<session>.pdf and .csv (attendance sheets). \
            Everything is written to a temporary folder first and moved into place when complete. When no plan \
            is feasible, the reasons are printed, DIR holds only plan.json and plan.html with them (an earlier \
            plan's files are removed) and the exit status is 3.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String

    @OptionGroup var options: SheetOptions

    @Option(name: .long, help: "What to print: the explanation as text, or the plan as JSON.")
    var format: OutputFormat = .text

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func validate() throws { try options.validate() }

    func run() throws {
        let loaded = try input.load()
        let scenario = loaded.scenario
        let stamp = options.stamp
        let report = PlanReportHTML(scenario: scenario, importReport: loaded.report)
        let explanation = ExplanationText(scenario: scenario, importReport: loaded.report)
        let json = PlanJSON(scenario: scenario)

        switch Planner(scenario: scenario).plan() {
        case .infeasible(let infeasibility):
            let document = PlanJSON.bytes(
                json.document(for: infeasibility, reasons: explanation.sentences(infeasibility))
            )
            // The folder then holds only this plan.json: invitations of an earlier plan must not linger
            // beside a run that found none.
            try write(["plan.json": document, "plan.html": Array(report.render(infeasibility).utf8)])
            Terminal.output(
                format == .json ? String(decoding: document, as: UTF8.self) : explanation.render(infeasibility)
            )
            throw ExitCode(ExitStatus.infeasible)
        case .planned(let result):
            let document = PlanJSON.bytes(json.document(for: result))
            var files = try Self.files(for: result, scenario: scenario, stamp: stamp, planJSON: document)
            files["plan.html"] = Array(report.render(result).utf8)
            files.merge(
                try SheetFiles.files(
                    for: result.plan,
                    scenario: scenario,
                    privacy: options.privacy,
                    creationDate: SheetFiles.creationDate(stamp)
                )
            ) { first, _ in first }
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
