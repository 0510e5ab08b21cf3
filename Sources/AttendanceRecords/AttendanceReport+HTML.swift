import AttendanceSheets
import PlanDocuments
import PlanningDomain

extension AttendanceReport {
    /// `attendance.html`: one self-contained page in the scenario's language (inline style, no script, nothing
    /// fetched), print-friendly on A4.
    ///
    /// Each session with its date, the attendance the plan expected and what was recorded; the continuity of the
    /// founding sequence with its definition; the participant × session grid. Participants appear by id only:
    /// the page may be shared beyond the staff. Every text inserted is escaped.
    public var htmlBytes: [UInt8] {
        let wording = Wording(scenario.organisation.language)
        var page = HTMLPage(wording: wording)
        let title = wording.text("attendance.title", ["group": scenario.group.title])
        page.add("<!DOCTYPE html>")
        page.add("<html lang=\"\(HTMLText.escaped(wording.language.code))\">")
        page.add("<head>")
        page.add("<meta charset=\"utf-8\">")
        page.add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.add("<title>\(HTMLText.escaped(title))</title>")
        page.add("<style>\n\(HTMLText.style)\n</style>")
        page.add("</head>")
        page.add("<body>")
        page.add("<h1>\(HTMLText.escaped(title))</h1>")
        page.paragraph(
            wording.text(
                "attendance.subtitle",
                [
                    "organisation": scenario.organisation.name, "region": scenario.group.region,
                    "participants": String(scenario.participants.count),
                ]
            ),
            class: "meta"
        )
        sessionSection(&page)
        continuitySection(&page)
        gridSection(&page)
        page.paragraph(wording.text("attendance.discretion"), class: "note")
        page.add("</body>")
        page.add("</html>")
        return Array(page.text.utf8)
    }

    // MARK: - Sections

    /// One column per session, one row per figure: four sessions fit across an A4 page.
    private func sessionSection(_ page: inout HTMLPage) {
        let wording = page.wording
        let none = wording.text("attendance.none")
        page.heading("attendance.sessions")
        page.add("<table class=\"sessions\">")
        page.add("<thead>")
        page.add(
            "<tr>" + page.header("attendance.session")
                + sessions.map { session in
                    let pending = session.isRecorded ? "" : "<br><small>\(page.escaped("attendance.pending"))</small>"
                    return "<th class=\"c\">\(HTMLText.escaped(wording.title(of: session.kind)))\(pending)</th>"
                }
                .joined() + "</tr>"
        )
        page.add("</thead>")
        page.add("<tbody>")
        func row(_ key: String, class name: String = "c", _ value: (Session) -> String) {
            page.add(
                "<tr>" + page.header(key) + sessions.map { page.cell(value($0), class: name) }.joined() + "</tr>"
            )
        }
        page.add(
            "<tr>" + page.header("attendance.date")
                + sessions.map { session in
                    let times = session.slot.map { "\(wording.time($0.start.time)) – \(wording.time($0.end.time))" }
                    return "<td class=\"c\">\(HTMLText.escaped(wording.date(session.date)))"
                        + (times.map { "<br><span class=\"nowrap\">\(HTMLText.escaped($0))</span>" } ?? "") + "</td>"
                }
                .joined() + "</tr>"
        )
        row("attendance.expected") { String($0.expected.count) }
        for mark in AttendanceMark.allCases {
            row("attendance.total.\(mark.rawValue)") { $0.isRecorded ? String($0.count(mark)) : none }
        }
        row("attendance.notRecorded") { $0.isRecorded ? String($0.notRecorded) : none }
        row("attendance.newcomers") { $0.isRecorded ? String($0.recorded?.newcomers ?? 0) : none }
        row("attendance.rate") { $0.attendanceRate.map(page.rate) ?? none }
        page.add("</tbody>")
        page.add("</table>")
        page.paragraph(wording.text("attendance.rateDefinition"), class: "note")
        for session in sessions {
            if let planned = session.replannedCandidate {
                page.paragraph(
                    wording.text(
                        "attendance.replanned",
                        [
                            "session": wording.title(of: session.kind), "held": session.candidate.rawValue,
                            "planned": planned.rawValue,
                        ]
                    ),
                    class: "note"
                )
            }
        }
    }

