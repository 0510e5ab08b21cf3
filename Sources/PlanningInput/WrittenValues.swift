public import PlanningDomain

/// Values as the files write them, read from a command-line option: the same grammar as the scenario's.
extension WeeklyWindow {
    /// `tuesday 09:00-12:00` (a weekday in English, then a time range with the end after the start); `nil`
    /// otherwise.
    public init?(written text: String) {
        guard let window = ScenarioParser.weeklyWindow(text.trimmed) else { return nil }
        self = window
    }
}

extension LocalDate {
    /// `2027-01-12`, a date that exists; `nil` otherwise.
    public init?(written text: String) {
        let parts = text.trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
