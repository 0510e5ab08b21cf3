internal import Phrasebook
internal import PlanDocuments
public import PlanningDomain

/// The coordinator's calendar as a text report: what was placed, the objective term by term with its bound and
/// gap, what could not be placed and the rule that stopped it, the moves of published sessions, the waiting
/// lists and each facilitator's peak load against their limits.
///
/// Every rule and term is cited by its name in the reader's language and its catalogue id (« limite
/// hebdomadaire (weekly-limit) : sophie anime déjà 3 séances la semaine 2027-W11, limite 2 »); people appear by id
/// only. The frame is worded from the `calendarReport.*` keys of `Resources/Strings`, the rules, terms and
/// explanations from the `regional.*` keys of `Resources/Messages` (fr, de, it, en); the independent checker's
/// findings stay as it wrote them.
public struct CalendarReportText: Sendable {
    /// The problem planned.
    public let problem: RegionalProblem
    /// The reader's wording.
    private let wording: Wording

    /// The report writer of a problem, in `language` (by default the centre's).
    public init(problem: RegionalProblem, language: Language? = nil) {
        self.problem = problem
        self.wording = Wording(language ?? problem.centre.organisation.language)
    }

    /// `phrase` in the report's language.
    private func say(_ phrase: Phrase) -> String { phrase.text(in: wording.language) }

