import Phrasebook
import PlanningDomain
import PlanningInput

/// Whose answers a voter's row holds.
enum RowOwner: Hashable {
    /// This participant's.
    case participant(Participant.ID)
    /// Nobody's, but its answers are still checked (an unknown or ambiguous voter, a second row).
    case nobody
    /// Nobody's, and its answers are not checked: a row to ignore, or without a name.
    case nobodyToCheck
}

extension FramadateReading {
    /// Whose answers `row` holds; reports a row longer than the poll, a row without a name, a voter who matches
    /// no participant or several, and a participant's second row (`firstRows` holds the line of each first).
    mutating func owner(of row: CSVRecord, columns: Int, firstRows: inout [Participant.ID: Int]) -> RowOwner {
        let name = row.fields[0]
        if let extra = row.fields.dropFirst(columns + 1).first(where: { !$0.isBlank }) {
            errors.append(
                table.error(
                    .extraCell,
                    at: extra,
                    Phrase("import.poll.rowTooLong", ["columns": .number(columns)])
                )
            )
        }
        if name.isBlank {
            errors.append(
                table.error(.unnamedRow, at: name, Phrase("import.poll.unnamedRow"))
            )
            return .nobodyToCheck
        }
        switch matcher.match(name.text) {
        case .ignored:
            return .nobodyToCheck
        case .participant(let id):
            guard let first = firstRows[id] else {
                firstRows[id] = name.line
                return .participant(id)
            }
            errors.append(
                table.error(
                    .duplicateRow,
                    at: name,
                    Phrase(
                        "import.poll.duplicateRow",
                        ["first": .number(first), "second": .number(name.line), "id": .verbatim(id.rawValue)]
                    )
                )
            )
        case .unknown(let nearest):
            let hint = nearest.map { Phrase("import.poll.nearestName", ["id": .verbatim($0.rawValue)]) } ?? .empty
            errors.append(table.error(.unknownVoter, at: name, Phrase("import.poll.unknownVoter", ["hint": hint])))
        case .ambiguous(let ids):
            errors.append(
                table.error(
                    .ambiguousVoter,
                    at: name,
                    Phrase("import.poll.ambiguousVoter", ["ids": .list(ids.map { Phrase.quoted($0.rawValue) })])
                )
            )
        }
        return .nobody
    }
}
