import ArgumentParser
import AttendanceRecords
import AttendanceSheets
import EntraideService
import Phrasebook
import PlanningDomain

/// `entraide attendance`: records who came to each session, and writes the report the review starts from.
struct AttendanceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "attendance",
            abstract: HelpText.text("help.attendance.abstract"),
            discussion: HelpText.text("help.attendance.discussion"),
            subcommands: [AttendanceRecordCommand.self, AttendanceReportCommand.self]
        )
    }
}

/// `entraide attendance record SCENARIO --session ID --from FILE.csv`.
struct AttendanceRecordCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "record",
            abstract: HelpText.text("help.attendanceRecord.abstract"),
            discussion: HelpText.text("help.attendanceRecord.discussion")
        )
    }

    @OptionGroup var input: ScenarioArgument

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.text("help.attendanceRecord.option.session"), valueName: "id")
    )
    var session: String

    @Option(
        name: .long,
        help: ArgumentHelp(HelpText.text("help.attendanceRecord.option.from"), valueName: "file.csv"),
        completion: .file(extensions: ["csv"])
    )
    var from: String
    @OptionGroup var language: LanguageOption

    func run() throws {
        let recorded = try ServiceCall.run(language.choice) { () throws(ServiceError) in
            try Attendance(source: input.source).record(scenario: input.scenario, session: session, sheetFile: from)
        }
        let said = language.choice.language()
        do {
            try recorded.record.write(to: recorded.recordPath)
        } catch {
            Terminal.error(Phrase("cli.attendance.notWritten", ["detail": .verbatim(error.description)]), in: said)
            throw ExitCode(ExitStatus.failure)
        }
        let summary = Self.summary(of: recorded.sheet, path: recorded.recordPath, replacing: recorded.isReplacing)
        Terminal.output(summary, in: said)
    }

    /// What was recorded, by id and count only, one phrase per line.
    static func summary(of sheet: FilledSheet, path: String, replacing: Bool) -> Phrase {
        let attendance = sheet.attendance
        let session = Phrase.verbatim(sheet.kind.rawValue)
        var lines = [
            Phrase(
                "cli.attendance.summary",
                [
                    "session": session, "candidate": .verbatim("\(attendance.candidate)"),
                    "date": .verbatim("\(attendance.date)"), "present": .number(attendance.count(.present)),
                    "excused": .number(attendance.count(.excused)), "absent": .number(attendance.count(.absent)),
                    "count": .number(attendance.newcomers),
                ]
            )
        ]
        if !sheet.notRecorded.isEmpty {
            lines.append(Phrase("cli.attendance.notRecorded", ["ids": .list(sheet.notRecorded.map(\.rawValue))]))
        }
        for id in sheet.unexpectedlyPresent {
            lines.append(Phrase("cli.attendance.unexpectedlyPresent", ["id": .verbatim("\(id)")]))
        }
        lines.append(
            replacing
                ? Phrase("cli.attendance.recordedInReplacing", ["path": .verbatim(path), "session": session])
                : Phrase("cli.attendance.recordedIn", ["path": .verbatim(path)])
        )
        return .lines(lines)
    }
}

/// `entraide attendance report SCENARIO --out DIR`.
struct AttendanceReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            abstract: HelpText.text("help.attendanceReport.abstract"),
            discussion: HelpText.text("help.attendanceReport.discussion")
        )
    }

    @OptionGroup var input: ScenarioArgument

    @Option(name: .long, help: ArgumentHelp(HelpText.text("help.option.out"), valueName: "dir"))
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
            report.continuity.rate.map { rate in
                Phrase(
                    "cli.attendance.continuity",
                    ["percent": .number(rate.percent), "present": .number(rate.count), "total": .number(rate.total)]
                )
            } ?? Phrase("cli.attendance.continuityUnknown")
        let line = Phrase(
            "cli.attendance.report",
            [
                "out": .verbatim(out), "recorded": .number(recorded), "total": .number(report.sessions.count),
                "continuity": continuity,
            ]
        )
        Terminal.output(line, in: language.choice.language())
    }
}
