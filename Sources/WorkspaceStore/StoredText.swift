import PlanningDomain

/// The text forms of domain values in the workspace's columns and in the export: the scenario file's forms.
enum StoredText {
    /// `2027-01-12`.
    static func date(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// `18:30`.
    static func time(_ text: String) -> LocalTime? {
        let clock = text.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, clock[0].count == 2, clock[1].count == 2,
            let hour = Int(clock[0]), let minute = Int(clock[1])
        else { return nil }
        return LocalTime(hour: hour, minute: minute)
    }

    /// `2027-01-12T18:30`.
    static func dateTime(_ text: String) -> LocalDateTime? {
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let date = date(String(halves[0])), let time = time(String(halves[1])) else {
            return nil
        }
        return LocalDateTime(date: date, time: time)
    }
}

/// A stored value that does not read back as a domain value: the workspace was edited by hand or is damaged.
///
/// It names where the value is — table, column and the row's key (ids only) — and what was expected, never the
/// value itself, which may be a name or an address.
struct StoredValueError: Error {
    /// The table (`participant`).
    var table: String
    /// The column (`status`).
    var column: String
    /// The row's key, ids only (`group_id 'g', id 'p01'`); empty for a table of one row.
    var key: String
    /// What the column should hold, as the end of a sentence (`one of active, withdrawn, forgotten`).
    var expected: String
}
