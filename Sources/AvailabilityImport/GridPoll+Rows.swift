import PlanningDomain
import PlanningInput

/// The participants' rows of an answer grid.
struct GridRows {
    let table: CSVTable
    let participantIDs: Set<Participant.ID>
    /// The slot of each answer column (after the id column); `nil` for a column whose heading is not one.
    let columns: [CandidateSlot.ID?]
    var errors: [ScenarioError] = []

    init(table: CSVTable, participants: [Participant], columns: [CandidateSlot.ID?]) {
        self.table = table
        self.participantIDs = Set(participants.map(\.id))
        self.columns = columns
    }

    /// The answers of `rows`, with the problems in ``errors``.
    mutating func read(_ rows: some Collection<CSVRecord>) -> [Participant.ID: [CandidateSlot.ID: Availability]] {
        let rows = rows.filter { !$0.fields.allSatisfy(\.isBlank) }
        var reader = AnswerVocabulary.Reader(.grid)
        let readings = rows.map { $0.fields.dropFirst().map { reader.reading($0.text) } }
        let language = reader.language()
        var answers: [Participant.ID: [CandidateSlot.ID: Availability]] = [:]
        var firstRows: [Participant.ID: Int] = [:]
        for (row, cellReadings) in zip(rows, readings) {
            let idCell = row.fields[0]
            let cells = row.fields.dropFirst()
            if let extra = cells.dropFirst(columns.count).first(where: { !$0.isBlank }) {
                errors.append(
                    table.error(
                        .extraCell,
                        at: extra,
                        "this row has more cells than the header has columns (\(columns.count + 1)); expected a "
                            + "participant id and one answer per candidate slot."
                    )
                )
            }
            let id = Participant.ID(idCell.trimmed)
            var isKnown = false
            if id.rawValue.isEmpty {
                errors.append(
                    table.error(
                        .unnamedRow,
                        at: idCell,
                        "a row with answers but no participant id; add it or delete the row."
                    )
                )
            } else if !participantIDs.contains(id) {
                let hint = Suggestion.hint(for: id.rawValue, among: participantIDs.map(\.rawValue).sorted())
                errors.append(
                    table.error(
                        .unknownParticipant,
                        at: idCell,
                        value: id.rawValue,
                        "'\(id)' is not a participant id\(hint.isEmpty ? "." : hint)"
                    )
                )
            } else if let first = firstRows[id] {
                errors.append(
                    table.error(
                        .duplicateRow,
                        at: idCell,
                        value: id.rawValue,
                        "a second row for participant '\(id)'; the first is on line \(first)."
                    )
                )
            } else {
                firstRows[id] = idCell.line
                isKnown = true
            }
            for (cell, (reading, slot)) in zip(cells, zip(cellReadings, columns)) {
                switch reading {
                case .none:
                    continue
                case .answer(let answer):
                    if isKnown, let slot { answers[id, default: [:]][slot] = answer }
                case .unknown:
                    let text = cell.trimmed
                    errors.append(
                        table.error(
                            .invalidAvailability,
                            at: cell,
                            value: text,
                            "answer '\(text)' is not one of \(AnswerVocabulary.grid.accepted(in: language)); leave the cell "
                                + "empty for no answer."
                        )
                    )
                }
            }
        }
        return answers
    }
}
