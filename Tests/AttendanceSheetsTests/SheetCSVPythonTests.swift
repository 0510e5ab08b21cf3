import AttendanceSheets
import EntraideTestSupport
import Foundation
import PlanningDomain
import Testing

/// Python's `csv` module, a reader we did not write, reads back what ``SheetCSV`` writes.
@Suite(.enabled(if: Python.isAvailable, "needs python3"))
struct SheetCSVPythonTests {
    @Test func pythonReadsTheSameFieldsBack() throws {
        let names = ["Dupont; \"Jo\"", "=SUM(A1)", "Nguyễn Thị Ánh Tuyết", "Søren Østergård"]
        let scenario = SheetFixtures.scenario(names: names)
        let sheet = AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario), newcomerRows: 1)
        let rows = try Python.readCSV(SheetCSV.bytes(for: sheet))
        #expect(
            rows == [
                ["participant", "nom", "présence"],
                ["p02", "'=SUM(A1)", ""],
                ["p01", "Dupont; \"Jo\"", ""],
                ["p03", "Nguyễn Thị Ánh Tuyết", ""],
                ["p04", "Søren Østergård", ""],
                ["", "", ""],
            ]
        )
    }
}

/// Runs `python3` with its standard library only.
enum Python {
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") }

    /// The rows of a CSV file as Python's `csv` reads them with `utf-8-sig`, `;` and RFC 4180 quoting.
    static func readCSV(_ bytes: [UInt8]) throws -> [[String]] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sheet-\(UUID().uuidString).csv")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f, delimiter=";", quotechar='"', doublequote=True, strict=True))
            with open(sys.argv[1], "rb") as f:
                raw = f.read()
            assert raw.count(b"\\r\\n") == raw.count(b"\\n"), "every line ends with CRLF"
            print(json.dumps(rows))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ExternalToolError(message: "python3 failed") }
        return try JSONDecoder().decode([[String]].self, from: data)
    }
}
