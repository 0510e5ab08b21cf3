public import InputVocabulary
import Phrasebook
public import PlanningDomain
public import PlanningInput

/// Reads the answers of a Framadate date poll from its CSV export.
///
/// Framadate (`exportcsv.php`) writes: commas, CRLF, every cell in quotes, a comma after every cell, and
///
/// 1. a row of dates: an empty cell, then the date of each column in the poll's locale, short form, repeated
///    for each moment of that day (`12/01/2027` in French, `12.01.27` in German, `12/01/27` in Italian,
///    `1/12/27` in English; `2027-01-12` in older German and English versions);
/// 2. a row of moments: an empty cell, then the free text under each date (`18h30`, `18:30-20:00`, `soir`);
/// 3. one row per voter: the name, then one answer per column in the poll's language (`Oui`, `Si nécessaire`,
///    `Non`; `Ja`, `Unter Vorbehalt`, `Nein`; `Sì`, `Se necessario`, `No`; `Yes`, `Under reserve`, `No`).
///
/// A file re-saved by a spreadsheet (`;`, no quotes, no trailing separator, a byte-order mark) reads the same.
///
/// Each column goes to every candidate slot (of any session kind) on its date that starts at the moment's time,
/// or, for a moment that is a part of the day, that starts in it (morning before 12:00, afternoon 12:00–17:59,
/// evening from 18:00; no moment: the whole day). When two columns answer the same candidate, a column with a
/// time beats a part of the day, and between equals the weaker answer wins.
public enum FramadatePoll {
    /// The answers in `bytes`, the contents of the export named `file` in errors.
    ///
    /// - Parameters:
    ///   - bytes: the export's contents.
    ///   - file: the export as the user named it, for errors.
    ///   - participants: who may have voted; voters are matched to them by name, or by `voters`.
    ///   - candidates: the candidate slots the poll's columns are matched to.
    ///   - voters: voters' names as written in the poll (trimmed), mapped to a participant or to be ignored.
    ///   - dateOrder: how the poll writes dates; `nil` to infer it (a `.` means day-month-year; a number above
    ///     12 settles it; else English answers mean month-day-year, others day-month-year).
    /// - Returns: each participant's answers by candidate slot, and the columns that match no candidate.
    /// - Throws: every problem of the file, sorted by line and column; voters' names never appear in them.
    public static func answers(
        in bytes: [UInt8],
        file: String,
        participants: [Participant],
        candidates: [CandidateSlot],
        voters: [String: VoterTarget],
        dateOrder: DateOrder?
    ) throws(ScenarioErrors) -> PollAnswers {
        let table = try CSVReader.read(bytes, file: file, personalFields: [0])
        var reading = FramadateReading(
            table: table,
            candidates: candidates,
            matcher: VoterMatcher(participants: participants, voters: voters)
        )
        var answers = reading.read(dateOrder: dateOrder)
        guard reading.errors.isEmpty else { throw ScenarioErrors(reading.errors.sortedByLocation()) }
        answers.encoding = table.encoding
        return answers
    }
}

/// One reading of a Framadate export: the header rows, then each voter's row.
struct FramadateReading {
    let table: CSVTable
    let candidates: [CandidateSlot]
    var matcher: VoterMatcher
    var errors: [ScenarioError] = []

    /// The answers, with the problems in ``errors``.
    mutating func read(dateOrder: DateOrder?) -> PollAnswers {
        let records = table.records
        guard records.count >= 2 else {
            errors.append(
                table.fileError(
                    .invalidHeader,
                    Phrase(records.isEmpty ? "import.poll.noRows" : "import.poll.oneRow")
                )
            )
            return PollAnswers()
        }
        let rows = records.dropFirst(2).filter { !$0.fields.allSatisfy(\.isBlank) }
        var reader = AnswerWords.Reader()
        let readings = rows.map { $0.fields.dropFirst().map { reader.reading($0.text) } }
        let language = reader.language()
        guard
            let columns = columns(
                dates: records[0],
                moments: records[1],
                order: dateOrder,
                language: language?.language
            )
        else { return PollAnswers() }
        var answers = [Participant.ID: [CandidateSlot.ID: Availability]](minimumCapacity: rows.count)
        var firstRows: [Participant.ID: Int] = [:]
        for (row, cells) in zip(rows, readings) {
            let owner = owner(of: row, columns: columns.count, firstRows: &firstRows)
            if owner == .nobodyToCheck { continue }
            var best = [ColumnAnswer?](repeating: nil, count: candidates.count)
            for (index, (reading, column)) in zip(cells, columns).enumerated() {
                switch reading {
                case .none:
                    continue
                case .unknown:
                    let cell = row.fields[index + 1]
                    let text = cell.trimmed
                    errors.append(
                        table.error(
                            .invalidAvailability,
                            at: cell,
                            value: text,
                            Phrase(
                                "import.invalidAnswer",
                                ["value": .verbatim(text), "words": .verbatim(AnswerWords.all.accepted(in: language))]
                            )
                        )
                    )
                case .answer(let answer):
                    guard let column else { continue }
                    let choice = ColumnAnswer(answer: answer, isExact: column.isExact)
                    for slot in column.slots where best[slot].map(choice.beats) ?? true { best[slot] = choice }
                }
            }
            guard case .participant(let participant) = owner else { continue }
            var given = [CandidateSlot.ID: Availability](minimumCapacity: best.count { $0 != nil })
            for (slot, choice) in best.enumerated() {
                if let choice { given[candidates[slot].id] = choice.answer }
            }
            if !given.isEmpty { answers[participant] = given }
        }
        for problem in matcher.mappingProblems() { errors.append(table.fileError(problem.code, problem.phrase)) }
        let unmatched = columns.compactMap { $0 }.filter(\.slots.isEmpty).map(\.label)
        return PollAnswers(answers: answers, unmatchedColumns: unmatched)
    }
}

/// One column's answer for a candidate, and whether it beats another column's for the same candidate.
struct ColumnAnswer {
    let answer: Availability
    /// Whether the column names a time rather than a part of the day.
    let isExact: Bool

    /// A time beats a part of the day; between equals, the weaker answer wins.
    func beats(_ other: ColumnAnswer) -> Bool {
        isExact != other.isExact ? isExact : answer.halves < other.answer.halves
    }
}

extension [ScenarioError] {
    /// By line, then column, then message: file order, and the same order on every run.
    func sortedByLocation() -> [ScenarioError] {
        sorted { ($0.line, $0.column, $0.message) < ($1.line, $1.column, $1.message) }
    }
}
