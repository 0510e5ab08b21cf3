/// A problem in a calendar file that Entraide reads (busy time, public holidays), located like a compiler's
/// diagnostic.
///
/// ``rendered`` gives the file, the line and one sentence that quotes the offending value and says what was
/// expected:
///
/// ```
/// anna.ics:14: error: The time zone 'Mars/Olympus_Mons' is neither an IANA time-zone name, nor a Windows
/// time-zone name, nor defined by a VTIMEZONE in this file; expected a name such as 'Europe/Zurich'.
/// ```
///
/// Discretion: a calendar file may hold people's names in `SUMMARY`, `ATTENDEE`, `DESCRIPTION` and the like.
/// Messages and values only ever quote time zones, date-times, durations, recurrence rules, component and
/// parameter names, never the text of such a property.
public struct CalendarImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is; stable, for programs and tests.
    public var code: Code
    /// The file as the user named it.
    public var file: String
    /// The line, starting from 1: the first physical line of the (unfolded) content line at fault, or 0 when
    /// the problem concerns the whole file.
    public var line: Int
    /// The offending value as written (a TZID, a date-time, a recurrence rule), when there is one.
    public var value: String?
    /// One full sentence without the location: what is wrong, the value in quotes, what was expected.
    public var message: String

    /// Creates a problem; ``rendered`` is derived from these values.
    public init(code: Code, file: String, line: Int, value: String? = nil, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.value = value
        self.message = message
    }

    /// The diagnostic as a compiler prints it: `file:line: error: message`, or `file: error: message` when the
    /// problem concerns the whole file.
    public var rendered: String {
        guard line > 0 else { return "\(file): error: \(message)" }
        return "\(file):\(line): error: \(message)"
    }

    /// The same as ``rendered``.
    public var description: String { rendered }
}
