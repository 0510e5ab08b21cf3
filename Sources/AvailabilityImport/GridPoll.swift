public import PlanningDomain
public import PlanningInput

/// Reads an answer grid: Entraide's own plain CSV, for answers staff take by phone or on paper.
///
/// ```text
/// participant;info-0112;info-0116;f1-0126
/// p01;oui;si nécessaire;non
/// p02;;oui;oui
/// ```
///
/// The header's first cell is `participant` (or `participant id`, `id`, `participant·e`, `Teilnehmer`,
/// `partecipante`), then one candidate slot id per column. Each row is a participant id, then an answer per
/// column in French, German, Italian or English (`oui`, `si nécessaire`, `non`, …), case-insensitive; an empty cell is no
/// answer. Separator `,` or `;`, UTF-8 with or without a byte-order mark. A column with neither heading nor
/// answers, and empty cells past the header's last column, are ignored.
public enum GridPoll {
    /// The headings accepted for the first column, compared without case, accents or punctuation.
    public static let participantHeadings = [
        "participant", "participant id", "id", "participant·e", "Teilnehmer", "partecipante",
    ]

    /// Whether `bytes` look like a grid: the first cell of the first row is one of ``participantHeadings``.
    public static func isGrid(_ bytes: [UInt8]) -> Bool {
        guard let table = try? CSVReader.read(bytes, file: ""), let first = table.records.first?.fields.first else {
            return false
        }
        return isParticipantHeading(first.text)
    }

    /// The answers in a grid.
    ///
    /// - Parameters:
    ///   - bytes: the grid's contents.
    ///   - file: the grid as the user named it, for errors.
    ///   - participants: whose ids the rows may name.
    ///   - candidates: whose ids the columns may name.
    /// - Returns: each participant's answers by candidate slot; a grid has no unmatched columns.
    /// - Throws: every problem of the file, sorted by line and column: an unknown participant or slot id (with
    ///   the nearest id), a participant's second row, a slot's second column, a row with more cells than the
    ///   header, an unknown answer.
    public static func answers(
        in bytes: [UInt8],
        file: String,
        participants: [Participant],
        candidates: [CandidateSlot]
    ) throws(ScenarioErrors) -> PollAnswers {
        let table = try CSVReader.read(bytes, file: file)
        var errors: [ScenarioError] = []
        guard let header = table.records.first else {
            throw ScenarioErrors([
                table.fileError(
                    .invalidHeader,
                    "the file is empty; expected a header `participant` then one column per candidate slot id, and "
                        + "one row per participant."
                )
            ])
        }
        let rows = table.records.dropFirst()
        if !isParticipantHeading(header.fields[0].text) {
            let text = header.fields[0].trimmed
            errors.append(
                table.error(
                    .invalidHeader,
                    at: header.fields[0],
                    value: text,
                    "first heading '\(text)' is not `participant`; expected `participant`, then one candidate slot "
                        + "id per column."
                )
            )
        }
        let slotIDs = Set(candidates.map(\.id))
        var columns: [CandidateSlot.ID?] = []
        var firstColumns: [CandidateSlot.ID: CSVField] = [:]
        for (index, heading) in header.fields.enumerated().dropFirst() {
            let id = CandidateSlot.ID(heading.trimmed)
            columns.append(nil)
            if id.rawValue.isEmpty {
                if rows.contains(where: { index < $0.fields.count && !$0.fields[index].isBlank }) {
                    errors.append(
                        table.error(.invalidHeader, at: heading, "a column with answers but no candidate slot id.")
                    )
                }
            } else if !slotIDs.contains(id) {
                let hint = Suggestion.hint(for: id.rawValue, among: candidates.map(\.id.rawValue))
                errors.append(
                    table.error(
                        .unknownSlot,
                        at: heading,
                        value: id.rawValue,
                        "'\(id)' is not a candidate slot id\(hint.isEmpty ? "." : hint)"
                    )
                )
            } else if let first = firstColumns[id] {
                errors.append(
                    table.error(
                        .duplicateColumn,
                        at: heading,
                        value: id.rawValue,
                        "a second column for candidate slot '\(id)'; the first starts at column \(first.column)."
                    )
                )
            } else {
                firstColumns[id] = heading
                columns[columns.count - 1] = id
            }
        }
        var reading = GridRows(table: table, participants: participants, columns: columns)
        let answers = reading.read(rows)
        errors += reading.errors
        guard errors.isEmpty else { throw ScenarioErrors(errors.sortedByLocation()) }
        return PollAnswers(answers: answers)
    }

    /// Whether `text` is one of ``participantHeadings``, ignoring case, accents and punctuation.
    static func isParticipantHeading(_ text: String) -> Bool {
        participantHeadings.contains { PollText.normalisedName($0) == PollText.normalisedName(text) }
    }
}
