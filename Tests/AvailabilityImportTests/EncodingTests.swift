import AvailabilityImport
import EntraideTestSupport
import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// The encodings spreadsheets save in, written by Python's codecs (not by us) and read back.
@Suite(.enabled(if: ProjectPython.isAvailable)) struct EncodingTests {
    /// `text` encoded by Python with `codec` (`cp1252`, `utf-16`, `utf-8-sig` …), with a byte-order mark first
    /// when `mark` is given.
    static func encoded(_ text: String, _ codec: String, mark: String = "") throws -> [UInt8] {
        let result = try ProjectPython.run(
            "import sys; text = sys.stdin.buffer.read().decode('utf-8'); "
                + "sys.stdout.buffer.write((sys.argv[2] + text).encode(sys.argv[1]))",
            arguments: [codec, mark],
            input: Data(text.utf8)
        )
        try #require(result.status == 0, "python: \(result.error)")
        return Array(result.output)
    }

    /// A grid typed in a French-speaking office, accents and all.
    static let grid = "participant;info-0112;info-0116;f1-0126\r\np01;oui;si nécessaire;non\r\np02;sì;Ja;wenn nötig\r\n"

    struct Case: Sendable, CustomTestStringConvertible {
        let codec: String
        let mark: String
        let separator: String
        let encoding: TextEncoding
        var testDescription: String { "\(codec)\(mark.isEmpty ? "" : " with its byte-order mark")" }
    }

    static let cases = [
        Case(codec: "utf-8", mark: "", separator: ";", encoding: .utf8),
        Case(codec: "utf-8", mark: "\u{FEFF}", separator: ";", encoding: .utf8),
        Case(codec: "utf-16-le", mark: "\u{FEFF}", separator: "\t", encoding: .utf16LittleEndian),
        Case(codec: "utf-16-be", mark: "\u{FEFF}", separator: "\t", encoding: .utf16BigEndian),
        Case(codec: "utf-16", mark: "", separator: "\t", encoding: .utf16LittleEndian),
        Case(codec: "cp1252", mark: "", separator: ";", encoding: .windows1252),
    ]

    @Test("A grid in each encoding reads the same", arguments: cases)
    func grid(_ test: Case) throws {
        let text = Self.grid.replacing(";", with: test.separator)
        let bytes = try Self.encoded(text, test.codec, mark: test.mark)
        let poll = try GridPoll.answers(
            in: bytes,
            file: "grille.csv",
            participants: PollScenario.participants,
            candidates: PollScenario.candidates
        )
        #expect(poll.encoding == test.encoding)
        #expect(poll.answers["p01"] == ["info-0112": .yes, "info-0116": .ifNeedBe, "f1-0126": .no])
        #expect(poll.answers["p02"] == ["info-0112": .yes, "info-0116": .yes, "f1-0126": .ifNeedBe])
    }

    @Test func aFramadateExportResavedByExcelInWindows1252() throws {
        let text = """
            ;12/01/2027;16/01/2027
            ;18h30;matin
            Léa Dubois-Marchand;Si nécessaire;Oui
            Noémie Cretegny;Non;Oui

            """
        let bytes = try Self.encoded(text, "cp1252")
        #expect(bytes.contains(0xE9))  // `é` is one byte: not UTF-8
        let poll = try FramadatePoll.answers(
            in: bytes,
            file: "sondage.csv",
            participants: PollScenario.participants,
            candidates: PollScenario.candidates,
            voters: [:],
            dateOrder: nil
        )
        #expect(poll.encoding == .windows1252)
        #expect(poll.answers["p03"]?["info-0116"] == .yes)
        #expect(poll.answers["p06"]?["info-0112"] == .no)
    }

    /// Every byte Windows-1252 defines reads as Python's `cp1252` codec says, and the five it leaves undefined
    /// are refused (Python refuses them too).
    @Test func windows1252AgreesWithPython() throws {
        let script = """
            import sys
            for byte in range(0x80, 0x100):
                try:
                    sys.stdout.write("%02X %04X\\n" % (byte, ord(bytes([byte]).decode("cp1252"))))
                except UnicodeDecodeError:
                    sys.stdout.write("%02X -\\n" % byte)
            """
        let result = try ProjectPython.run(script)
        try #require(result.status == 0)
        var undefined: [String] = []
        for line in result.text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            let byte = try #require(UInt8(parts[0], radix: 16))
            // `é` before the byte keeps the file from being valid UTF-8 in every case.
            let bytes: [UInt8] = [0x61, 0x3B, 0xE9, byte, 0x0A]
            if parts[1] == "-" {
                undefined.append(String(parts[0]))
                #expect(throws: ScenarioErrors.self) { try CSVReader.read(bytes, file: "t.csv") }
                continue
            }
            let scalar = try #require(UInt32(parts[1], radix: 16).flatMap(Unicode.Scalar.init))
            let table = try CSVReader.read(bytes, file: "t.csv")
            #expect(table.encoding == .windows1252)
            #expect(table.records.first?.fields.last?.text == "é" + String(Character(scalar)), "byte \(parts[0])")
        }
        #expect(undefined == ["81", "8D", "8F", "90", "9D"])
    }

    @Test func validUTF8StaysUTF8() throws {
        // `Ã©` is what UTF-8's `é` looks like in Windows-1252: a valid UTF-8 file is never read as Windows-1252.
        let table = try CSVReader.read(Array("a;é\n".utf8), file: "t.csv")
        #expect(table.encoding == .utf8)
        #expect(table.records[0].fields[1].text == "é")
    }

    @Test func theExplanationSaysWhichEncodingWasRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let scenario = try String(
            contentsOfFile: PackageRoot.example("proches-aidants-lausanne.yaml"),
            encoding: .utf8
        )
        let withGrid = scenario.replacing("closures:", with: "polls:\n  - {file: grille.csv}\nclosures:")
        try Data(withGrid.utf8).write(to: folder.appending("scenario.yaml"))
        let grid = "participant;info-0112\r\np02;si nécessaire\r\n"
        try Data(try Self.encoded(grid, "cp1252")).write(to: folder.appending("grille.csv"))
        let loaded = try ScenarioLoader().load(contentsOf: folder.appending("scenario.yaml").path)
        #expect(loaded.report.pollEncodings == ["grille.csv: Windows-1252"])
        #expect(loaded.answerLayers[1].answers["p02"]?["info-0112"] == .ifNeedBe)
    }
}
