import AttendanceSheets
import AvailabilityImport
import PlanningDomain
import PlanningInput

/// One reading of a filled-in attendance sheet: the header's columns, then the rows.
struct SheetReading {
    let file: String
    let scenario: Scenario
    let session: PlannedSession
    /// The words messages show: the scenario's language.
    let words: SheetVocabulary.Words
    /// The lines of the header, unmasked: headings are not personal.
    var headerLines: [Int: String] = [:]
    var errors: [ScenarioError] = []

    init(file: String, scenario: Scenario, session: PlannedSession) {
        self.file = file
        self.scenario = scenario
        self.session = session
        self.words = SheetVocabulary.Words(scenario.organisation.language)
    }

    /// Where each column is, by position from 0; `nil` for a column the header does not have.
    struct Layout: Hashable {
        var participant: Int?
        var name: Int?
        var attendance: Int?
        /// How many columns the header has, empty trailing ones left out.
        var width = 0
    }

    /// Reads the sheet, or throws every problem of it.
    mutating func read(_ bytes: [UInt8]) throws(ScenarioErrors) -> FilledSheet {
        // A first reading masks every cell but those of the usual id and attendance columns, until the header says
        // where the columns are; its lines are shown if the file is not even good CSV.
        let usual = Set(0..<64).subtracting([0, 2])
        var table = try CSVReader.read(bytes, file: file, personalFields: usual)
        guard let header = table.records.first else {
            throw AttendanceRecorder.error(
                .invalidHeader,
                file,
                "the file is empty; expected the header \(words.shownHeader), then one row per participant."
            )
        }
        let rows = table.records.dropFirst()
        let plain = try? CSVReader.read(bytes, file: file)
        for line in header.line..<(rows.first?.line ?? header.line + 1) { headerLines[line] = plain?.sourceLine(line) }
        let layout = self.layout(of: header, rows: rows)
        guard let participantColumn = layout.participant, let attendanceColumn = layout.attendance else {
            throw ScenarioErrors(errors.sortedByLocation())
        }
        let widest = table.records.map(\.fields.count).max() ?? 0
        if (participantColumn, attendanceColumn) != (0, 2) || widest > 64 {
            table = try CSVReader.read(
                bytes,
                file: file,
                personalFields: Set(0..<max(widest, 3)).subtracting([participantColumn, attendanceColumn])
            )
        }
        var rowReading = SheetRows(
            table: table,
            scenario: scenario,
            session: session,
            words: words,
            layout: layout
        )
        let (attendance, newcomers) = rowReading.read(table.records.dropFirst())
        errors += rowReading.errors
        if errors.isEmpty, attendance.isEmpty, newcomers == 0 {
            errors.append(
                ScenarioError(
                    code: .emptyAttendance,
                    file: file,
                    line: 0,
                    column: 0,
                    message: "no attendance is filled in; write \(words.shownAttendance) in the "
                        + "`\(words.heading(.attendance))` column of each participant."
                )
            )
        }
        guard errors.isEmpty else { throw ScenarioErrors(errors.sortedByLocation()) }
        let unexpected = attendance.filter {
            $0.value == .present && scenario.participant($0.key)?.availability(for: session.slot.id) == .no
        }
        return FilledSheet(
            kind: session.kind,
            attendance: SessionAttendance(
                candidate: session.slot.id,
                date: session.slot.date,
                attendance: attendance,
                newcomers: newcomers
            ),
            unexpectedlyPresent: unexpected.keys.sorted(),
            notRecorded: session.canAttend.filter { attendance[$0] == nil }
        )
    }

    // MARK: - Header

    /// The columns the header names, with its problems added to ``errors``.
    mutating func layout(of header: CSVRecord, rows: some Collection<CSVRecord>) -> Layout {
        var layout = Layout()
        var first: [SheetVocabulary.Column: CSVField] = [:]
        let known = SheetVocabulary.Column.allCases.map(words.heading)
        for (index, heading) in header.fields.enumerated() {
            let text = heading.trimmed
            guard !text.isEmpty else {
                if rows.contains(where: { index < $0.fields.count && !$0.fields[index].isBlank }) {
                    layout.width = index + 1  // its cells are reported here, not again as extra cells
                    report(
                        .invalidHeader,
                        at: heading,
                        "a column with cells but no heading; expected the header \(words.shownHeader)."
                    )
                }
                continue
            }
            layout.width = index + 1
            guard let column = SheetVocabulary.column(text) else {
                let hint = Suggestion.hint(for: text, among: known)
                report(
                    .invalidHeader,
                    at: heading,
                    value: text,
                    "heading '\(text)' is not one of \(known.joined(separator: ", "))\(hint.isEmpty ? "." : hint)"
                )
                continue
            }
            if let earlier = first[column] {
                report(
                    .duplicateColumn,
                    at: heading,
                    value: text,
                    "a second `\(words.heading(column))` column; the first starts at column "
                        + "\(earlier.column)."
                )
                continue
            }
            first[column] = heading
            switch column {
            case .participant: layout.participant = index
            case .name: layout.name = index
            case .attendance: layout.attendance = index
            }
        }
        // A misspelt heading is reported once: not again as the column it fails to name.
        let hasUnknownHeading = errors.contains { $0.code == .invalidHeader && $0.value != nil }
        for column in SheetVocabulary.Column.allCases where first[column] == nil && !hasUnknownHeading {
            let heading = words.heading(column)
            report(
                .invalidHeader,
                at: CSVField(text: "", line: header.line, column: 1, isQuoted: false),
                "the header has no `\(heading)` column; expected the header \(words.shownHeader)."
            )
        }
        return layout
    }

    private mutating func report(
        _ code: ScenarioError.Code,
        at field: CSVField,
        value: String? = nil,
        _ message: String
    ) {
        errors.append(
            ScenarioError(
                code: code,
                file: file,
                line: field.line,
                column: field.column,
                value: value,
                message: message,
                sourceLine: headerLines[field.line]
            )
        )
    }
}

extension [ScenarioError] {
    /// Sorted by line, then column, keeping the order of problems at one place.
    func sortedByLocation() -> [ScenarioError] {
        enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }
        .map(\.element)
    }
}