    private func continuitySection(_ page: inout HTMLPage) {
        let wording = page.wording
        page.heading("attendance.continuity")
        if let rate = continuity.rate {
            page.paragraph(wording.percent(rate), class: "rate")
            page.paragraph(
                wording.text(
                    "attendance.continuity.value",
                    ["count": String(rate.count), "total": String(rate.total)]
                )
            )
        } else if !continuity.missingSessions.isEmpty {
            let names = continuity.missingSessions.map(wording.title).joined(separator: ", ")
            page.paragraph(wording.text("attendance.continuity.pending", ["sessions": names]))
        } else {
            page.paragraph(wording.text("attendance.continuity.nobody"))
        }
        if continuity.missingSessions.isEmpty {
            page.paragraph(
                wording.text(
                    "attendance.continuity.bothFounding",
                    ["count": String(continuity.presentAtBothFounding.count)]
                )
            )
        }
        page.paragraph(wording.text("attendance.continuity.definition"), class: "note")
    }

    private func gridSection(_ page: inout HTMLPage) {
        let wording = page.wording
        page.heading("attendance.grid")
        page.add("<table>")
        page.add("<thead>")
        page.add(
            "<tr>" + page.header("attendance.participant")
                + sessions.map {
                    "<th class=\"c\">\(HTMLText.escaped(wording.title(of: $0.kind)))<br><small>"
                        + "\(HTMLText.escaped(wording.shortDate($0.date)))</small></th>"
                }
                .joined() + "</tr>"
        )
        page.add("</thead>")
        page.add("<tbody>")
        for row in rows {
            var cells = [page.cell(row.participant.rawValue)]
            for session in sessions {
                guard let status = row.attendance[session.kind] else {
                    cells.append(page.cell(wording.text("attendance.none"), class: "c none"))
                    continue
                }
                let mark = row.unexpectedlyPresent.contains(session.kind) ? " *" : ""
                cells.append(
                    page.cell(wording.text("attendance.status.\(status.rawValue)") + mark, class: "c \(status)")
                )
            }
            page.add("<tr>" + cells.joined() + "</tr>")
        }
        page.add("</tbody>")
        page.add("<tfoot>")
        page.add(
            "<tr>" + page.cell(wording.text("attendance.total.present"))
                + sessions.map {
                    page.cell($0.isRecorded ? String($0.count(.present)) : wording.text("attendance.none"), class: "c")
                }
                .joined() + "</tr>"
        )
        page.add("</tfoot>")
        page.add("</table>")
        if rows.contains(where: { !$0.unexpectedlyPresent.isEmpty }) {
            page.paragraph(wording.text("attendance.unexpected"), class: "note")
        }
    }
}

/// An HTML page being written, line by line, with the wording of its language.
private struct HTMLPage {
    let wording: Wording
    var text = ""

    mutating func add(_ line: String) { text += line + "\n" }

    mutating func heading(_ key: String) { add("<h2>\(escaped(key))</h2>") }

    mutating func paragraph(_ content: String, class name: String? = nil) {
        add("<p\(name.map { " class=\"\($0)\"" } ?? "")>\(HTMLText.escaped(content))</p>")
    }

    /// The catalogue's text of `key`, escaped.
    func escaped(_ key: String) -> String { HTMLText.escaped(wording.text(key)) }

    func header(_ key: String, class name: String? = nil) -> String {
        "<th\(name.map { " class=\"\($0)\"" } ?? "")>\(escaped(key))</th>"
    }

    func cell(_ content: String, class name: String? = nil) -> String {
        "<td\(name.map { " class=\"\($0)\"" } ?? "")>\(HTMLText.escaped(content))</td>"
    }

    /// « 78 % (7 sur 9) ».
    func rate(_ rate: AttendanceReport.Rate) -> String {
        wording.text(
            "attendance.rateOf",
            ["percent": wording.percent(rate), "count": String(rate.count), "total": String(rate.total)]
        )
    }
}

extension Wording {
    /// « 14.01.2027 »: a date in a table header.
    func shortDate(_ date: LocalDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return text(
            "attendance.shortDate",
            ["day": two(date.day), "month": two(date.month), "year": String(date.year)]
        )
    }
}
