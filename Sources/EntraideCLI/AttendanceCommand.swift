import ArgumentParser
import AttendanceRecords
import AttendanceSheets
import EntraideService
import PlanningDomain

/// `entraide attendance`: records who came to each session, and writes the report the review starts from.
struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Record who came to each session, and write the attendance report for the review.",
        discussion: """
            Sessions are named by their kind: information, founding1, founding2, review. The slot each was held \
            in is the plan's: the scenario is planned again, which gives the same plan as long as the scenario \
            and the files it names are unchanged. Attendance is kept in <scenario>.attendance.json beside the \
            scenario (format entraide-attendance/1), by participant id only.
            """,
        subcommands: [AttendanceRecordCommand.self, AttendanceReportCommand.self]
    )
}

/// `entraide attendance record SCENARIO --session ID --from FILE.csv`.
struct AttendanceRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a session's filled-in attendance sheet (CSV) beside the scenario.",
        discussion: """
            FILE.csv is the session's sheet CSV (sheets/<session>.csv) with the attendance column filled in: \
            present, excused or absent in French, German, Italian or English (présent·e, excusé·e, absent·e; \
            anwesend, entschuldigt, abwesend; presente, scusato/a, assente). An empty cell is not recorded. A \
            row without participant id but with a name and "present" counts one newcomer; newcomers are kept as \
            a count, never by name. Every problem of the file is printed with its line and column, and nothing \
            is written (exit status 2). The record file is written to a temporary file and renamed over the old \
            one. Recording a session again replaces what was recorded for it.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(
        name: .long,
        help: ArgumentHelp("The session: information, founding1, founding2 or review.", valueName: "id")
    )
    var session: String

    @Option(
        name: .long,
        help: ArgumentHelp("The filled-in attendance sheet.", valueName: "file.csv"),
        completion: .file(extensions: ["csv"])
    )
    var from: String
    @OptionGroup var language: LanguageOption

    func run() throws {
        let recorded = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try Attendance(source: input.source).record(scenario: input.scenario, session: session, sheetFile: from)
        }
        do {
            try recorded.record.write(to: recorded.recordPath)
        } catch {
            Terminal.error("error: \(error.description)")
            throw ExitCode(ExitStatus.failure)
        }
        Terminal.output(Self.summary(of: recorded.sheet, path: recorded.recordPath, replacing: recorded.isReplacing))
    }

    /// What was recorded, by id and count only.
    static func summary(of sheet: FilledSheet, path: String, replacing: Bool) -> String {
        let attendance = sheet.attendance
        var text =
            "\(sheet.kind.rawValue) (\(attendance.candidate), \(attendance.date)): "
            + "\(attendance.count(.present)) present, \(attendance.count(.excused)) excused, "
            + "\(attendance.count(.absent)) absent, \(attendance.newcomers) "
            + "\(attendance.newcomers == 1 ? "newcomer" : "newcomers").\n"
        if !sheet.notRecorded.isEmpty {
            let ids = sheet.notRecorded.map(\.rawValue).joined(separator: ", ")
            text += "Not recorded (expected, but the sheet leaves their attendance empty): \(ids).\n"
        }
        for id in sheet.unexpectedlyPresent {
            text += "note: \(id) was present though their answers said they could not come.\n"
        }
        text += "Recorded in \(path)\(replacing ? ", replacing what was recorded for \(sheet.kind.rawValue)" : "").\n"
        return text
    }
}

/// `entraide attendance report SCENARIO --out DIR`.
struct AttendanceReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the attendance report (HTML and CSV) the review starts from.",
        discussion: """
            Writes DIR/attendance.html (one self-contained page, print-friendly on A4) and DIR/attendance.csv \
            (UTF-8 with a byte-order mark, ';'), in the scenario's language: each session with the attendance \
            the plan expected and what was recorded, the attendance rate of each session, the continuity of the \
            founding sequence, and the participant × session grid. Participants appear by id only. The folder \
            is written whole through a temporary folder; an existing DIR is replaced only if it is empty or \
            holds an earlier attendance.html.
            """
    )

    @OptionGroup var input: ScenarioArgument

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out: String
    @OptionGroup var language: LanguageOption

    func run() throws {
        let written = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try Attendance(source: input.source).report(scenario: input.scenario)
        }
        try ServiceCall.write(written.bundle, to: out, protecting: [input.scenario], language: language.choice)
        let report = written.report
        let recorded = report.sessions.filter(\.isRecorded).count
        let continuity =
            report.continuity.rate.map { "\($0.percent)% (\($0.count) of \($0.total))" } ?? "not yet known"
        Terminal.output(
            "Wrote \(out)/attendance.html and \(out)/attendance.csv: \(recorded) of \(report.sessions.count) "
                + "sessions recorded; continuity of the founding sequence \(continuity).\n"
        )
    }
}
