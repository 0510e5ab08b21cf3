public import Phrasebook

/// A `--rhythm` text that cannot be read: the part at fault, where it is, and one sentence.
///
/// ```
/// --rhythm:9: error: 'weks' in 'every 2 weks tuesday 19:00 120min' is not 'week' or 'weeks'; expected a
/// rhythm such as 'every 2 weeks tuesday 19:00 120min'.
/// ```
public struct RhythmError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The whole text given.
    public var text: String
    /// The part at fault as written, or empty when something is missing at the end.
    public var part: String
    /// The 1-based column (in characters) of the part, or the column after the text when something is missing.
    public var column: Int
    /// One full sentence, the part in quotes and what was expected, to be worded in the reader's language.
    public var phrase: Phrase

    /// Creates an error.
    public init(text: String, part: String, column: Int, phrase: Phrase) {
        self.text = text
        self.part = part
        self.column = column
        self.phrase = phrase
    }

    /// The sentence in English, starting in upper case.
    public var message: String { Phrase.capitalized(phrase).english }

    /// `--rhythm:9: error: …` as a phrase; `option` names where the text came from.
    public func diagnostic(option: String = "--rhythm") -> Phrase {
        .joined([.verbatim("\(option):\(column): error: "), .capitalized(phrase)], separator: "")
    }

    /// `--rhythm:9: error: …`, as a compiler prints a diagnostic.
    public func rendered(option: String = "--rhythm") -> String { diagnostic(option: option).english }

    /// The same as ``rendered(option:)`` with `--rhythm`.
    public var description: String { rendered() }
}
