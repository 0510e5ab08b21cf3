import AvailabilityImport
import PlanningInput
import Testing

@Suite struct CSVReaderTests {
    private func read(_ text: String) throws(ScenarioErrors) -> CSVTable {
        try CSVReader.read(Array(text.utf8), file: "t.csv")
    }

    private func texts(_ table: CSVTable) -> [[String]] {
        table.records.map { $0.fields.map(\.text) }
    }

    @Test("a byte-order mark is dropped and not counted as a column") func byteOrderMark() throws {
        let table = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8), file: "t.csv")
        #expect(texts(table) == [["a", "b"]])
        #expect(table.records[0].fields.map(\.column) == [1, 3])
        #expect(table.sourceLine(1) == "a,b")
    }

    @Test("the separator is the more frequent of , and ; outside quotes in the first record")
    func separatorDetection() throws {
        #expect(try read("a;b;c\n1;2;3\n").separator == .semicolon)
        #expect(try read("a,b;c,d\n").separator == .comma)
        #expect(try read("\"x,y,z\";b\n1;\"2,5\"\n").separator == .semicolon)
        #expect(try texts(read("\"x,y,z\";b\n1;\"2,5\"\n")) == [["x,y,z", "b"], ["1", "2,5"]])
        #expect(try read("participant\np01\n").separator == .comma)
        #expect(try read("a;b\n1,2,3,4,5\n").separator == .semicolon)
    }

    @Test("quoted fields hold separators, doubled quotes and line breaks") func quotedFields() throws {
        let table = try read("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",x\nnext,\"\"\n")
        #expect(texts(table) == [["a,b", "say \"hi\"", "two\nlines", "x"], ["next", ""]])
        let fields = table.records[0].fields
        #expect(fields.map(\.isQuoted) == [true, true, true, false])
        #expect(fields.map(\.line) == [1, 1, 1, 2])
        #expect(fields.map(\.column) == [1, 7, 20, 8])
        #expect(table.records[1].line == 3)
    }

    @Test("CRLF, LF and CR end lines alike, also mixed", arguments: ["\r\n", "\n", "\r"])
    func lineEnds(_ end: String) throws {
        let table = try read("a,b" + end + "c,d" + end + "\"e" + end + "f\",g" + end)
        #expect(texts(table) == [["a", "b"], ["c", "d"], ["e" + end + "f", "g"]])
        #expect(table.records.map(\.line) == [1, 2, 3])
        #expect(table.records[2].fields[1].line == 4)
        #expect(try texts(read("a\r\nb\nc\rd")) == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test("a separator at the end of every line makes no extra field") func trailingSeparators() throws {
        let framadate = try read(",\"12/01/2027\",\"13/01/2027\",\r\n\"Anna\",\"Oui\",\"Non\",\r\n")
        #expect(framadate.hadTrailingSeparators)
        #expect(texts(framadate) == [["", "12/01/2027", "13/01/2027"], ["Anna", "Oui", "Non"]])
        let atEndOfFile = try read("a,b,\nc,d,")
        #expect(texts(atEndOfFile) == [["a", "b"], ["c", "d"]])
        let someLines = try read("a,b,c\n1,2,\n")
        #expect(!someLines.hadTrailingSeparators)
        #expect(texts(someLines) == [["a", "b", "c"], ["1", "2", ""]])
        let quotedEmpty = try read("a,\"\"\nb,\"\"\n")
        #expect(texts(quotedEmpty) == [["a", ""], ["b", ""]])
    }

    @Test("empty lines are left out, a row of separators is kept; line numbers stay those of the file")
    func blankLines() throws {
        let table = try read("a;b\n\n;\n1;2\n\r\n\n")
        #expect(texts(table) == [["a", "b"], ["", ""], ["1", "2"]])
        #expect(table.records.map(\.line) == [1, 3, 4])
        #expect(try read("").records.isEmpty)
        #expect(try read("\n\n").records.isEmpty)
    }

    @Test("columns count Unicode scalars, not bytes") func unicodeColumns() throws {
        let table = try read("é,ü😀,x\n")
        #expect(table.records[0].fields.map(\.column) == [1, 3, 6])
    }

    @Test("an empty field after the last separator of an unterminated last line is kept") func lastLine() throws {
        #expect(try texts(read("a,b\nc,")) == [["a", "b"], ["c", ""]])
        #expect(try texts(read("a,b\nc,\"d\"")) == [["a", "b"], ["c", "d"]])
    }

    @Test("personal fields are masked in the line an error shows, across lines too") func masking() throws {
        let table = try CSVReader.read(
            Array("\"Anna\nBerg\",Oui\nÉva,Non\n".utf8),
            file: "t.csv",
            personalFields: [0]
        )
        #expect(table.sourceLine(1) == "*****")
        #expect(table.sourceLine(2) == "*****,Oui")
        #expect(table.sourceLine(3) == "***,Non")
        #expect(table.records[1].fields[0].text == "Éva")
    }
}
