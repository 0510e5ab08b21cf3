public import InputVocabulary
import Phrasebook
public import PlanningDomain
public import PlanningInput

/// Reads an answer grid: Entraide's own plain CSV, for answers staff take by phone or on paper.
///
/// ```text
/// participant;mar. 12.01.2027 18h30;info-0116;f1-0126
/// p01;oui;si besoin;non
/// p02;;ja;yes
/// ```
///
/// The header's first cell is `participant` (or `participant id`, `id`, `participant·e`, `Teilnehmer`,
/// `partecipante`), then one column per candidate slot: its id, or its date and time as staff read them, with
/// the room or facilitator when two slots start then (see `GridHeadings`). Each row is a participant id, then
/// an answer per column in French, German, Italian or English (`AnswerWords`); an empty cell is no answer.
/// Separator `,`, `;` or a tab; UTF-8, UTF-16 or Windows-1252 (see ``CSVReader``). Records whose first cell
/// starts with `#` are comments (the line ``GridTemplate`` writes first). A column with neither heading nor
/// answers, and empty cells past the header's last column, are ignored.
public enum GridPoll {
    /// The headings accepted for the first column, compared without case, accents or punctuation.
    public static let participantHeadings = [
        "participant", "participant id", "id", "participant·e", "Teilnehmer", "partecipante",
    ]

    /// Whether `bytes` look like a grid: the first cell of the first row that is not a comment is one of
    /// ``participantHeadings``.
    public static func isGrid(_ bytes: [UInt8]) -> Bool {
        guard let table = try? CSVReader.read(bytes, file: ""),
            let first = table.records.first(where: { !isComment($0) })?.fields.first
        else { return false }
        return isParticipantHeading(first.text)
    }

    /// The answers in a grid.
    ///
    /// - Parameters:
    ///   - bytes: the grid's contents.
    ///   - file: the grid as the user named it, for errors.
    ///   - participants: whose ids the rows may name.
    ///   - candidates: whose ids, or dates and times, the columns may name.
    ///   - venues: the rooms, whose ids and names headings may use to tell slots apart.
    ///   - facilitators: the facilitators, likewise.
    ///   - dateOrder: how dates with `/` are written (the poll's `date-order`); `nil` to let the file's dates
    ///     settle it, an ambiguous date being an error.
    /// - Returns: each participant's answers by candidate slot, and the encoding read; a grid has no unmatched
    ///   columns.
    /// - Throws: every problem of the file, sorted by line and column: an unknown participant or slot (with the
    ///   nearest), a heading that names several slots, a participant's second row, a slot's second column, a row
    ///   with more cells than the header, an unknown answer.
    public static func answers(
        in bytes: [UInt8],
        file: String,
        participants: [Participant],
        candidates: [CandidateSlot],
        venues: [Venue] = [],
        facilitators: [Facilitator] = [],
        dateOrder: DateOrder? = nil
    ) throws(ScenarioErrors) -> PollAnswers {
        var table = try CSVReader.read(bytes, file: file)
        var errors: [ScenarioError] = []
        let records = table.records.filter { !isComment($0) }
        guard let header = records.first else {
            throw ScenarioErrors([
                table.fileError(
                    .invalidHeader,
                    Phrase("import.grid.empty")
                )
            ])
        }
        let rows = records.dropFirst()
        if !isParticipantHeading(header.fields[0].text) {
            let text = header.fields[0].trimmed
            errors.append(
                table.error(
                    .invalidHeader,
                    at: header.fields[0],
                    value: text,
                    Phrase("import.grid.firstHeading", ["value": .verbatim(WrittenText.quoted(text))])
                )
            )
        }
        let headingCells = Array(header.fields.dropFirst())
        let headings = GridHeadings(
            candidates: candidates,
            venues: venues,
            facilitators: facilitators,
            headings: headingCells.map(\.trimmed).filter { !$0.isEmpty },
            order: dateOrder
        )
        var columns: [[CandidateSlot.ID]?] = []
        var firstColumns: [CandidateSlot.ID: CSVField] = [:]
        for (offset, heading) in headingCells.enumerated() {
            let index = offset + 1
            let text = heading.trimmed
            columns.append(nil)
            if text.isEmpty {
                if rows.contains(where: { index < $0.fields.count && !$0.fields[index].isBlank }) {
                    errors.append(
                        table.error(
                            .invalidHeader,
                            at: heading,
                            Phrase("import.grid.columnWithoutHeading")
                        )
                    )
                }
                continue
            }
            switch headings.match(text) {
            case .problem(let code, let message):
                errors.append(table.error(code, at: heading, value: text, message))
            case .slots(let ids):
                if let repeated = ids.first(where: { firstColumns[$0] != nil }), let first = firstColumns[repeated] {
                    errors.append(
                        table.error(
                            .duplicateColumn,
                            at: heading,
                            value: text,
                            Phrase(
                                "import.grid.duplicateColumn",
                                ["id": .verbatim(repeated.rawValue), "column": .number(first.column)]
                            )
                        )
                    )
                    continue
                }
                for id in ids { firstColumns[id] = heading }
                columns[columns.count - 1] = ids
            }
        }
        var reading = GridRows(table: table, participants: participants, columns: columns)
        let answers = reading.read(rows)
        errors += reading.errors
        table = reading.table
        guard errors.isEmpty else {
            // Errors found before a cell was masked show its line again, masked.
            let shown = errors.map { error in
                var error = error
                if error.line > 0 { error.sourceLine = table.sourceLine(error.line) }
                return error
            }
            throw ScenarioErrors(shown.sortedByLocation())
        }
        return PollAnswers(answers: answers, encoding: table.encoding)
    }

    /// Whether `text` is one of ``participantHeadings``, ignoring case, accents and punctuation.
    static func isParticipantHeading(_ text: String) -> Bool {
        participantHeadings.contains { WrittenText.normalised($0) == WrittenText.normalised(text) }
    }

    /// Whether a record is a comment: its first cell starts with `#`.
    static func isComment(_ record: CSVRecord) -> Bool {
        record.fields.first.map { $0.trimmed.hasPrefix("#") } ?? false
    }
}
