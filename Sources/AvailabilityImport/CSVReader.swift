import Phrasebook
public import PlanningInput

/// Reads CSV files as RFC 4180 describes them, with the tolerance real files need.
///
/// - Encoding: UTF-8 with or without a byte-order mark, UTF-16 with its byte-order mark (Excel's "Unicode text")
///   and Windows-1252 (Excel's "CSV (séparateur : point-virgule)" in Switzerland), told apart reliably (see
///   ``TextEncoding``); ``CSVTable/encoding`` says which was read. Anything else is reported at its first bad
///   line.
/// - Separator: `,`, `;` or a tab, whichever occurs most often outside quotes in the first record (a tab only
///   when it beats both); a record with none (a single column) means `,`. Spreadsheets in French-speaking
///   Switzerland write `;`, Excel's "Unicode text" a tab.
/// - Quotes: a field that starts with `"` runs to the next lone `"`; inside it the separator and line breaks
///   are text and `""` is one quote.
/// - Line ends: CRLF, LF or CR, mixed if need be.
/// - Empty lines are left out, wherever they are (a line of separators only is a record of empty fields).
/// - When every record ends with a separator (Framadate writes one after each cell), the empty field after
///   the last separator is dropped, so that it does not read as one more column.
///
/// Problems: an encoding that is none of these, a quoted field never closed (at its opening quote), a quote
/// inside a field that does not start with one, text after a closing quote. All are reported at once, sorted by
/// line and column; a field never closed swallows the rest of the file, so nothing after it can be reported.
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
        let text: [UInt8]
        let encoding: TextEncoding
        switch CSVDecoding.decode(bytes) {
        case .success(let decoded):
            (text, encoding) = decoded
        case .failure(let failure):
            // Show the lines as UTF-8 would, each bad byte replaced.
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            let shown = CSVSource(bytes: failure.shown ?? Array(String(decoding: body, as: UTF8.self).utf8))
            throw ScenarioErrors(
                failure.problems.map { problem in
                    ScenarioError(
                        code: problem.code,
                        file: file,
                        line: problem.line,
                        column: problem.column,
                        phrase: problem.phrase,
                        sourceLine: shown.maskedLine(problem.line)
                    )
                }
            )
        }
        let separator = separator(of: text)
        var tokenizer = CSVTokenizer(bytes: text, separator: separator.byte, personalFields: personalFields)
        tokenizer.run()
        let problems = tokenizer.problems
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
            encoding: encoding,
            records: records,
            hadTrailingSeparators: trailing,
            source: tokenizer.source
        )
        guard problems.isEmpty else {
            throw ScenarioErrors(
                problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
                    .map { table.error($0.code, line: $0.line, column: $0.column, $0.phrase) }
            )
        }
        return table
    }

    // MARK: - Separator

    /// The separator that occurs most often outside quotes in the first record that is not a comment (a line
    /// starting with `#`, as Entraide's grids start): `;` when it beats `,`, a tab when it beats both, else `,`.
    static func separator(of bytes: [UInt8]) -> CSVTable.Separator {
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var isQuoted = false
        for byte in bytes[firstRecordStart(of: bytes)...] {
            if byte == CSVByte.quote {
                isQuoted.toggle()
            } else if !isQuoted {
                if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
                if byte == UInt8(ascii: "\t") { tabs += 1 }
            }
        }
        if tabs > commas, tabs > semicolons { return .tab }
        return semicolons > commas ? .semicolon : .comma
    }
}

extension CSVReader {
    /// Where the first line that does not start with `#` starts (the whole text when every line does).
    static func firstRecordStart(of bytes: [UInt8]) -> Int {
        var start = 0
        while start < bytes.count, bytes[start] == UInt8(ascii: "#") {
            guard
                let end = bytes[start...].firstIndex(where: { $0 == CSVByte.lineFeed || $0 == CSVByte.carriageReturn })
            else { return 0 }
            start = end + 1
            while start < bytes.count, bytes[start] == CSVByte.lineFeed || bytes[start] == CSVByte.carriageReturn {
                start += 1
            }
        }
        return start < bytes.count ? start : 0
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
    var phrase: Phrase
}
