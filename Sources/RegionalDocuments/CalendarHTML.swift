internal import Phrasebook
internal import PlanDocuments
public import PlanningDomain

/// `calendar.html`: the year at a glance for the coordinator, one self-contained page with no script.
///
/// Month grids with every session and run (coloured by facilitator, with a legend; a group's session filled, a
/// workshop's run outlined with ◆), each facilitator's sessions per week against their weekly limit, each
/// workshop's fill (enrolled / capacity, waiting), what could not be placed with the named rule that stopped it,
/// the moves of published sessions and the objective term by term with its bound. Prints on A4 landscape.
/// People appear by id only; the page names staff, rooms, groups and workshops. Its words are the centre's
/// language (the `calendarPage.*` keys of `Resources/Strings`); rules and terms are named in that language with
/// their catalogue id, and the engine's explanations and the terms' definitions are worded from the `regional.*`
/// keys of `Resources/Messages`.
public struct CalendarHTML: Sendable {
    /// The problem planned.
    public let problem: RegionalProblem
    let palette: CalendarPalette
    /// The centre's wording.
    let wording: Wording

    /// The page writer of a problem, in `language` (by default the centre's).
    public init(problem: RegionalProblem, language: Language? = nil) {
        self.problem = problem
        palette = CalendarPalette(facilitators: problem.centre.facilitators.map(\.id))
        wording = Wording(language ?? problem.centre.organisation.language)
    }

    /// `phrase` in the page's language.
    func say(_ phrase: Phrase) -> String { phrase.text(in: wording.language) }

    /// The page's words: `calendarPage.<key>` in the centre's language.
    func say(_ key: String, _ values: [String: String] = [:]) -> String {
        wording.text("calendarPage.\(key)", values)
    }

    /// The name of a month, capitalised: « Mars », "März".
    func monthName(_ month: Int) -> String {
        let name = wording.month(month)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// The page of a calendar; `isValid` is the independent checker's verdict.
    public func render(_ plan: RegionalPlan, isValid: Bool) -> String {
        let entries = CalendarEntry.entries(of: plan)
        var body = header(plan) + summary(plan, isValid: isValid) + legend(entries) + months(entries)
        body += loads(plan) + workshops(plan) + unplaced(plan) + moves(plan) + objective(plan)
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"\(wording.language.code)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            Markup.text(
                "title",
                [],
                say("title", ["year": String(problem.year), "organisation": problem.centre.organisation.name])
            ),
            "<style>",
            CalendarStyle.css,
            CalendarPalette.css,
            "</style>",
            "</head>",
            "<body>",
        ]
        let footer = Markup.text("footer", [], say("footer", ["organisation": problem.centre.organisation.name]))
        return (head + body + [footer, "</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    // MARK: - Header and summary

    private func header(_ plan: RegionalPlan) -> [String] {
        let outcome = CalendarOutcome(plan: plan)
        return [
            "<header>",
            Markup.text("p", [("class", "overline")], problem.centre.organisation.name),
            Markup.text("h1", [], say("heading", ["year": String(problem.year)])),
            Markup.text(
                "p",
                [("class", "facts")],
                say(
                    "facts",
                    [
                        "groups": String(outcome.groups), "workshops": String(problem.workshops.count),
                        "wishes": String(problem.interests.count),
                        "facilitators": String(problem.centre.facilitators.count),
                        "rooms": String(problem.centre.venues.count),
                    ]
                )
            ),
            "</header>",
        ]
    }

    private func summary(_ plan: RegionalPlan, isValid: Bool) -> [String] {
        let outcome = CalendarOutcome(plan: plan)
        let waiting = plan.waitingLists.reduce(0) { $0 + $1.entries.count }
        let gap = plan.gap
        let tiles: [(String, String, String?)] = [
            ("\(outcome.groupsPlaced) / \(outcome.groups)", say("tile.groups"), nil),
            ("\(outcome.runsHeld)", say("tile.runs"), nil),
            ("\(outcome.enrolments)", say("tile.enrolled"), nil),
            ("\(waiting)", say("tile.waiting"), nil),
            (
                gap == nil ? say("tile.optimal") : say("tile.gap"),
                gap.map { say("tile.firstShort", ["gap": say($0.phrase)]) } ?? say("tile.everyBound"),
                gap == nil ? "ok" : "short"
            ),
            (isValid ? say("tile.valid") : say("tile.invalid"), say("tile.check"), isValid ? "ok" : "short"),
        ]
        return [
            "<section aria-labelledby=\"summary\">",
            Markup.text("h2", [("id", "summary")], say("summary")),
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
                Markup.text("span", [("class", "chip g")], say("legend.groupChip"))
                    + Markup.escape(" " + say("legend.groupSession"))
            ),
            Markup.element(
                "li",
                [],
                Markup.text("span", [("class", "chip w")], "◆ " + say("kind.workshop"))
                    + Markup.escape(" " + say("legend.workshopRun"))
            ),
            Markup.element(
                "li",
                [],
                "<span class=\"sw\" style=\"background: repeating-linear-gradient(135deg, #d6dbe1 0 3px, #fff 3px 6px); "
                    + "border: 1px solid #d6dbe1\"></span>" + Markup.escape(say("legend.closed"))
            ),
        ]
        return [
            "<section aria-labelledby=\"legend\">",
            Markup.text("h2", [("id", "legend")], say("legend")),
            "<ul class=\"legend\">",
        ] + items + kinds + ["</ul>", "</section>"]
    }
}
