import ArgumentParser
import AvailabilityImport
import Calendaring
import Foundation
import PlanDocuments
import PlanningDomain
import PlanningInput
import Publication
import WorkspaceStore

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
            DIR/<participant>.ics (METHOD:REQUEST, one attendee each) and DIR/calendar.ics (the staff's copy, \
            METHOD:PUBLISH, nobody named).
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
        help: ArgumentHelp("The time written as DTSTAMP, ISO 8601. Default: now.", valueName: "datetime")
    )
    var now: String?

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

    func run() throws {
        let (scenario, publications) = try workspace.group(group)
        guard let founding2 = publications.first(where: { $0.kind == .founding2 && !$0.isCancelled }) else {
            Terminal.error("error: group '\(group)' has no published founding 2; publish the plan first.")
            throw ExitCode(ExitStatus.invalidInput)
        }
        let parsed: Rhythm
        do {
            parsed = try Rhythm.parse(rhythm, from: founding2.start.date.adding(days: 1))
        } catch {
            Terminal.error(error.description)
            throw ExitCode(ExitStatus.invalidInput)
        }
        let members = scenario.participants.filter { participant in
            guard let copy = founding2.recipients[participant.id] else { return false }
            return !copy.isCancelled && copy.reply != .declined
        }
        guard !members.isEmpty else {
            Terminal.error("error: nobody holds the founding 2 invitation of '\(group)' without declining it.")
            throw ExitCode(ExitStatus.invalidInput)
        }
        let holidays = try holidays(of: scenario, during: parsed)
        let stamp = now.flatMap(PlanCommand.parseInstant) ?? Int64(Date().timeIntervalSince1970)
        var files: [String: [UInt8]] = [:]
        do {
            let documents = HandoverInvites.documents(
                scenario: scenario,
                rhythm: parsed,
                holidays: holidays,
                members: members,
                stamp: stamp,
                venue: founding2.venue
            )
            for (member, document) in documents {
                files["\(member.rawValue).ics"] = try ICSWriter.bytes(for: document)
            }
            // The staff's copy: the same recurring event, published, nobody named (RFC 5546 §3.2.1).
            if var staff = documents.first?.1 {
                staff.method = .publish
                staff.events = staff.events.map { event in
                    var event = event
                    event.attendees = []
                    event.reminder = nil
                    return event
                }
                files["calendar.ics"] = try ICSWriter.bytes(for: staff)
            }
            try OutputFolder(path: out, marker: "calendar.ics").write(files)
        } catch let error as OutputFolder.Failure {
            Terminal.error("error: \(error.description)")
            throw ExitCode(error.isUsageError ? ExitStatus.invalidInput : ExitStatus.failure)
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(ExitStatus.failure)
        }
        let skipped = HandoverInvites.cancelledDates(of: parsed, holidays: holidays)
        Terminal.output(
            "Wrote \(members.count) invitation(s) and the staff copy to \(out): '\(rhythm)' for \(members.map(\.id.rawValue).joined(separator: ", "))"
                + (skipped.isEmpty ? ".\n" : "; no meeting on \(skipped.map(\.description).joined(separator: ", ")).\n")
        )
    }

    /// The days without a meeting: the closures the workspace knows, and the canton's public holidays in every
    /// year the rhythm runs (the shipped years, 2026–2030).
    private func holidays(of scenario: Scenario, during rhythm: Rhythm) throws -> [LocalDate] {
        var days = Set(
            scenario.closures.flatMap { closure in
                (closure.from.dayNumber...closure.to.dayNumber).map(LocalDate.init(dayNumber:))
            }
        )
        let shipped = HolidayCatalogue.years
        let lower = max(rhythm.firstDate.year, shipped.lowerBound)
        let upper = min((rhythm.until ?? rhythm.firstDate.adding(days: 366)).year, shipped.upperBound)
        if lower <= upper, let canton = Canton(code: canton.uppercased()), let catalogue = HolidayCatalogue.bundled {
            do {
                days.formUnion(try catalogue.closures(of: canton, years: lower...upper).map(\.date))
            } catch {
                Terminal.error("error: \(error.rendered)")
                throw ExitCode(ExitStatus.failure)
            }
        }
        return days.sorted()
    }
}
