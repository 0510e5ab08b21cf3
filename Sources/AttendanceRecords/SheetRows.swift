import AttendanceSheets
import AvailabilityImport
import PlanningDomain
import PlanningInput

/// The participants' rows of a filled-in attendance sheet.
struct SheetRows {
    let table: CSVTable
    let words: SheetVocabulary.Words
    let layout: SheetReading.Layout
    let participantIDs: Set<Participant.ID>
    let sortedIDs: [String]
    var errors: [ScenarioError] = []

    init(
        table: CSVTable,
        scenario: Scenario,
        session: PlannedSession,
        words: SheetVocabulary.Words,
        layout: SheetReading.Layout
    ) {
        self.table = table
        self.words = words
        self.layout = layout
        self.participantIDs = Set(scenario.participants.map(\.id))
        self.sortedIDs = scenario.participants.map(\.id.rawValue).sorted()
    }

    /// Each participant's attendance and the newcomers' count, with the problems in ``errors``.
    mutating func read(_ rows: some Collection<CSVRecord>) -> ([Participant.ID: AttendanceMark], Int) {
        var attendance: [Participant.ID: AttendanceMark] = [:]
        var firstLines: [Participant.ID: Int] = [:]
        var newcomers = 0
        for row in rows where !row.fields.allSatisfy(\.isBlank) {
            if let extra = row.fields.dropFirst(layout.width).first(where: { !$0.isBlank }) {
                report(
                    .extraCell,
                    at: extra,
                    "this row has more cells than the header has columns (\(layout.width)); expected "
                        + "\(words.shownHeader)."
                )
            }
            let idCell = cell(row, layout.participant)
            let nameCell = cell(row, layout.name)
            let attendanceCell = cell(row, layout.attendance)
            let status = self.status(attendanceCell)
            let id = Participant.ID(idCell?.trimmed ?? "")
            if id.rawValue.isEmpty {
                if nameCell?.isBlank ?? true {
                    if let attendanceCell, !attendanceCell.isBlank {
                        report(
                            .unnamedRow,
                            at: idCell ?? attendanceCell,
                            "a row with an attendance but neither participant id nor name; write the id of a "
                                + "registered participant, a newcomer's name (only counted, never kept), or delete the row."
                        )
                    }
                } else if status == .present {
                    newcomers += 1
                }
            } else if !participantIDs.contains(id), let idCell {
                reportUnknown(idCell)
            } else if let first = firstLines[id], let idCell {
                report(
                    .duplicateRow,
                    at: idCell,
                    value: id.rawValue,
                    "a second row for participant '\(id)'; the first is on line \(first)."
                )
            } else {
                firstLines[id] = idCell?.line ?? row.line
                if let status { attendance[id] = status }
            }
        }
        return (attendance, newcomers)
    }

    /// The attendance a cell says; `nil` when it is empty, or reported when it is not an attendance word.
    private mutating func status(_ cell: CSVField?) -> AttendanceMark? {
        guard let cell, !cell.isBlank else { return nil }
        let text = cell.trimmed
        guard let status = SheetVocabulary.attendance(text) else {
            report(
                .invalidAttendance,
                at: cell,
                value: text,
                "attendance '\(text)' is not one of \(words.shownAttendance); leave the cell empty when it is not known."
            )
            return nil
        }
        return status
    }

    /// An id the scenario does not have: quoted when it has the shape of an id, else neither quoted nor shown (it
    /// may be a name written in the wrong column).
    private mutating func reportUnknown(_ cell: CSVField) {
        let text = cell.trimmed
        let hint = Suggestion.hint(for: text, among: sortedIDs)
        guard SheetText.isQuotable(text) else {
            let advice =
                hint.isEmpty
                ? "; write an id of the scenario (such as '\(sortedIDs.first ?? "p01")'), or leave it empty for a newcomer."
                : hint
            var error = self.error(
                .unknownParticipant,
                at: cell,
                "this cell of the `\(words.heading(.participant))` column is not a participant id\(advice)"
            )
            error.sourceLine = error.sourceLine.map { SheetText.masking(cell, in: $0) }
            errors.append(error)
            return
        }
        report(
            .unknownParticipant,
            at: cell,
            value: text,
            "'\(text)' is not a participant id\(hint.isEmpty ? "." : hint)"
        )
    }

    private func cell(_ row: CSVRecord, _ column: Int?) -> CSVField? {
        guard let column, column < row.fields.count else { return nil }
        return row.fields[column]
    }

    private func error(
        _ code: ScenarioError.Code,
        at field: CSVField,
        value: String? = nil,
        _ message: String
    ) -> ScenarioError {
        ScenarioError(
            code: code,
            file: table.file,
            line: field.line,
            column: field.column,
            value: value,
            message: message,
            sourceLine: table.sourceLine(field.line)
        )
    }

    private mutating func report(
        _ code: ScenarioError.Code,
        at field: CSVField,
        value: String? = nil,
        _ message: String
    ) {
        errors.append(error(code, at: field, value: value, message))
    }
}
