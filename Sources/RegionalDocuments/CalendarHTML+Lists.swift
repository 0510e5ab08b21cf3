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
                    "<tr>" + Markup.text("th", [("scope", "row")], title) + Markup.text("td", [], "no run held")
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
                        + Markup.text("td", [], CalendarReportText.time(run.slot.start) + "–\(run.slot.end.time)")
                        + Markup.text("td", [], room) + Markup.text("td", [], staff.joined(separator: ", "))
                        + Markup.element(
                            "td",
                            [],
                            bar
                                + Markup.escape(
                                    "\(run.enrolled.count) / \(workshop.maximumParticipants) (minimum "
                                        + "\(workshop.minimumParticipants))"
                                )
                        )
                        + Markup.text("td", [("class", "num")], index == 0 ? String(waiting) : "") + "</tr>"
                )
            }
        }
        return [
            "<section aria-labelledby=\"workshops\">",
            Markup.text("h2", [("id", "workshops")], "Workshops: enrolled / capacity, waiting"),
            "<table class=\"list\">",
            "<thead><tr>"
                + ["Workshop", "Run", "Room", "Facilitators", "Enrolled / capacity", "Waiting"].map {
                    Markup.text("th", [("scope", "col")], $0)
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
                    Markup.escape("Group \(outcome.group): ") + rule(breach?.rule.name ?? "no plan")
                        + Markup.escape(" \(breach?.explanation ?? "")")
                )
            )
        }
        for unheld in plan.unheldRuns {
            items.append(
                Markup.element(
                    "li",
                    [],
                    Markup.escape("Workshop \(unheld.workshop): \(unheld.count) run(s) not held — ")
                        + rule(unheld.blocker.rule.name) + Markup.escape(" \(unheld.blocker.explanation)")
                )
            )
        }
        return [
            "<section aria-labelledby=\"unplaced\">",
            Markup.text("h2", [("id", "unplaced")], "Not placed, and the rule that stopped it"),
        ]
            + (items.isEmpty
                ? [Markup.text("p", [], "Every group is placed and every workshop holds all its runs.")]
                : ["<ul class=\"reasons\">"] + items + ["</ul>"]) + ["</section>"]
    }

    func moves(_ plan: RegionalPlan) -> [String] {
        guard !plan.moves.isEmpty else { return [] }
        let items = plan.moves.map { move -> String in
            let what: String
            switch move.subject {
            case .groupSession(let group, let kind, let from, let to):
                what = "\(group) \(kind.rawValue): \(from) → \(to?.rawValue ?? "cancelled") — "
            case .run(let workshop, let from, let to):
                what = "workshop \(workshop): \(from) → \(to?.rawValue ?? "cancelled") — "
            }
            return Markup.element(
                "li",
                [],
                Markup.escape(what) + rule(move.reason.rule.name) + Markup.escape(" \(move.reason.explanation)")
            )
        }
        return [
            "<section aria-labelledby=\"moves\">",
            Markup.text("h2", [("id", "moves")], "Published sessions moved"),
            "<ul class=\"reasons\">",
        ] + items + ["</ul>", "</section>"]
    }

    func objective(_ plan: RegionalPlan) -> [String] {
        let rows = ObjectiveTerm.allCases.enumerated().map { index, term in
            let short = plan.gap?.term == term
            return "<tr>" + Markup.text("td", [("class", "num")], String(index + 1))
                + Markup.element("th", [("scope", "row")], rule(term.name))
                + Markup.text("td", [], term.isMaximised ? "max" : "min")
                + Markup.text("td", [("class", "num")], String(plan.objective[term]))
                + Markup.text("td", [("class", "num")], String(plan.bound[term]) + (short ? " ◀" : ""))
                + Markup.text("td", [], term.definition) + "</tr>"
        }
        return [
            "<section aria-labelledby=\"objective\">",
            Markup.text("h2", [("id", "objective")], "Objective, term by term"),
            Markup.text(
                "p",
                [],
                "Terms are compared in this order: a later term only breaks ties of the earlier ones. The bound is "
                    + "the best any calendar can reach on a term when every term before it reaches its bound (◀: the first term "
                    + "short of its bound, the gap)."
            ),
            "<table class=\"list\">",
            "<thead><tr>"
                + ["#", "Term", "Sense", "Value", "Bound", "Definition"].map {
                    Markup.text("th", [("scope", "col")], $0)
                }.joined() + "</tr></thead>",
            "<tbody>",
        ] + rows + ["</tbody>", "</table>", "</section>"]
    }

    private func rule(_ name: String) -> String { Markup.text("code", [], name) }
}
