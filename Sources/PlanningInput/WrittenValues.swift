internal import InputVocabulary
public import PlanningDomain

/// Values as the files write them, read from a command-line option: the same grammar as the readers'.
extension WeeklyWindow {
    /// `tuesday 09:00-12:00`, `mardi 9h-12h` (a weekday and a time range, the end after the start, in any of the
    /// four languages, as a scenario's `weekly` habits); `nil` otherwise.
    public init?(written text: String) {
        guard let window = ScenarioParser.weeklyWindow(text.trimmed) else { return nil }
        self = window
    }
}

extension LocalDate {
    /// A date as the readers read one (`2027-01-12`, `12.01.2027`, `12 janvier 2027`), that exists and is not
    /// ambiguous; `nil` otherwise.
    public init?(written text: String) {
        guard let date = WrittenDate.date(text.trimmed) else { return nil }
        self = date
    }
}
