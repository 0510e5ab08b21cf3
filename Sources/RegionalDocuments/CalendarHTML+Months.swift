import PlanningDomain

/// The month grids.
extension CalendarHTML {
    /// A session's short label on a chip (`Info`, `F1`, `F2`, `Bilan`).
    func kindLabel(_ kind: SessionKind) -> String { say("kind.\(kind.rawValue)") }

    /// Every month of the planned year, and any other month with an entry (a held session of the year before).
    func months(_ entries: [CalendarEntry]) -> [String] {
        var shown = Set(
            (1...12).map { YearMonth(LocalDate(year: problem.year, month: $0, day: 1) ?? LocalDate(dayNumber: 0)) }
        )
        for entry in entries { shown.insert(YearMonth(entry.start.date)) }
        let byDay = Dictionary(grouping: entries, by: { $0.start.date })
        var lines = [
            "<section aria-labelledby=\"months\">",
            Markup.text("h2", [("id", "months")], say("months")),
            "<div class=\"months\">",
        ]
        for month in shown.sorted() { lines += grid(month, byDay: byDay) }
        return lines + ["</div>", "</section>"]
    }

    private func grid(_ month: YearMonth, byDay: [LocalDate: [CalendarEntry]]) -> [String] {
        guard let first = LocalDate(year: month.year, month: month.month, day: 1) else { return [] }
        let days = LocalDate.daysInMonth(year: month.year, month: month.month)
        let lead = first.weekday - 1
        var lines = [
            "<table class=\"month\">",
            Markup.text("caption", [], "\(monthName(month.month)) \(month.year)"),
            "<thead><tr>"
                + say("weekdays").split(separator: " ").map { Markup.text("th", [("scope", "col")], String($0)) }
                .joined() + "</tr></thead>",
            "<tbody>",
        ]
        var cells: [String] = Array(repeating: "<td class=\"out\"></td>", count: lead)
        for day in 1...days {
            let date = first.adding(days: day - 1)
            let closure = problem.centre.closures.first { $0.contains(date) }
            let items = (byDay[date] ?? []).map(chip)
            let label = Markup.text("span", [("class", "day")], String(day))
            cells.append(
                Markup.element(
                    "td",
                    [
                        ("class", closure == nil ? nil : "closed"),
                        ("title", closure.map { $0.reason ?? say("closed") }),
                    ],
                    label + items.joined()
                )
            )
        }
        cells += Array(repeating: "<td class=\"out\"></td>", count: (7 - cells.count % 7) % 7)
        for week in stride(from: 0, to: cells.count, by: 7) {
            lines.append("<tr>" + cells[week..<week + 7].joined() + "</tr>")
        }
        return lines + ["</tbody>", "</table>"]
    }

    /// `F1 deuil-lausanne` filled, or `◆ Écoute active` outlined; the title gives the time, room and staff.
    private func chip(_ entry: CalendarEntry) -> String {
        let colour = entry.facilitators.first.map(palette.colourClass(of:)) ?? "c0"
        let time = entry.start.time.description
        let staff = entry.facilitators.map(\.rawValue).joined(separator: " + ")
        let room = problem.centre.venue(entry.venue)?.name ?? entry.venue.rawValue
        switch entry.subject {
        case .session(let group, let kind):
            let label = "\(kindLabel(kind)) \(group)"
            return Markup.text(
                "span",
                [("class", "e g \(colour)"), ("title", "\(label), \(time)–\(entry.end.time), \(room), \(staff)")],
                label
            )
        case .run(let workshop):
            let title = problem.workshop(workshop)?.title(in: problem.centre.organisation.language) ?? workshop.rawValue
            let label = "◆ \(title)"
            return Markup.text(
                "span",
                [
                    ("class", "e w \(colour)"),
                    ("title", "\(say("kind.workshop")) \(title), \(time)–\(entry.end.time), \(room), \(staff)"),
                ],
                label
            )
        }
    }
}
