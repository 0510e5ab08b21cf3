import PlanningDomain

/// Each facilitator's sessions per ISO week, as a bar chart against their weekly limit (an inline SVG, no
/// script), with the same figures in words for screen readers.
extension CalendarHTML {
    func loads(_ plan: RegionalPlan) -> [String] {
        let weeks = weeksShown(plan)
        guard !weeks.isEmpty else { return [] }
        let peak = max(plan.loads.flatMap { $0.weeks.map(\.sessions) }.max() ?? 0, 1)
        let ceiling = max(peak, plan.loads.compactMap(\.weeklyLimit).max() ?? 0)
        var lines = [
            "<section aria-labelledby=\"loads\">",
            Markup.text("h2", [("id", "loads")], say("loads")),
            Markup.text(
                "p",
                [],
                say(
                    "loads.text",
                    ["first": weeks.first?.description ?? "", "last": weeks.last?.description ?? ""]
                )
            ),
            "<div class=\"loads\">",
        ]
        for load in plan.loads {
            lines += chart(load, weeks: weeks, ceiling: ceiling)
        }
        return lines + ["</div>", "</section>"]
    }

    private func weeksShown(_ plan: RegionalPlan) -> [ISOWeek] {
        let used = plan.loads.flatMap { $0.weeks.map(\.week) }
        guard let first = used.min(), let last = used.max() else { return [] }
        var weeks: [ISOWeek] = []
        var monday = first.monday
        while ISOWeek(monday) <= last {
            weeks.append(ISOWeek(monday))
            monday = monday.adding(days: 7)
        }
        return weeks
    }

    private func chart(_ load: FacilitatorLoad, weeks: [ISOWeek], ceiling: Int) -> [String] {
        let counts = Dictionary(load.weeks.map { ($0.week, $0.sessions) }, uniquingKeysWith: +)
        let total = load.weeks.reduce(0) { $0 + $1.sessions }
        let peak = load.weeks.map(\.sessions).max() ?? 0
        let name = problem.centre.facilitator(load.facilitator)?.name ?? load.facilitator.rawValue
        let limit = load.weeklyLimit.map { say("load.limit", ["limit": String($0)]) } ?? say("load.noLimit")
        let busiest = load.weeks.filter { $0.sessions == peak && peak > 0 }.map(\.week.description)
        let caption =
            say("load.caption", ["name": name, "total": String(total), "peak": String(peak), "limit": limit])
            + (busiest.isEmpty ? "" : say("load.busiest", ["weeks": busiest.prefix(3).joined(separator: ", ")]))
        let (barWidth, height, top, left, bottom) = (10, 60, 6, 0, 14)
        let width = left + weeks.count * barWidth + 44
        let scale = Double(height - top) / Double(max(ceiling, 1))
        let colour = palette.colour(of: load.facilitator)
        var shapes: [String] = []
        for (index, week) in weeks.enumerated() {
            let x = left + index * barWidth
            if week.monday.day <= 7 || index == 0 {
                let month = Markup.escape(String(monthName(week.monday.adding(days: 6).month).prefix(3)))
                shapes.append(
                    "<text x=\"\(x)\" y=\"\(height + bottom - 2)\" font-size=\"9\" fill=\"#555f6d\">\(month)</text>"
                )
            }
            let count = counts[week] ?? 0
            guard count > 0 else { continue }
            let barHeight = Int((Double(count) * scale).rounded())
            let over = load.weeklyLimit.map { count > $0 } ?? false
            shapes.append(
                "<rect x=\"\(x + 1)\" y=\"\(height - barHeight)\" width=\"\(barWidth - 2)\" "
                    + "height=\"\(barHeight)\" fill=\"\(over ? "#a11d1d" : colour)\"><title>"
                    + Markup.escape("\(week): \(count)") + "</title></rect>"
            )
        }
        let right = left + weeks.count * barWidth
        if let weekly = load.weeklyLimit {
            let y = height - Int((Double(weekly) * scale).rounded())
            shapes.append(
                "<line x1=\"\(left)\" x2=\"\(right)\" y1=\"\(y)\" y2=\"\(y)\" stroke=\"#1c2430\" "
                    + "stroke-width=\"1\" stroke-dasharray=\"4 3\"/>"
                    + "<text x=\"\(right + 4)\" y=\"\(y + 3)\" font-size=\"9\" fill=\"#1c2430\">"
                    + Markup.escape(say("load.limitMark", ["limit": String(weekly)])) + "</text>"
            )
        }
        shapes.append(
            "<line x1=\"\(left)\" x2=\"\(right)\" y1=\"\(height)\" y2=\"\(height)\" stroke=\"#555f6d\"/>"
        )
        return [
            "<figure>",
            Markup.text("figcaption", [], caption),
            "<svg viewBox=\"0 0 \(width) \(height + bottom)\" role=\"img\" "
                + "aria-label=\"\(Markup.escape(caption))\">" + shapes.joined() + "</svg>",
            "</figure>",
        ]
    }
}
