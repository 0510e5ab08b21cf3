import Foundation
import PlanningDomain

/// A benchmark scenario written as a scenario file, so that `entraide plan` can be timed on the same instance.
///
/// Facilitators' busy candidates and booked rooms come from calendars in a real scenario file; here those
/// candidates are left out instead (no plan could use them), and `canton: none` keeps public holidays out, so
/// the planner sees the instance the in-process benchmark plans, minus those candidates.
enum ScenarioYAML {
    /// The scenario file's text.
    static func text(of scenario: Scenario) -> String {
        let organisation = scenario.organisation
        let group = scenario.group
        var lines = [
            "# Written by entraide-bench from a seeded benchmark scenario.",
            "organisation:",
            "  name: \(quoted(organisation.name))",
            "  time-zone: \(organisation.timeZone)",
            "  language: \(organisation.language.code)",
            "  canton: none",
            "  organiser: {name: \(quoted(organisation.organiser.name)), email: \(organisation.organiser.email)}",
            "  uid-domain: \(organisation.uidDomain)",
            "group:",
            "  id: \(group.id.rawValue)",
            "  title: \(quoted(group.title))",
            "  theme: \(quoted(group.theme))",
            "  type: talking-group",
            "  region: \(quoted(group.region))",
            "  quorum: \(group.quorum)",
            "  maximum-size: \(group.maximumSize)",
        ]
        if let initiator = group.initiator { lines.append("  initiator: \(initiator.rawValue)") }
        lines += [
            "rules:",
            "  initiator-must-attend: \(scenario.rules.initiatorMustAttend)",
            "  quorum-applies-to: \(scenario.rules.quorumScope.rawValue)",
            "facilitators:",
        ]
        for facilitator in scenario.facilitators {
            let away = facilitator.awayDates.sorted().map(\.description).joined(separator: ", ")
            lines.append(
                "  - {id: \(facilitator.id.rawValue), name: \(quoted(facilitator.name)), email: \(facilitator.email)"
                    + (away.isEmpty ? "" : ", away: [\(away)]") + "}"
            )
        }
        lines.append("venues:")
        for venue in scenario.venues {
            lines.append(
                "  - {id: \(venue.id.rawValue), name: \(quoted(venue.name)), address: \(quoted(venue.address)), "
                    + "capacity: \(venue.capacity), step-free: \(venue.hasStepFreeAccess)}"
            )
        }
        lines.append("sessions:")
        for rule in scenario.sessionRules {
            let gap = rule.daysAfterPrevious.map {
                ", days-after-previous: {min: \($0.lowerBound), max: \($0.upperBound)}"
            }
            lines.append("  \(rule.kind.rawValue): {duration-minutes: \(rule.durationMinutes)\(gap ?? "")}")
        }
        let unusable = Set(scenario.facilitators.flatMap(\.busySlots) + scenario.venues.flatMap(\.bookedSlots))
        lines.append("candidates:")
        for kind in scenario.plannedKinds {
            lines.append("  \(kind.rawValue):")
            for slot in scenario.candidates(of: kind) where !unusable.contains(slot.id) {
                lines.append(
                    "    - {id: \(slot.id.rawValue), date: \(slot.date), start: \"\(slot.start.time)\", "
                        + "venue: \(slot.venue.rawValue), facilitator: \(slot.facilitator.rawValue), "
                        + "duration-minutes: \(slot.durationMinutes)}"
                )
            }
        }
        lines.append("participants:")
        let order = Dictionary(scenario.candidates.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for participant in scenario.participants {
            lines += [
                "  - id: \(participant.id.rawValue)",
                "    name: \(quoted(participant.name))",
                "    email: \(participant.email)",
                "    initiator: \(participant.isInitiator)",
                "    step-free: \(participant.needsStepFreeAccess)",
            ]
            let answers = participant.answers.filter { !unusable.contains($0.key) }
                .sorted { (order[$0.key] ?? 0) < (order[$1.key] ?? 0) }
                .map { "\($0.key.rawValue): \($0.value.rawValue)" }
            if !answers.isEmpty { lines.append("    answers: {\(answers.joined(separator: ", "))}") }
        }
        if !scenario.closures.isEmpty {
            lines.append("closures:")
            for closure in scenario.closures { lines.append("  - {from: \(closure.from), to: \(closure.to)}") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
