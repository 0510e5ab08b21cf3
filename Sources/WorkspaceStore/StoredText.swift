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

    /// `2027-01-12T18:30`.
    static func dateTime(_ text: String) -> LocalDateTime? {
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, let date = date(String(halves[0])) else { return nil }
        let clock = halves[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, clock[0].count == 2, clock[1].count == 2,
            let hour = Int(clock[0]), let minute = Int(clock[1]), let time = LocalTime(hour: hour, minute: minute)
        else { return nil }
        return LocalDateTime(date: date, time: time)
    }
}

/// A stored value that does not read back as a domain value: the workspace was edited by hand or is damaged.
struct StoredValueError: Error {
    /// What could not be read, with ids only (`candidate 'info-0112' of group 'g': start`).
    var what: String
}

extension StoredValueError {
    /// Reads an enumeration from its raw value, or throws naming what was being read.
    static func decode<T: RawRepresentable>(_: T.Type, _ raw: String, _ what: @autoclosure () -> String) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: raw) else { throw StoredValueError(what: what()) }
        return value
    }

    /// Reads a date and time, or throws naming what was being read.
    static func dateTime(_ raw: String, _ what: @autoclosure () -> String) throws -> LocalDateTime {
        guard let value = StoredText.dateTime(raw) else { throw StoredValueError(what: what()) }
        return value
    }

    /// Reads a date, or throws naming what was being read.
    static func date(_ raw: String, _ what: @autoclosure () -> String) throws -> LocalDate {
        guard let value = StoredText.date(raw) else { throw StoredValueError(what: what()) }
        return value
    }
}
