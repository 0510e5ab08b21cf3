public import AttendanceRecords
internal import AvailabilityImport
public import OutputFiles
internal import Phrasebook
internal import PlanningDomain
internal import PlanningEngine
internal import PlanningInput

/// `entraide attendance record` and `entraide attendance report`: who came, and the report the review starts
/// from.
///
/// The slot each session was held in is the plan's: the scenario is planned again, which gives the same plan
/// as long as the scenario and its files are unchanged. The record is `<scenario>.attendance.json` beside the
/// scenario; the use case reads it through the input seam and returns the new bytes, which the caller writes
/// in one step (the record is Entraide's own file: it was read and checked as one before).
public struct Attendance: Sendable {
    /// What recording a sheet gave.
    public struct Recorded: Hashable, Sendable {
        /// The filled-in sheet as read.
        public var sheet: FilledSheet
        /// Where the record goes.
        public var recordPath: String
        /// The record with the sheet added, for the caller to write (`AttendanceRecord/write(to:)`).
        public var record: AttendanceRecord
        /// Whether the session had been recorded before (and is now replaced).
        public var isReplacing: Bool
    }

    /// The report's files and figures.
    public struct Report: Hashable, Sendable {
        /// `attendance.html` and `attendance.csv`.
        public var bundle: OutputBundle
        /// The report itself, for the summary line.
        public var report: AttendanceReport
    }

    /// Where the scenario and the files are read from.
    public let source: ScenarioSource

    /// The use case.
    public init(source: ScenarioSource) { self.source = source }

    /// Records a filled-in sheet (`sheets/<session>.csv`) of one session.
    public func record(scenario path: String, session: String, sheetFile: String) throws(ServiceError) -> Recorded {
        let (scenario, plan) = try planned(path)
        let recorder = AttendanceRecorder(scenario: scenario, plan: plan)
        let recordPath = AttendanceRecord.path(besideScenario: path)
        do {
            let planned = try recorder.plannedSession(named: session, scenarioFile: path)
            let bytes = try InputFileText.bytes(of: sheetFile, in: source.files, what: "CSV file")
            let sheet = try recorder.sheet(bytes, file: sheetFile, of: planned)
            var record =
                try existingRecord(at: recordPath, group: scenario.group.id)
                ?? AttendanceRecord(
                    group: scenario.group.id
                )
            let replaced = record.record(sheet.attendance, for: sheet.kind)
            return Recorded(
                sheet: sheet,
                recordPath: recordPath,
                record: record,
                isReplacing: replaced != nil
            )
        } catch {
            throw .invalid(error)
        }
    }

    /// The attendance report of the sessions recorded so far.
    public func report(scenario path: String) throws(ServiceError) -> Report {
        let (scenario, plan) = try planned(path)
        let recordPath = AttendanceRecord.path(besideScenario: path)
        let record: AttendanceRecord?
        do {
            record = try existingRecord(at: recordPath, group: scenario.group.id)
        } catch {
            throw .invalid(error)
        }
        guard let record else {
            throw ServiceError(
                .notPublished,
                ServiceError.sentence(
                    Phrase(
                        "service.attendance.noneRecorded",
                        ["file": .verbatim(recordPath), "scenario": .verbatim(path)]
                    )
                ),
                isInputError: true
            )
        }
        let report = AttendanceReport(scenario: scenario, plan: plan, record: record)
        let bundle = OutputBundle(
            command: "attendance report",
            files: [
                BundlePath(fixed: "attendance.csv"): report.csvBytes,
                BundlePath(fixed: "attendance.html"): report.htmlBytes,
            ]
        )
        return Report(bundle: bundle, report: report)
    }

    // MARK: - Helpers

    /// The scenario and its plan, or `infeasible` (there is then no session to record or report).
    private func planned(_ path: String) throws(ServiceError) -> (Scenario, Plan) {
        let scenario = try source.load(path).scenario
        guard case .planned(let result) = Planner(scenario: scenario).plan() else {
            throw ServiceError(
                .infeasible,
                ServiceError.sentence(Phrase("service.attendance.infeasible", ["file": .verbatim(path)])),
                isInputError: false
            )
        }
        return (scenario, result.plan)
    }

    /// The record file, or `nil` when there is none yet.
    private func existingRecord(at path: String, group: Group.ID) throws(ScenarioErrors) -> AttendanceRecord? {
        switch source.files.read(path) {
        case .missing: return nil
        case .bytes(let bytes): return try AttendanceRecord(json: bytes, file: path, group: group)
        case .directory: throw InputFileText.unreadable(path, "this is a directory, not an attendance record.")
        case .unreadable: throw InputFileText.unreadable(path, "the file cannot be read.")
        }
    }
}

/// Reading one named file through the input seam, with the readers' `unreadable-file` problem.
enum InputFileText {
    /// The bytes of `path`, or an `unreadable-file` problem.
    static func bytes(of path: String, in files: any InputFiles, what: String) throws(ScenarioErrors) -> [UInt8] {
        switch files.read(path) {
        case .bytes(let bytes): return bytes
        case .missing: throw unreadable(path, "no such file.")
        case .directory: throw unreadable(path, "this is a directory, not a \(what).")
        case .unreadable: throw unreadable(path, "the file cannot be read.")
        }
    }

    /// The `unreadable-file` problem of `path`.
    static func unreadable(_ path: String, _ message: String) -> ScenarioErrors {
        ScenarioErrors([ScenarioError(code: .unreadableFile, file: path, line: 0, column: 0, message: message)])
    }
}
