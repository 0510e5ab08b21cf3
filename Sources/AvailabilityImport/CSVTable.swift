import InputVocabulary
import Phrasebook
import PlanningInput

/// One cell of a CSV file, with where it is written.
public struct CSVField: Hashable, Sendable {
    /// The value: without its enclosing quotes, doubled quotes made single, line breaks inside quotes kept.
    public var text: String
    /// The physical line the field starts on, from 1.
    public var line: Int
    /// The column the field starts at (its opening quote when quoted), from 1, in Unicode scalars of the line.
    public var column: Int
    /// Whether the field was written in double quotes.
    public var isQuoted: Bool

    /// A field as read.
    public init(text: String, line: Int, column: Int, isQuoted: Bool) {
        self.text = text
        self.line = line
        self.column = column
        self.isQuoted = isQuoted
    }

    /// The value without leading and trailing spaces, tabs and line breaks.
    public var trimmed: String { WrittenText.trimmed(text) }

    /// Whether the value holds nothing but white space.
    public var isBlank: Bool {
        // Most cells start with an ASCII letter: no need to look further.
        let asciiBlanks: [UInt8] = [0x20, 0x09, 0x0A, 0x0D]
        guard let first = text.utf8.first(where: { !asciiBlanks.contains($0) }) else { return true }
        return first >= 0x80 && text.allSatisfy(\.isWhitespace)
    }
}

/// One record (row) of a CSV file: its fields in order.
public struct CSVRecord: Hashable, Sendable {
    /// The fields, at least one.
    public var fields: [CSVField]

    /// A record of `fields`.
    public init(fields: [CSVField]) { self.fields = fields }

    /// The physical line the record starts on.
    public var line: Int { fields.first?.line ?? 0 }
}

/// A CSV file read by ``CSVReader``: its records, its separator, and its lines for located errors.
public struct CSVTable: Hashable, Sendable {
    /// The character between fields.
    public enum Separator: String, Hashable, Sendable, CaseIterable {
        /// `,`: RFC 4180, Framadate, English-language spreadsheets.
        case comma = ","
        /// `;`: what spreadsheets write in French-, German- and Italian-speaking Switzerland.
        case semicolon = ";"
        /// A tab: Excel's "Unicode text".
        case tab = "\t"

        /// The separator as a byte.
        var byte: UInt8 {
            switch self {
            case .comma: UInt8(ascii: ",")
            case .semicolon: UInt8(ascii: ";")
            case .tab: UInt8(ascii: "\t")
            }
        }
    }

    /// The file as the user named it, for errors.
    public var file: String
    /// The separator the file uses.
    public var separator: Separator
    /// The encoding the file was read in.
    public var encoding: TextEncoding
    /// The records, empty lines left out.
    public var records: [CSVRecord]
    /// Whether every record ended with a separator (as Framadate writes), whose empty last field was dropped.
    public var hadTrailingSeparators: Bool
    /// The physical lines and what of them is masked.
    private(set) var source: CSVSource

    /// Masks a field in the lines errors show, as personal fields are: a cell found to hold a name.
    mutating func mask(_ field: CSVField) {
        let length = field.text.unicodeScalars.count + (field.isQuoted ? 2 + field.text.count { $0 == "\"" } : 0)
        source.mask(from: (field.line, field.column), to: (field.line, field.column + length))
    }

    /// The physical line `number` (from 1) as an error shows it: personal fields masked with `*`.
    public func sourceLine(_ number: Int) -> String? { source.maskedLine(number) }

    /// A problem located at `line` and `column` of this file, showing that line with personal data masked.
    func error(
        _ code: ScenarioError.Code,
        line: Int,
        column: Int,
        value: String? = nil,
        _ phrase: Phrase
    ) -> ScenarioError {
        ScenarioError(
            code: code,
            file: file,
            line: line,
            column: column,
            value: value,
            phrase: phrase,
            sourceLine: line > 0 ? sourceLine(line) : nil
        )
    }

    /// A problem located at a field.
    func error(
        _ code: ScenarioError.Code,
        at field: CSVField,
        value: String? = nil,
        _ phrase: Phrase
    ) -> ScenarioError {
        error(code, line: field.line, column: field.column, value: value, phrase)
    }

    /// A problem of the whole file (line 0).
    func fileError(_ code: ScenarioError.Code, _ phrase: Phrase) -> ScenarioError {
        error(code, line: 0, column: 0, phrase)
    }
}

/// The text of a CSV file by physical lines, with the stretches to mask when a line is shown.
struct CSVSource: Hashable, Sendable {
    /// The file as valid UTF-8, without its byte-order mark.
    let bytes: [UInt8]
    /// For each line, the range of its bytes without the line break.
    let lines: [Range<Int>]
    /// Column ranges (from 1, in Unicode scalars, upper bound excluded) to mask, by line.
    var masks: [Int: [Range<Int>]] = [:]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
                lines.append(start..<index)
                index +=
                    byte == CSVByte.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == CSVByte.lineFeed
                    ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { lines.append(start..<bytes.count) }
        self.lines = lines
    }

    /// The line as written, from 1; `nil` past the end.
    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(decoding: bytes[lines[number - 1]], as: UTF8.self)
    }

    /// The line with the masked columns replaced by `*`, so that columns stay put.
    func maskedLine(_ number: Int) -> String? {
        guard let text = line(number) else { return nil }
        guard let ranges = masks[number], !ranges.isEmpty else { return text }
        var masked = String.UnicodeScalarView()
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let column = offset + 1
            masked.append(ranges.contains { $0.contains(column) } ? "*" : scalar)
        }
        return String(masked)
    }

    /// Masks a field written from `start` to `end` (excluded), both (line, column), across lines if need be.
    mutating func mask(from start: (line: Int, column: Int), to end: (line: Int, column: Int)) {
        for line in start.line...max(start.line, end.line) {
            let lower = line == start.line ? start.column : 1
            let upper = line == end.line ? end.column : Int.max
            if lower < upper { masks[line, default: []].append(lower..<upper) }
        }
    }
}

/// The ASCII bytes that shape a CSV file.
enum CSVByte {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let quote = UInt8(ascii: "\"")

    /// Whether `byte` starts a Unicode scalar in UTF-8 (is not a continuation byte).
    static func startsScalar(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
}
