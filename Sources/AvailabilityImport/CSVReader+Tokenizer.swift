import Phrasebook
import PlanningInput

/// Splits valid UTF-8 bytes into records and fields, keeping each field's line and column.
///
/// One pass over the bytes; columns count Unicode scalars (bytes that are not UTF-8 continuation bytes).
struct CSVTokenizer {
    let bytes: [UInt8]
    let separator: UInt8
    let personalFields: Set<Int>
    private(set) var records: [CSVRecord] = []
    private(set) var problems: [CSVProblem] = []
    private(set) var source: CSVSource

    private var index = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8], separator: UInt8, personalFields: Set<Int>) {
        self.bytes = bytes
        self.separator = separator
        self.personalFields = personalFields
        self.source = CSVSource(bytes: bytes)
    }

    /// Reads every record.
    mutating func run() {
        var fields: [CSVField] = []
        while index < bytes.count {
            let start = (line: line, column: column)
            let field = bytes[index] == CSVByte.quote ? quotedField() : unquotedField()
            if personalFields.contains(fields.count) { source.mask(from: start, to: (line, column)) }
            fields.append(field)
            guard index < bytes.count else { break }
            if bytes[index] == separator {
                advance()
                if index == bytes.count {
                    fields.append(CSVField(text: "", line: line, column: column, isQuoted: false))
                }
            } else {
                skipLineBreak()
                records.append(CSVRecord(fields: fields))
                fields = []
            }
        }
        if !fields.isEmpty { records.append(CSVRecord(fields: fields)) }
    }

    // MARK: - Fields

    /// A field not in quotes: up to the separator or the line end; a quote in it is kept, and reported.
    private mutating func unquotedField() -> CSVField {
        let start = (line: line, column: column)
        let first = index
        var reported = false
        while index < bytes.count, !isFieldEnd(bytes[index]) {
            if bytes[index] == CSVByte.quote, !reported {
                reported = true
                report(.strayQuote, Phrase("import.csv.strayQuote"))
            }
            advance()
        }
        return CSVField(
            text: String(decoding: bytes[first..<index], as: UTF8.self),
            line: start.line,
            column: start.column,
            isQuoted: false
        )
    }

    /// A field in quotes: up to the lone closing quote; text after it, up to the field's end, is kept and reported.
    private mutating func quotedField() -> CSVField {
        let start = (line: line, column: column)
        advance()
        let contentStart = index
        var contentEnd = bytes.count
        var hasDoubledQuotes = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == CSVByte.quote {
                contentEnd = index
                advance()
                guard index < bytes.count, bytes[index] == CSVByte.quote else { break }
                hasDoubledQuotes = true
                contentEnd = bytes.count
                advance()
            } else if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
                skipLineBreak()
            } else {
                advance()
            }
        }
        var text = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
        if hasDoubledQuotes { text = text.replacing("\"\"", with: "\"") }
        if contentEnd == bytes.count {
            problems.append(
                CSVProblem(
                    code: .unterminatedQuote,
                    line: start.line,
                    column: start.column,
                    phrase: Phrase("import.csv.unterminatedQuote")
                )
            )
        } else if index < bytes.count, !isFieldEnd(bytes[index]) {
            report(
                .textAfterQuote,
                Phrase(
                    "import.csv.textAfterQuote",
                    ["separator": .verbatim(String(Character(Unicode.Scalar(separator))))]
                )
            )
            let rest = index
            while index < bytes.count, !isFieldEnd(bytes[index]) { advance() }
            text += String(decoding: bytes[rest..<index], as: UTF8.self)
        }
        return CSVField(text: text, line: start.line, column: start.column, isQuoted: true)
    }

    // MARK: - Moving on

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == separator || byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn
    }

    /// Steps over one byte that is not a line break.
    private mutating func advance() {
        if CSVByte.startsScalar(bytes[index]) { column += 1 }
        index += 1
    }

    /// Steps over CRLF, LF or CR.
    private mutating func skipLineBreak() {
        if bytes[index] == CSVByte.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == CSVByte.lineFeed {
            index += 1
        }
        index += 1
        line += 1
        column = 1
    }

    private mutating func report(_ code: ScenarioError.Code, _ phrase: Phrase) {
        problems.append(CSVProblem(code: code, line: line, column: column, phrase: phrase))
    }
}
