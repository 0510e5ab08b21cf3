import InputVocabulary
import Phrasebook
import PlanningDomain
import PlanningInput

/// The participants' rows of an answer grid.
struct GridRows {
    /// The grid; a row id found to be a person's name is masked in it.
    private(set) var table: CSVTable
    let participantIDs: Set<Participant.ID>
    /// The words of each participant's name, to recognise a name written where an id belongs.
    let nameWords: [(id: Participant.ID, words: Set<String>)]
    /// The slots of each answer column (after the id column); `nil` for a column whose heading names none.
    let columns: [[CandidateSlot.ID]?]
    var errors: [ScenarioError] = []

    init(table: CSVTable, participants: [Participant], columns: [[CandidateSlot.ID]?]) {
        self.table = table
        self.participantIDs = Set(participants.map(\.id))
        self.nameWords = participants.map { ($0.id, Set(WrittenText.words(of: $0.name))) }
        self.columns = columns
    }

    /// The answers of `rows`, with the problems in ``errors``.
    mutating func read(_ rows: some Collection<CSVRecord>) -> [Participant.ID: [CandidateSlot.ID: Availability]] {
        let rows = rows.filter { !$0.fields.allSatisfy(\.isBlank) }
        var reader = AnswerWords.Reader()
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
                        Phrase("import.grid.rowTooLong", ["columns": .number(columns.count + 1)])
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
                        Phrase("import.grid.unnamedRow")
                    )
                )
            } else if !participantIDs.contains(id) {
                unknown(idCell)
            } else if let first = firstRows[id] {
                errors.append(
                    table.error(
                        .duplicateRow,
                        at: idCell,
                        value: id.rawValue,
                        Phrase("import.grid.duplicateRow", ["id": .verbatim(id.rawValue), "line": .number(first)])
                    )
                )
            } else {
                firstRows[id] = idCell.line
                isKnown = true
            }
            for (cell, (reading, slots)) in zip(cells, zip(cellReadings, columns)) {
                switch reading {
                case .none:
                    continue
                case .answer(let answer):
                    guard isKnown, let slots else { continue }
                    for slot in slots { answers[id, default: [:]][slot] = answer }
                case .unknown:
                    let text = cell.trimmed
                    errors.append(
                        table.error(
                            .invalidAvailability,
                            at: cell,
                            value: text,
                            Phrase(
                                "import.invalidAnswer",
                                [
                                    "value": .verbatim(WrittenText.quoted(text)),
                                    "words": .verbatim(AnswerWords.all.accepted(in: language)),
                                ]
                            )
                        )
                    )
                }
            }
        }
        return answers
    }

    /// Reports a row id that is no participant's.
    ///
    /// One that may be a person's name (it is not an id, holds a
    /// space or `@`, or shares a word with a participant's name) is neither quoted nor shown: its cell is masked.
    private mutating func unknown(_ cell: CSVField) {
        let written = cell.trimmed
        let words = Set(WrittenText.words(of: written))
        let named = nameWords.filter { !$0.words.isDisjoint(with: words) }.map(\.id)
        let isPersonal =
            IdentifierRule.problem(with: written) != nil || written.contains("@")
            || written.contains(where: \.isWhitespace) || !named.isEmpty
        guard isPersonal else {
            let hint = Suggestion.hintOrPeriod(for: written, among: participantIDs.map(\.rawValue).sorted())
            errors.append(
                table.error(
                    .unknownParticipant,
                    at: cell,
                    value: written,
                    Phrase("import.grid.unknownID", ["value": .verbatim(WrittenText.quoted(written)), "hint": hint])
                )
            )
            return
        }
        table.mask(cell)
        let whose =
            named.count == 1 ? Phrase("import.grid.looksLikeName", ["id": .verbatim(named[0].rawValue)]) : .empty
        errors.append(table.error(.unknownParticipant, at: cell, Phrase("import.grid.personalID", ["whose": whose])))
    }
}
