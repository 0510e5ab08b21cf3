import Phrasebook

/// The encodings a CSV file is read in: what Excel and poll tools write.
public enum TextEncoding: String, Hashable, Sendable, CaseIterable {
    /// UTF-8, with or without a byte-order mark: "CSV UTF-8", Framadate, LibreOffice.
    case utf8 = "UTF-8"
    /// UTF-16 little-endian with its byte-order mark: Excel's "Unicode text" (tab-separated).
    case utf16LittleEndian = "UTF-16 LE"
    /// UTF-16 big-endian with its byte-order mark.
    case utf16BigEndian = "UTF-16 BE"
    /// Windows-1252: Excel's "CSV (séparateur : point-virgule)" in a French-, German- or Italian-speaking
    /// Swiss locale.
    case windows1252 = "Windows-1252"

    /// The name people know it by (`Windows-1252`).
    public var name: String { rawValue }
}

/// Tells a CSV file's encoding and turns its bytes into UTF-8, for ``CSVReader``.
///
/// Reliable, not guessed from one byte:
///
/// 1. a byte-order mark says it (UTF-8 `EF BB BF`, UTF-16 LE `FF FE`, UTF-16 BE `FE FF`);
/// 2. bytes that are valid UTF-8 are UTF-8 (a Windows-1252 text with accents is almost never valid UTF-8);
/// 3. other bytes are Windows-1252 when every byte is one of its characters: none of the five it leaves
///    undefined (`0x81`, `0x8D`, `0x8F`, `0x90`, `0x9D`);
/// 4. anything else is refused, located at the first line that is neither; so is a NUL byte (UTF-16 without its
///    byte-order mark) and a broken UTF-16 file.
enum CSVDecoding {
    /// The text as UTF-8 bytes (without byte-order mark) and the encoding read, or the problems.
    static func decode(_ bytes: [UInt8]) -> Result<(bytes: [UInt8], encoding: TextEncoding), CSVProblems> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            guard String(validating: body, as: UTF8.self) == nil else { return .success((body, .utf8)) }
            return .failure(CSVProblems(utf8Problems(in: body, hasMark: true)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(
                problem(
                    at: nul,
                    in: bytes,
                    Phrase("import.encoding.nul")
                )
            )
        }
        if String(validating: bytes, as: UTF8.self) != nil { return .success((bytes, .utf8)) }
        if let undefined = bytes.firstIndex(where: { windows1252Undefined.contains($0) }) {
            let hex = String(bytes[undefined], radix: 16, uppercase: true)
            return .failure(
                problem(
                    at: undefined,
                    in: bytes,
                    Phrase("import.encoding.neither", ["byte": .verbatim("0x\(hex)")])
                )
            )
        }
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(windows1252Scalar(byte)) }
        return .success((Array(String(text).utf8), .windows1252))
    }

    // MARK: - UTF-8

    /// The first byte that is not UTF-8 on each line that has one.
    static func utf8Problems(in bytes: [UInt8], hasMark: Bool) -> [CSVProblem] {
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
                            phrase: Phrase(
                                hasMark ? "import.encoding.notUTF8DespiteMark" : "import.encoding.notUTF8",
                                ["byte": .verbatim("0x\(hex)")]
                            )
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

    // MARK: - UTF-16

    private static func utf16(
        _ body: ArraySlice<UInt8>,
        bigEndian: Bool
    ) -> Result<(bytes: [UInt8], encoding: TextEncoding), CSVProblems> {
        let encoding: TextEncoding = bigEndian ? .utf16BigEndian : .utf16LittleEndian
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let first = UInt16(body[index])
            let second = UInt16(body[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF16.decode(encoded)
                text.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                return .failure(
                    problem(
                        Phrase("import.encoding.badCharacter", ["encoding": .verbatim(encoding.name)]),
                        line: line,
                        column: column,
                        shown: text
                    )
                )
            case .emptyInput:
                guard body.count % 2 == 0 else {
                    return .failure(
                        problem(
                            Phrase("import.encoding.endsMidCharacter", ["encoding": .verbatim(encoding.name)]),
                            line: line,
                            column: column,
                            shown: text
                        )
                    )
                }
                return .success((Array(String(text).utf8), encoding))
            }
        }
    }

    /// The problem of the byte at `offset`, located on its line.
    private static func problem(at offset: Int, in bytes: [UInt8], _ phrase: Phrase) -> CSVProblems {
        let (line, column) = position(of: offset, in: bytes)
        return CSVProblems([CSVProblem(code: .invalidEncoding, line: line, column: column, phrase: phrase)])
    }

    /// A broken UTF-16 file: the problem, and the text read up to it for the line shown.
    private static func problem(
        _ what: Phrase,
        line: Int,
        column: Int,
        shown: String.UnicodeScalarView
    ) -> CSVProblems {
        CSVProblems(
            [
                CSVProblem(
                    code: .invalidEncoding,
                    line: line,
                    column: column,
                    phrase: Phrase("import.encoding.saveAgain", ["what": what])
                )
            ],
            shown: Array(String(shown).utf8)
        )
    }

    // MARK: - Windows-1252

    /// The five bytes Windows-1252 leaves undefined.
    static let windows1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// The characters of bytes 0x80–0x9F (undefined ones as U+FFFD, never used: they are refused first).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The character of one Windows-1252 byte: ASCII and Latin-1 as themselves, 0x80–0x9F from the table.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The line and column (from 1, in bytes of the line) of the byte at `offset`.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == CSVByte.lineFeed || (byte == CSVByte.carriageReturn && bytes[index + 1] != CSVByte.lineFeed) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return (line, offset - lineStart + 1)
    }
}

/// Problems found while decoding, before any table exists, and the text the lines they point at are shown from.
struct CSVProblems: Error {
    let problems: [CSVProblem]
    /// The text as far as it could be read, as UTF-8; `nil` to show the bytes as UTF-8 would read them.
    let shown: [UInt8]?
    init(_ problems: [CSVProblem], shown: [UInt8]? = nil) {
        self.problems = problems
        self.shown = shown
    }
}
