import AttendanceSheets
import PlanDocuments
import PlanningDomain

extension AttendanceReport {
    /// `attendance.csv`: UTF-8 with a byte-order mark, `;` between fields, CRLF line ends, in the scenario's
    /// language.
    ///
    /// A header (`participant`, then each session's title and date), one row per participant id with the
    /// attendance at each session (`—` when not recorded), then totals rows per session: expected by the plan,
    /// present, excused, absent, expected but not recorded, newcomers, attendance rate; last, the continuity rate
    /// of the founding sequence (in the first session's column, the others left empty).
    public var csvBytes: [UInt8] {
        let wording = Wording(scenario.organisation.language)
        let none = wording.text("attendance.none")
        var lines: [[String]] = [
            [wording.text("attendance.participant")]
                + sessions.map { "\(wording.title(of: $0.kind)) \($0.date)" }
        ]
        for row in rows {
            lines.append(
                [row.participant.rawValue]
                    + sessions.map { session in
                        row.attendance[session.kind].map { wording.text("attendance.status.\($0.rawValue)") } ?? none
                    }
            )
        }
        func total(_ key: String, _ value: (Session) -> String) {
            lines.append([wording.text(key)] + sessions.map { $0.isRecorded ? value($0) : none })
        }
        lines.append([wording.text("attendance.expected")] + sessions.map { String($0.expected.count) })
        for status in AttendanceMark.allCases {
            total("attendance.total.\(status.rawValue)") { String($0.count(status)) }
        }
        total("attendance.notRecorded") { String($0.notRecorded) }
        total("attendance.newcomers") { String($0.recorded?.newcomers ?? 0) }
        total("attendance.rate") { $0.attendanceRate.map { wording.percent($0) } ?? none }
        lines.append(
            [wording.text("attendance.continuity"), continuity.rate.map { wording.percent($0) } ?? none]
                + Array(repeating: "", count: max(0, sessions.count - 1))
        )
        let text = lines.map { $0.map(Self.csvField).joined(separator: ";") + "\r\n" }.joined()
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// A field as RFC 4180 writes it: in double quotes, doubled inside, when it holds `;`, a quote or a line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

extension Wording {
    /// « 67 % », « 67% »: a rate in whole percent as the language writes it.
    func percent(_ rate: AttendanceReport.Rate) -> String {
        text("attendance.percent", ["value": String(rate.percent)])
    }
}
