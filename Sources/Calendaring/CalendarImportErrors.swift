public import Phrasebook
public import PlanningDomain

/// Every problem found in one calendar file, in line order: what ``BusyTimeReader`` and ``HolidayReader`` throw.
///
/// A file is checked whole before anything is thrown, as the scenario and CSV readers do: every line libical
/// cannot read, every unknown time zone, every impossible date, every broken recurrence rule. A file that is
/// not iCalendar at all (not UTF-8 text, `BEGIN`/`END` lines that do not pair up) stops at that problem, since
/// nothing after it can be located reliably.
public struct CalendarImportErrors: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, sorted by line (a whole-file problem, line 0, first); never empty when thrown.
    public var errors: [CalendarImportError]

    /// Wraps problems, sorting them by line and dropping repeats (the same code, line and message).
    public init(_ errors: [CalendarImportError]) {
        var seen: Set<CalendarImportError> = []
        self.errors = errors.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
            .filter { seen.insert($0).inserted }
    }

    /// One problem.
    public init(_ error: CalendarImportError) {
        self.errors = [error]
    }

    /// Every problem as a phrase, one per line.
    public var diagnostic: Phrase { .lines(errors.map(\.diagnostic)) }

    /// Each problem rendered like a compiler's diagnostic in `language`, one per line.
    public func rendered(in language: Language) -> String { diagnostic.text(in: language) }

    /// Each problem rendered like a compiler's diagnostic in English, one per line.
    public var rendered: String { rendered(in: .english) }

    /// The same as ``rendered``.
    public var description: String { rendered }
}
