import AvailabilityImport
import PlanningInput
import Testing

/// A malformed file and the whole message it must give.
struct MalformedCSV: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let personalFields: Set<Int>
    let expected: String

    init(_ name: String, _ text: String, personalFields: Set<Int> = [], _ expected: String) {
        self.init(name, Array(text.utf8), personalFields: personalFields, expected)
    }

    init(_ name: String, _ bytes: [UInt8], personalFields: Set<Int> = [], _ expected: String) {
        self.name = name
        self.bytes = bytes
        self.personalFields = personalFields
        self.expected = expected
    }

    var testDescription: String { name }
}

@Suite struct CSVReaderErrorTests {
    static let cases: [MalformedCSV] = [
        MalformedCSV(
            "a quoted field never closed is reported at its opening quote",
            "a,b\nc,\"d\ne,f\n",
            """
            t.csv:2:3: error: this quoted field is never closed; expected a closing double quote before the end \
            of the file.
            c,"d
              ^
            """
        ),
        MalformedCSV(
            "a quote inside an unquoted field",
            "a,b\nc,d\"e\"f,g\n",
            """
            t.csv:2:4: error: a double quote inside a field that does not start with one; write the whole field \
            in quotes, with each quote inside doubled ("").
            c,d"e"f,g
               ^
            """
        ),
        MalformedCSV(
            "text after a closing quote",
            "a;b\n\"c\" d;e\n",
            """
            t.csv:2:4: error: text after the closing quote of a field; expected ';' or the end of the line.
            "c" d;e
               ^
            """
        ),
        MalformedCSV(
            "bytes that are neither UTF-8 nor Windows-1252, at the first line that is neither",
            Array("a,b\nCaf".utf8) + [0xE9] + Array(",x\nok,ok\n".utf8) + [0x81, 0x41] + Array("\n".utf8),
            """
            t.csv:4:1: error: the file is neither UTF-8 nor Windows-1252 (byte 0x81 is neither); save it as "CSV \
            UTF-8".
            \u{FFFD}A
            ^
            """
        ),
        MalformedCSV(
            "bytes that are not UTF-8 after UTF-8's byte-order mark, one problem per line, the line shown repaired",
            [0xEF, 0xBB, 0xBF] + Array("a,b\nCaf".utf8) + [0xE9] + Array(",x\nok,ok\n".utf8) + [0xFC, 0x41]
                + Array("\n".utf8),
            """
            t.csv:2:4: error: byte 0xE9 is not UTF-8 although the file starts with UTF-8's byte-order mark; save \
            the file as "CSV UTF-8".
            Caf\u{FFFD},x
               ^
            t.csv:4:1: error: byte 0xFC is not UTF-8 although the file starts with UTF-8's byte-order mark; save \
            the file as "CSV UTF-8".
            \u{FFFD}A
            ^
            """
        ),
        MalformedCSV(
            "NUL bytes: UTF-16 without its byte-order mark",
            [0x61, 0x00, 0x3B, 0x00, 0x62, 0x00],
            """
            t.csv:1:2: error: the file holds NUL bytes, as UTF-16 text without a byte-order mark does; save it as \
            "CSV UTF-8" or "Unicode text".
            a\u{0};\u{0}b\u{0}
             ^
            """
        ),
        MalformedCSV(
            "a UTF-16 file cut in the middle of a character",
            [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x62],
            """
            t.csv:2:1: error: the file ends in the middle of a UTF-16 LE character; save it again as "CSV UTF-8" \
            or "Unicode text".
            """
        ),
        MalformedCSV(
            "a UTF-16 file with half a character (a lone surrogate)",
            [0xFE, 0xFF, 0x00, 0x61, 0x00, 0x0A, 0xD8, 0x00, 0x00, 0x61],
            """
            t.csv:2:1: error: the file starts as UTF-16 BE text, but this is not a character in UTF-16 BE; save \
            it again as "CSV UTF-8" or "Unicode text".
            """
        ),
        MalformedCSV(
            "every problem of the file, in file order, personal fields masked",
            "\"Anna\" B,\"Oui\"\nBé\"a,Non\n\"Carl,Oui\n",
            personalFields: [0],
            """
            t.csv:1:7: error: text after the closing quote of a field; expected ',' or the end of the line.
            ********,"Oui"
                  ^
            t.csv:2:3: error: a double quote inside a field that does not start with one; write the whole field \
            in quotes, with each quote inside doubled ("").
            ****,Non
              ^
            t.csv:3:1: error: this quoted field is never closed; expected a closing double quote before the end \
            of the file.
            *********
            ^
            """
        ),
    ]

    @Test("a malformed file gives these messages", arguments: cases)
    func malformed(_ file: MalformedCSV) {
        do {
            let table = try CSVReader.read(file.bytes, file: "t.csv", personalFields: file.personalFields)
            Issue.record("read without error: \(table.records.count) records")
        } catch {
            #expect(error.rendered == file.expected)
        }
    }

    @Test("each problem has its code") func codes() {
        let texts = ["\"a", "a\"b", "\"a\"b"]
        let codes: [ScenarioError.Code] = [.unterminatedQuote, .strayQuote, .textAfterQuote]
        for (text, code) in zip(texts, codes) {
            #expect(throws: ScenarioErrors.self) { try CSVReader.read(Array(text.utf8), file: "t.csv") }
            do {
                _ = try CSVReader.read(Array(text.utf8), file: "t.csv")
            } catch {
                #expect(error.errors.map(\.code) == [code])
            }
        }
    }
}
