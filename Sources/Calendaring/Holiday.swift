public import PlanningDomain

/// A public holiday read from a holiday calendar: one day and its name.
public struct Holiday: Hashable, Sendable {
    /// The day.
    public var date: LocalDate
    /// The name as the calendar writes it (its `SUMMARY`, RFC 5545 §3.8.1.12), such as `Lundi de Pâques`.
    public var name: String

    /// Creates a holiday.
    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}