    /// The report; `violations` are the independent checker's findings (none for a calendar of the optimiser).
    public func render(_ plan: RegionalPlan, seed: UInt64, violations: [RuleBreach]) -> String {
        var lines: [String] = []
        let outcome = CalendarOutcome(plan: plan)
        lines.append(
            wording.text(
                "calendarReport.title",
                ["year": String(problem.year), "organisation": problem.centre.organisation.name]
            )
        )
        lines.append(
            wording.text(
                "calendarReport.counts",
                [
                    "placed": String(outcome.groupsPlaced), "groups": String(outcome.groups),
                    "runs": String(outcome.runsHeld), "enrolments": String(outcome.enrolments),
                ]
            )
        )
        let stats = plan.statistics
        let verdict =
            plan.gap.map { wording.text("calendarReport.gap", ["gap": say($0.phrase)]) }
            ?? wording.text("calendarReport.optimal")
        lines.append(
            wording.text(
                "calendarReport.search",
                [
                    "seed": String(seed), "iterations": String(stats.iterations),
                    "improvements": String(stats.improvements),
                    "stop": say(Phrase("regional.stop.\(stats.stop.rawValue)")), "verdict": verdict,
                ]
            )
        )
        lines.append(
            violations.isEmpty
                ? wording.text("calendarReport.check.valid", ["rules": String(RegionalRule.allCases.count)])
                : wording.text("calendarReport.check.breaches", ["count": String(violations.count)])
        )
        lines += [""] + objective(plan)
        lines += [""] + groups(plan)
        lines += [""] + workshops(plan)
        let notPlaced = unplaced(plan)
        if !notPlaced.isEmpty { lines += ["", wording.text("calendarReport.notPlaced")] + notPlaced }
        if !plan.moves.isEmpty { lines += ["", wording.text("calendarReport.moves")] + plan.moves.map(move) }
        lines += [""] + loads(plan)
        if !violations.isEmpty {
            lines += ["", wording.text("calendarReport.breaches")] + violations.map { "  " + say($0.phrase) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Parts

    private func objective(_ plan: RegionalPlan) -> [String] {
        var lines = [wording.text("calendarReport.objective")]
        let labels = ObjectiveTerm.allCases.map { "\(say($0.phrase)) (\($0.name))" }
        let width = labels.map(\.count).max() ?? 0
        for (index, term) in ObjectiveTerm.allCases.enumerated() {
            let name = Self.padded(labels[index], width)
            let sense = term.isMaximised ? "max" : "min"
            let mark = plan.gap?.term == term ? "   " + wording.text("calendarReport.gapMark") : ""
            lines.append(
                "  \(Self.pad(index + 1, 2)). \(name) (\(sense)) \(Self.pad(plan.objective[term], 10)) "
                    + "\(wording.text("calendarReport.bound")) \(Self.pad(plan.bound[term], 10))\(mark)"
            )
        }
        return lines
    }

    private func groups(_ plan: RegionalPlan) -> [String] {
        var lines = [wording.text("calendarReport.groups")]
        for (group, outcome) in zip(problem.groups, plan.groups) {
            guard let placed = outcome.plan else {
                lines.append(
                    "  "
                        + wording.text(
                            "calendarReport.group.notPlaced",
                            ["group": "\(group.id)", "stage": stage(group.stage)]
                        )
                )
                continue
            }
            lines.append(
                "  " + wording.text("calendarReport.group", ["group": "\(group.id)", "stage": stage(group.stage)])
            )
            let kinds = placed.sessions.map { say(BreachDetail.kind($0.kind).phrase) }
            let kindWidth = kinds.map(\.count).max() ?? 0
            for (index, session) in placed.sessions.enumerated() {
                let pin =
                    group.published[session.kind].map {
                        wording.text($0 == session.slot.id ? "calendarReport.published" : "calendarReport.moved")
                    } ?? ""
                lines.append(
                    "    \(Self.padded(kinds[index], kindWidth)) "
                        + "\(when(session.slot.start))–\(session.slot.end.time) \(session.slot.venue), "
                        + "\(session.slot.facilitator); "
                        + wording.text("calendarReport.canCome", ["count": String(session.canAttend.count)]) + pin
                )
            }
        }
        return lines
    }

    private func workshops(_ plan: RegionalPlan) -> [String] {
        var lines = [wording.text("calendarReport.workshops")]
        if problem.workshops.isEmpty { lines.append("  " + wording.text("calendarReport.noWorkshop")) }
        for workshop in problem.workshops {
            let runs = plan.runs(of: workshop.id)
            let waiting = plan.waitingLists.first { $0.workshop == workshop.id }?.entries.count ?? 0
            lines.append(
                "  "
                    + wording.text(
                        "calendarReport.workshop",
                        [
                            "workshop": "\(workshop.id)", "held": String(runs.count), "runs": String(workshop.runs),
                            "waiting": String(waiting),
                        ]
                    )
            )
            for run in runs {
                lines.append(
                    "    \(when(run.slot.start))–\(run.slot.end.time) \(run.slot.venue), "
                        + "\(run.facilitators.map(\.rawValue).joined(separator: " + ")): "
                        + wording.text(
                            "calendarReport.fill",
                            [
                                "enrolled": String(run.enrolled.count),
                                "maximum": String(workshop.maximumParticipants),
                                "minimum": String(workshop.minimumParticipants),
                            ]
                        )
                )
            }
            if let list = plan.waitingLists.first(where: { $0.workshop == workshop.id }) {
                let shown = list.entries.prefix(10).map {
                    "\($0.rank). \($0.person) (\(say(Phrase("regional.waiting.\($0.reason.rawValue)"))))"
                }
                lines.append(
                    "    " + wording.text("calendarReport.waiting") + " " + shown.joined(separator: ", ")
                        + (list.entries.count > 10
                            ? " " + wording.text("calendarReport.waitingMore", ["count": String(list.entries.count)])
                            : "")
                )
            }
        }
        return lines
    }

    private func unplaced(_ plan: RegionalPlan) -> [String] {
        var lines: [String] = []
        for outcome in plan.groups where outcome.plan == nil {
            lines.append(
                "  "
                    + wording.text(
                        "calendarReport.unplacedGroup",
                        [
                            "group": "\(outcome.group)",
                            "blocker": outcome.blocker.map { say($0.phrase) } ?? wording.text("calendarReport.noPlan"),
                        ]
                    )
            )
        }
        for unheld in plan.unheldRuns {
            lines.append(
                "  "
                    + wording.text(
                        "calendarReport.unheld",
                        [
                            "workshop": "\(unheld.workshop)", "count": String(unheld.count),
                            "blocker": say(unheld.blocker.phrase),
                        ]
                    )
            )
        }
        return lines
    }

    private func move(_ move: SessionMove) -> String {
        let cancelled = wording.text("calendarReport.cancelled")
        switch move.subject {
        case .groupSession(let group, let kind, let from, let to):
            let session = say(BreachDetail.kind(kind).phrase)
            return "  \(group) \(session): \(from) → \(to?.rawValue ?? cancelled) — \(say(move.reason.phrase))"
        case .run(let workshop, let from, let to):
            let name = wording.text("calendarReport.workshopNamed", ["workshop": "\(workshop)"])
            return "  \(name): \(from) → \(to?.rawValue ?? cancelled) — \(say(move.reason.phrase))"
        }
    }

    private func loads(_ plan: RegionalPlan) -> [String] {
        var lines = [wording.text("calendarReport.loads")]
        for load in plan.loads {
            let peak = load.weeks.map(\.sessions).max() ?? 0
            let weeks = load.weeks.filter { $0.sessions == peak && peak > 0 }.map(\.week.description)
            let total = load.weeks.reduce(0) { $0 + $1.sessions }
            let limits =
                [
                    load.weeklyLimit.map { wording.text("calendarReport.perWeek", ["count": String($0)]) },
                    load.monthlyLimit.map { wording.text("calendarReport.perMonth", ["count": String($0)]) },
                ].compactMap(\.self)
            let peakWeeks =
                weeks.isEmpty
                ? ""
                : " " + wording.text("calendarReport.inWeeks", ["weeks": weeks.prefix(4).joined(separator: ", ")])
                    + (weeks.count > 4 ? " …" : "")
            lines.append(
                "  "
                    + wording.text(
                        "calendarReport.load",
                        [
                            "facilitator": "\(load.facilitator)", "total": String(total), "peak": String(peak),
                            "weeks": peakWeeks,
                            "limits": limits.isEmpty
                                ? wording.text("calendarReport.noLimit") : limits.joined(separator: ", "),
                        ]
                    )
            )
        }
        return lines
    }

    // MARK: - Formatting

    /// « en fondation », « bilan à faire ».
    private func stage(_ stage: GroupStage) -> String { say(Phrase("regional.stage.\(stage.rawValue)")) }

    /// `2027-03-06 (sam) 09:30`: the weekday's first three letters in the centre's language.
    func when(_ time: LocalDateTime) -> String {
        "\(time.date) (\(wording.weekday(of: time.date).prefix(3))) \(time.time)"
    }

    /// `2027-03-10 (me) 18:30`: the date, the weekday's short name in `wording`'s language, the time.
    static func time(_ time: LocalDateTime, in wording: Wording) -> String {
        let days = wording.text("calendarPage.weekdays").split(separator: " ")
        let day = days.count == 7 ? String(days[(time.date.weekday - 1) % 7]) : ""
        return "\(time.date) (\(day)) \(time.time)"
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
