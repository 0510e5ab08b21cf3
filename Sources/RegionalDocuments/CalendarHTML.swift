public import PlanningDomain

/// `calendar.html`: the year at a glance for the coordinator, one self-contained page with no script.
///
/// Month grids with every session and run (coloured by facilitator, with a legend; a group's session filled, a
/// workshop's run outlined with ◆), each facilitator's sessions per week against their weekly limit, each
/// workshop's fill (enrolled / capacity, waiting), what could not be placed with the named rule that stopped it,
/// the moves of published sessions and the objective term by term with its bound. Prints on A4 landscape.
/// People appear by id only; the page names staff, rooms, groups and workshops.
public struct CalendarHTML: Sendable {
    /// The problem planned.
    public let problem: RegionalProblem
    let palette: CalendarPalette

    /// The page writer of a problem.
    public init(problem: RegionalProblem) {
        self.problem = problem
        palette = CalendarPalette(facilitators: problem.centre.facilitators.map(\.id))
    }

    /// The page of a calendar; `isValid` is the independent checker's verdict.
    public func render(_ plan: RegionalPlan, isValid: Bool) -> String {
        let entries = CalendarEntry.entries(of: plan)
        var body = header(plan) + summary(plan, isValid: isValid) + legend(entries) + months(entries)
        body += loads(plan) + workshops(plan) + unplaced(plan) + moves(plan) + objective(plan)
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            Markup.text("title", [], "Calendar \(problem.year) — \(problem.centre.organisation.name)"),
            "<style>",
            CalendarStyle.css,
            CalendarPalette.css,
            "</style>",
            "</head>",
            "<body>",
        ]
        let footer = Markup.text(
            "footer",
            [],
            "Written by Entraide for \(problem.centre.organisation.name). Rule and term names are those of the "
                + "README's catalogue; people appear by id only."
        )
        return (head + body + [footer, "</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    // MARK: - Header and summary

    private func header(_ plan: RegionalPlan) -> [String] {
        let outcome = CalendarOutcome(plan: plan)
        return [
            "<header>",
            Markup.text("p", [("class", "overline")], problem.centre.organisation.name),
            Markup.text("h1", [], "Calendar \(problem.year): groups and workshops"),
            Markup.text(
                "p",
                [("class", "facts")],
                "\(outcome.groups) groups, \(problem.workshops.count) workshops, \(problem.interests.count) wishes "
                    + "for a workshop, \(problem.centre.facilitators.count) facilitators, "
                    + "\(problem.centre.venues.count) rooms."
            ),
            "</header>",
        ]
    }

    private func summary(_ plan: RegionalPlan, isValid: Bool) -> [String] {
        let outcome = CalendarOutcome(plan: plan)
        let waiting = plan.waitingLists.reduce(0) { $0 + $1.entries.count }
        let gap = plan.gap
        let tiles: [(String, String, String?)] = [
            ("\(outcome.groupsPlaced) / \(outcome.groups)", "groups placed", nil),
            ("\(outcome.runsHeld)", "workshop runs held", nil),
            ("\(outcome.enrolments)", "people enrolled", nil),
            ("\(waiting)", "on a waiting list", nil),
            (
                gap == nil ? "optimal" : "gap",
                gap.map { "first short term: \($0)" } ?? "every term reaches its bound",
                gap == nil ? "ok" : "short"
            ),
            (isValid ? "valid" : "invalid", "independent check of every rule", isValid ? "ok" : "short"),
        ]
        return [
            "<section aria-labelledby=\"summary\">",
            Markup.text("h2", [("id", "summary")], "Summary"),
            "<ul class=\"tiles\">",
        ]
            + tiles.map { value, label, mark in
                Markup.element(
                    "li",
                    [],
                    Markup.text("span", [("class", mark.map { "n \($0)" } ?? "n")], value) + Markup.escape(label)
                )
            } + ["</ul>", "</section>"]
    }

    private func legend(_ entries: [CalendarEntry]) -> [String] {
        let used = Set(entries.flatMap(\.facilitators))
        let items = problem.centre.facilitators.filter { used.contains($0.id) }.map { facilitator in
            Markup.element(
                "li",
                [],
                Markup.element("span", [("class", "sw \(palette.colourClass(of: facilitator.id))")], "")
                    + Markup.escape("\(facilitator.name) (\(facilitator.id))")
            )
        }
        let kinds = [
            Markup.element(
                "li",
                [],
                Markup.text("span", [("class", "chip g")], "F1 group") + " group session (Info, F1, F2, Review)"
            ),
            Markup.element("li", [], Markup.text("span", [("class", "chip w")], "◆ Workshop") + " workshop run"),
            Markup.element(
                "li",
                [],
                "<span class=\"sw\" style=\"background: repeating-linear-gradient(135deg, #d6dbe1 0 3px, #fff 3px 6px); "
                    + "border: 1px solid #d6dbe1\"></span>centre closed"
            ),
        ]
        return [
            "<section aria-labelledby=\"legend\">",
            Markup.text("h2", [("id", "legend")], "Legend"),
            "<ul class=\"legend\">",
        ] + items + kinds + ["</ul>", "</section>"]
    }
}
