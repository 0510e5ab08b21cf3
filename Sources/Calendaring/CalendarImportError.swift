public import Phrasebook
public import PlanningDomain

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
    /// What is wrong, the value in quotes, what was expected, to be worded in the reader's language; it starts
    /// in lower case, as a sentence does after `error:` in the scenario's messages (``sentence`` starts it in
    /// upper case).
    public var phrase: Phrase

    /// Creates a problem; ``rendered(in:)`` is derived from these values.
    public init(code: Code, file: String, line: Int, value: String? = nil, phrase: Phrase) {
        self.code = code
        self.file = file
        self.line = line
        self.value = value
        self.phrase = phrase
    }

    /// Creates a problem whose sentence is already written (in English): it reads the same in every language.
    public init(code: Code, file: String, line: Int, value: String? = nil, message: String) {
        self.init(code: code, file: file, line: line, value: value, phrase: .verbatim(message))
    }

    /// The sentence on its own, starting in upper case.
    public var sentence: Phrase { .capitalized(phrase) }

    /// One full sentence in English without the location: what is wrong, the value in quotes, what was
    /// expected.
    public var message: String { sentence.english }

    /// The diagnostic as a phrase: `file:line: error: Sentence`, or `file: error: Sentence` when the problem
    /// concerns the whole file.
    public var diagnostic: Phrase {
        .joined([.verbatim(line > 0 ? "\(file):\(line): error: " : "\(file): error: "), sentence], separator: "")
    }

    /// The diagnostic as a compiler prints it, worded in `language`.
    public func rendered(in language: Language) -> String { diagnostic.text(in: language) }

    /// The diagnostic in English.
    public var rendered: String { rendered(in: .english) }

    /// The same as ``rendered``.
    public var description: String { rendered }
}
