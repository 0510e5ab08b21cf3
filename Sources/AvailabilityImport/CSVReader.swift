public import PlanningInput

/// Reads CSV files as RFC 4180 describes them, with the tolerance real files need.
///
/// - Encoding: UTF-8, with or without a byte-order mark. Bytes that are not UTF-8 are reported on their line
///   (one problem per line), as is a UTF-16 file.
/// - Separator: `,` or `;`, whichever occurs more often outside quotes in the first record; a record with
///   neither (a single column) means `,`. Spreadsheets in French-speaking Switzerland write `;`.
/// - Quotes: a field that starts with `"` runs to the next lone `"`; inside it the separator and line breaks
///   are text and `""` is one quote.
/// - Line ends: CRLF, LF or CR, mixed if need be.
/// - Empty lines are left out, wherever they are (a line of separators only is a record of empty fields).
/// - When every record ends with a separator (Framadate writes one after each cell), the empty field after
///   the last separator is dropped, so that it does not read as one more column.
///
/// Problems: bytes that are not UTF-8, a quoted field never closed (at its opening quote), a quote inside a
/// field that does not start with one, text after a closing quote. All are reported at once, sorted by line
/// and column; a field never closed swallows the rest of the file, so nothing after it can be reported.
public enum CSVReader {
    /// Reads the contents of a CSV file.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the file as the user named it, for errors.
    ///   - personalFields: the positions (from 0) of the fields that hold personal data, such as a voter's
    ///     name: the line an error shows has them masked with `*`.
    /// - Returns: the records, each field with its line and column.
    /// - Throws: every problem of the file, sorted by line and column.
    public static func read(
        _ bytes: [UInt8],
        file: String,
        personalFields: Set<Int> = []
    ) throws(ScenarioErrors) -> CSVTable {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw ScenarioErrors([
                ScenarioError(
                    code: .invalidEncoding,
                    file: file,
                    line: 0,
                    column: 0,
                    message: "the file is UTF-16 text, not UTF-8; save it as \"CSV UTF-8\"."
                )
            ])
        }
        var problems: [CSVProblem] = []
        var text = Array(body)
        if String(validating: text, as: UTF8.self) == nil {
            problems = encodingProblems(in: text)
            text = Array(String(decoding: text, as: UTF8.self).utf8)
        }
        let separator = separator(of: text)
        var tokenizer = CSVTokenizer(bytes: text, separator: separator.byte, personalFields: personalFields)
        tokenizer.run()
        problems += tokenizer.problems
        var records = tokenizer.records
        records.removeAll { $0.fields.count == 1 && $0.fields[0].isEmptyAndUnquoted }
        let trailing =
            !records.isEmpty
            && records.allSatisfy { $0.fields.count > 1 && $0.fields[$0.fields.count - 1].isEmptyAndUnquoted }
        if trailing {
            for index in records.indices { records[index].fields.removeLast() }
        }
        let table = CSVTable(
            file: file,
            separator: separator,
            records: records,
            hadTrailingSeparators: trailing,
            source: tokenizer.source
        )
        guard problems.isEmpty else {
            throw ScenarioErrors(
                problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
                    .map { table.error($0.code, line: $0.line, column: $0.column, $0.message) }
            )
        }
        return table
    }

    // MARK: - Separator

    /// `;` when it occurs more often than `,` outside quotes in the first record, else `,`.
    static func separator(of bytes: [UInt8]) -> CSVTable.Separator {
        var commas = 0
        var semicolons = 0
        var isQuoted = false
        for byte in bytes {
            if byte == CSVByte.quote {
                isQuoted.toggle()
            } else if !isQuoted {
                if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
            }
        }
        return semicolons > commas ? .semicolon : .comma
    }

    // MARK: - Encoding

    /// The first byte that is not UTF-8 on each line that has one.
    static func encodingProblems(in bytes: [UInt8]) -> [CSVProblem] {
        var problems: [CSVProblem] = []
        for (index, range) in CSVSource(bytes: bytes).lines.enumerated() {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes[range].makeIterator()
            var column = 1
            var offset = range.lowerBound
            parsing: while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let scalar):
                    column += 1
                    offset += scalar.count
                case .error:
                    let hex = String(bytes[offset], radix: 16, uppercase: true)
                    problems.append(
                        CSVProblem(
                            code: .invalidEncoding,
                            line: index + 1,
                            column: column,
                            message: "byte 0x\(hex) is not UTF-8; save the file as \"CSV UTF-8\"."
                        )
                    )
                    break parsing
                case .emptyInput:
                    break parsing
                }
            }
        }
        return problems
    }
}

extension CSVField {
    /// Whether the field is nothing at all: not even quotes.
    fileprivate var isEmptyAndUnquoted: Bool { !isQuoted && text.isEmpty }
}

/// A problem found while reading, before the table exists to show its line.
struct CSVProblem: Hashable, Sendable {
    var code: ScenarioError.Code
    var line: Int
    var column: Int
    var message: String
}
