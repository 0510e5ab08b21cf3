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
                    "this row has more cells than the poll has columns (\(columns)); expected a name and one answer "
                        + "per column."
                )
            )
        }
        if name.isBlank {
            errors.append(
                table.error(.unnamedRow, at: name, "a row with answers but no voter name; name it or delete it.")
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
                    "the rows on lines \(first) and \(name.line) are both participant '\(id)'; keep one, or map the "
                        + "other under `voters` to `ignore`."
                )
            )
        case .unknown(let nearest):
            let hint = nearest.map { " (the nearest name is participant '\($0)')" } ?? ""
            errors.append(
                table.error(
                    .unknownVoter,
                    at: name,
                    "this voter's name matches no participant's\(hint); map it under `voters` in the scenario, or "
                        + "to `ignore`."
                )
            )
        case .ambiguous(let ids):
            errors.append(
                table.error(
                    .ambiguousVoter,
                    at: name,
                    "this voter's name matches participants \(ids.map { "'\($0)'" }.joined(separator: ", ")); map it "
                        + "under `voters` in the scenario."
                )
            )
        }
        return .nobody
    }
}
