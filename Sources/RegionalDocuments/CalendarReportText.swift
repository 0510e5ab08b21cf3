public import PlanningDomain

/// The coordinator's calendar as a text report: what was placed, the objective term by term with its bound and
/// gap, what could not be placed and the rule that stopped it, the moves of published sessions, the waiting
/// lists and each facilitator's peak load against their limits.
///
/// Every rule and term is cited by its catalogue name (`weekly-limit: sophie: 3 sessions in 2027-W11, limit 2`);
/// people appear by id only.
public struct CalendarReportText: Sendable {
    /// The problem planned.
    public let problem: RegionalProblem

    /// The report writer of a problem.
    public init(problem: RegionalProblem) { self.problem = problem }

    /// The report; `violations` are the independent checker's findings (none for a calendar of the optimiser).
    public func render(_ plan: RegionalPlan, seed: UInt64, violations: [RuleBreach]) -> String {
        var lines: [String] = []
        let outcome = CalendarOutcome(plan: plan)
        lines.append("Calendar \(problem.year) — \(problem.centre.organisation.name)")
        lines.append(
            "Groups placed: \(outcome.groupsPlaced) of \(outcome.groups); workshop runs held: \(outcome.runsHeld); "
                + "enrolments: \(outcome.enrolments)."
        )
        let stats = plan.statistics
        let verdict = plan.gap.map { "gap: \($0)" } ?? "proven optimal (every term reaches its bound)"
        lines.append(
            "Search: seed \(seed), \(stats.iterations) iterations, \(stats.improvements) improvements, stopped: "
                + "\(stats.stop.rawValue); \(verdict)."
        )
        lines.append(
            violations.isEmpty
                ? "Independent check: every hard rule holds (\(RegionalRule.allCases.count) rules), every term recomputed."
                : "Independent check: \(violations.count) breach(es) — see below."
        )
        lines += [""] + objective(plan)
        lines += [""] + groups(plan)
        lines += [""] + workshops(plan)
        let notPlaced = unplaced(plan)
        if !notPlaced.isEmpty { lines += ["", "Not placed (the rule that stopped it):"] + notPlaced }
        if !plan.moves.isEmpty { lines += ["", "Published sessions moved:"] + plan.moves.map(Self.move) }
        lines += [""] + loads(plan)
        if !violations.isEmpty { lines += ["", "Rule breaches found by the checker:"] + violations.map { "  \($0)" } }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Parts

    private func objective(_ plan: RegionalPlan) -> [String] {
        var lines = [
            "Objective (compared term by term in this order; a later term only breaks ties, and its bound holds "
                + "only when every earlier term reaches its own):"
        ]
        let width = ObjectiveTerm.allCases.map(\.name.count).max() ?? 0
        for (index, term) in ObjectiveTerm.allCases.enumerated() {
            let name = Self.padded(term.name, width)
            let sense = term.isMaximised ? "max" : "min"
            let mark = plan.gap?.term == term ? "   ← the gap: first term short of its bound" : ""
            lines.append(
                "  \(Self.pad(index + 1, 2)). \(name) (\(sense)) \(Self.pad(plan.objective[term], 10)) "
                    + "bound \(Self.pad(plan.bound[term], 10))\(mark)"
            )
        }
        return lines
    }

    private func groups(_ plan: RegionalPlan) -> [String] {
        var lines = ["Groups:"]
        for (group, outcome) in zip(problem.groups, plan.groups) {
            guard let placed = outcome.plan else {
                lines.append("  \(group.id) (\(group.stage.rawValue)): not placed")
                continue
            }
            lines.append("  \(group.id) (\(group.stage.rawValue)):")
            for session in placed.sessions {
                let pin = group.published[session.kind].map { $0 == session.slot.id ? ", published" : ", moved" } ?? ""
                lines.append(
                    "    \(Self.padded(session.kind.rawValue, 11)) "
                        + "\(Self.time(session.slot.start))–\(session.slot.end.time) \(session.slot.venue), "
                        + "\(session.slot.facilitator); \(session.canAttend.count) can come\(pin)"
                )
            }
        }
        return lines
    }

    private func workshops(_ plan: RegionalPlan) -> [String] {
        var lines = ["Workshop runs:"]
        if problem.workshops.isEmpty { lines.append("  (no workshop in the catalogue)") }
        for workshop in problem.workshops {
            let runs = plan.runs(of: workshop.id)
            let waiting = plan.waitingLists.first { $0.workshop == workshop.id }?.entries.count ?? 0
            lines.append(
                "  \(workshop.id): \(runs.count) of \(workshop.runs) run(s) held, \(waiting) waiting"
            )
            for run in runs {
                lines.append(
                    "    \(Self.time(run.slot.start))–\(run.slot.end.time) \(run.slot.venue), "
                        + "\(run.facilitators.map(\.rawValue).joined(separator: " + ")): "
                        + "\(run.enrolled.count) enrolled / \(workshop.maximumParticipants) (minimum "
                        + "\(workshop.minimumParticipants))"
                )
            }
            if let list = plan.waitingLists.first(where: { $0.workshop == workshop.id }) {
                let shown = list.entries.prefix(10).map { "\($0.rank). \($0.person) (\($0.reason.rawValue))" }
                lines.append(
                    "    waiting: " + shown.joined(separator: ", ")
                        + (list.entries.count > 10 ? " … (\(list.entries.count) in all)" : "")
                )
            }
        }
        return lines
    }

    private func unplaced(_ plan: RegionalPlan) -> [String] {
        var lines: [String] = []
        for outcome in plan.groups where outcome.plan == nil {
            lines.append("  group \(outcome.group): \(outcome.blocker.map(\.description) ?? "no plan")")
        }
        for unheld in plan.unheldRuns {
            lines.append("  workshop \(unheld.workshop): \(unheld.count) run(s) not held — \(unheld.blocker)")
        }
        return lines
    }

    private static func move(_ move: SessionMove) -> String {
        switch move.subject {
        case .groupSession(let group, let kind, let from, let to):
            "  \(group) \(kind.rawValue): \(from) → \(to?.rawValue ?? "cancelled") — \(move.reason)"
        case .run(let workshop, let from, let to):
            "  workshop \(workshop): \(from) → \(to?.rawValue ?? "cancelled") — \(move.reason)"
        }
    }

    private func loads(_ plan: RegionalPlan) -> [String] {
        var lines = ["Facilitator load (sessions per ISO week):"]
        for load in plan.loads {
            let peak = load.weeks.map(\.sessions).max() ?? 0
            let weeks = load.weeks.filter { $0.sessions == peak && peak > 0 }.map(\.week.description)
            let total = load.weeks.reduce(0) { $0 + $1.sessions }
            let limits =
                [load.weeklyLimit.map { "\($0)/week" }, load.monthlyLimit.map { "\($0)/month" }].compactMap(\.self)
            lines.append(
                "  \(load.facilitator): \(total) session(s); peak \(peak)"
                    + (weeks.isEmpty ? "" : " in \(weeks.prefix(4).joined(separator: ", "))")
                    + (weeks.count > 4 ? " …" : "")
                    + "; limit " + (limits.isEmpty ? "none" : limits.joined(separator: ", "))
            )
        }
        return lines
    }

    // MARK: - Formatting

    /// `2027-03-06 (Sat) 09:30`.
    static func time(_ time: LocalDateTime) -> String {
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return "\(time.date) (\(days[(time.date.weekday - 1) % 7])) \(time.time)"
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
