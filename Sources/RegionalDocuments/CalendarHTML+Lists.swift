import Foundation
import Phrasebook
import PlanningDomain

/// The workshops' fill, what could not be placed, the moves of published sessions, and the objective.
extension CalendarHTML {
    func workshops(_ plan: RegionalPlan) -> [String] {
        guard !problem.workshops.isEmpty else { return [] }
        var rows: [String] = []
        for workshop in problem.workshops {
            let title = workshop.title(in: problem.centre.organisation.language)
            let waiting = plan.waitingLists.first { $0.workshop == workshop.id }?.entries.count ?? 0
            let runs = plan.runs(of: workshop.id)
            if runs.isEmpty {
                rows.append(
                    "<tr>" + Markup.text("th", [("scope", "row")], title)
                        + Markup.text("td", [], say("workshops.noRun"))
                        + "<td></td><td></td><td></td>" + Markup.text("td", [("class", "num")], String(waiting))
                        + "</tr>"
                )
            }
            for (index, run) in runs.enumerated() {
                let room = problem.centre.venue(run.slot.venue)?.name ?? run.slot.venue.rawValue
                let staff = run.facilitators.map { problem.centre.facilitator($0)?.name ?? $0.rawValue }
                let share = min(100, run.enrolled.count * 100 / max(workshop.maximumParticipants, 1))
                let minimum = workshop.minimumParticipants * 100 / max(workshop.maximumParticipants, 1)
                let bar =
                    "<span class=\"fill\" aria-hidden=\"true\"><span style=\"width: \(share)%\"></span>"
                    + "<i style=\"left: \(minimum)%\"></i></span>"
                rows.append(
                    "<tr>" + Markup.text("th", [("scope", "row")], index == 0 ? title : "")
                        + Markup.text(
                            "td",
                            [],
                            CalendarReportText.time(run.slot.start, in: wording) + "–\(run.slot.end.time)"
                        )
                        + Markup.text("td", [], room) + Markup.text("td", [], staff.joined(separator: ", "))
                        + Markup.element(
                            "td",
                            [],
                            bar
                                + Markup.escape(
                                    say(
                                        "workshops.fill",
                                        [
                                            "enrolled": String(run.enrolled.count),
                                            "maximum": String(workshop.maximumParticipants),
                                            "minimum": String(workshop.minimumParticipants),
                                        ]
                                    )
                                )
                        )
                        + Markup.text("td", [("class", "num")], index == 0 ? String(waiting) : "") + "</tr>"
                )
            }
        }
        return [
            "<section aria-labelledby=\"workshops\">",
            Markup.text("h2", [("id", "workshops")], say("workshops")),
            "<table class=\"list\">",
            "<thead><tr>"
                + ["workshop", "run", "room", "facilitators", "enrolled", "waiting"].map {
                    Markup.text("th", [("scope", "col")], say("workshops.column.\($0)"))
                }.joined() + "</tr></thead>",
            "<tbody>",
        ] + rows + ["</tbody>", "</table>", "</section>"]
    }

    func unplaced(_ plan: RegionalPlan) -> [String] {
        var items: [String] = []
        for outcome in plan.groups where outcome.plan == nil {
            let breach = outcome.blocker
            items.append(
                Markup.element(
                    "li",
                    [],
                    Markup.escape(say("unplaced.group", ["group": outcome.group.rawValue]) + " ")
                        + (breach.map(cited) ?? Markup.escape(say("unplaced.noPlan")))
                )
            )
        }
        for unheld in plan.unheldRuns {
            items.append(
                Markup.element(
                    "li",
                    [],
                    Markup.escape(
                        say("unplaced.workshop", ["workshop": unheld.workshop.rawValue, "count": String(unheld.count)])
                            + " "
                    )
                        + cited(unheld.blocker)
                )
            )
        }
        return [
            "<section aria-labelledby=\"unplaced\">",
            Markup.text("h2", [("id", "unplaced")], say("unplaced")),
        ]
            + (items.isEmpty
                ? [Markup.text("p", [], say("unplaced.none"))]
                : ["<ul class=\"reasons\">"] + items + ["</ul>"]) + ["</section>"]
    }

    func moves(_ plan: RegionalPlan) -> [String] {
        guard !plan.moves.isEmpty else { return [] }
        let items = plan.moves.map { move -> String in
            let what: String
            switch move.subject {
            case .groupSession(let group, let kind, let from, let to):
                what = "\(group) \(kindLabel(kind)): \(from) → \(to?.rawValue ?? say("moves.cancelled")) — "
            case .run(let workshop, let from, let to):
                what =
                    "\(say("kind.workshop")) \(workshop): \(from) → \(to?.rawValue ?? say("moves.cancelled")) — "
            }
            return Markup.element(
                "li",
                [],
                Markup.escape(what) + cited(move.reason)
            )
        }
        return [
            "<section aria-labelledby=\"moves\">",
            Markup.text("h2", [("id", "moves")], say("moves")),
            "<ul class=\"reasons\">",
        ] + items + ["</ul>", "</section>"]
    }

    func objective(_ plan: RegionalPlan) -> [String] {
        let rows = ObjectiveTerm.allCases.enumerated().map { index, term in
            let short = plan.gap?.term == term
            return "<tr>" + Markup.text("td", [("class", "num")], String(index + 1))
                + Markup.element(
                    "th",
                    [("scope", "row")],
                    Markup.escape(say(.capitalized(term.phrase))) + " " + Markup.text("code", [], term.name)
                )
                + Markup.text("td", [], term.isMaximised ? say("objective.max") : say("objective.min"))
                + Markup.text("td", [("class", "num")], String(plan.objective[term]))
                + Markup.text("td", [("class", "num")], String(plan.bound[term]) + (short ? " ◀" : ""))
                + Markup.text("td", [], say(term.definitionPhrase)) + "</tr>"
        }
        let headings = ["#"] + ["term", "sense", "value", "bound", "definition"].map { say("objective.column.\($0)") }
        return [
            "<section aria-labelledby=\"objective\">",
            Markup.text("h2", [("id", "objective")], say("objective")),
            Markup.text("p", [], say("objective.text")),
            "<table class=\"list\">",
            "<thead><tr>" + headings.map { Markup.text("th", [("scope", "col")], $0) }.joined() + "</tr></thead>",
            "<tbody>",
        ] + rows + ["</tbody>", "</table>", "</section>"]
    }

    /// « <strong>limite hebdomadaire</strong> <code>weekly-limit</code> : sophie anime déjà … »: the rule's name
    /// in the page's language, its catalogue id, and what breaks it.
    private func cited(_ breach: RuleBreach) -> String {
        let marker = "\u{1}"
        let text = say(
            Phrase(
                "regional.cited",
                ["rule": .verbatim(marker + "r"), "name": .verbatim(marker + "n"), "detail": breach.detail.phrase]
            )
        )
        return Markup.escape(text)
            .replacingOccurrences(of: marker + "r", with: Markup.text("strong", [], say(breach.rule.phrase)))
            .replacingOccurrences(of: marker + "n", with: Markup.text("code", [], breach.rule.name))
    }
}
