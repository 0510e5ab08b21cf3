import EntraideTestSupport
import Foundation
import Testing

/// End-to-end runs of `entraide sheets` and `entraide attendance` on the shipped example.
@Suite struct SheetsCommandTests {
    @Test func writesOnePDFAndOneCSVPerSessionWithInitialsWhenAsked() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("sheets-out")
        let result = try EntraideBinary.run([
            "sheets", PackageRoot.example("proches-aidants-lausanne.yaml"), "--out", out.path, "--privacy", "initials",
            "--now", PlanCommandTests.now,
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: out.path).sorted()
        #expect(files.filter { $0.hasSuffix(".pdf") }.count == 4)
        let csv = try String(contentsOf: out.appendingPathComponent("sheets/founding1.csv"), encoding: .utf8)
        #expect(csv.contains("Martine F."))
        #expect(!csv.contains("Favre"))
    }

    @Test func recordsAFilledInSheetAndReportsIt() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        // A copy of the example, so that the record is written beside it in a temporary folder.
        let scenario = folder.appendingPathComponent("scenario.yaml")
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: PackageRoot.example("proches-aidants-lausanne.yaml")),
            to: scenario
        )
        let out = folder.appendingPathComponent("out")
        let planned = try EntraideBinary.run(["plan", scenario.path, "--out", out.path, "--now", PlanCommandTests.now])
        #expect(planned.status == 0, "\(planned.standardError)")
        let sheet = out.appendingPathComponent("sheets/information.csv")
        let text = try String(contentsOf: sheet, encoding: .utf8)
        let filled = text.split(separator: "\r\n", omittingEmptySubsequences: false).map { line -> String in
            line.hasPrefix("p0") ? line + "présent·e" : line.hasPrefix("p1") ? line + "excusé" : String(line)
        }
        .joined(separator: "\r\n")
        let filledURL = folder.appendingPathComponent("filled.csv")
        try Data(filled.utf8).write(to: filledURL)
        let recorded = try EntraideBinary.run([
            "attendance", "record", scenario.path, "--session", "information", "--from", filledURL.path,
        ])
        #expect(recorded.status == 0, "\(recorded.standardError)")
        let record = try String(
            contentsOf: folder.appendingPathComponent("scenario.attendance.json"),
            encoding: .utf8
        )
        #expect(record.contains("entraide-attendance/1"))
        #expect(!record.contains("Martine"))

        let report = folder.appendingPathComponent("report")
        let reported = try EntraideBinary.run(["attendance", "report", scenario.path, "--out", report.path])
        #expect(reported.status == 0, "\(reported.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: report.path).sorted()
        #expect(files.contains("attendance.html") && files.contains("attendance.csv"))
    }

    @Test func aBadAttendanceWordIsLocatedAndNothingIsRecorded() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("scenario.yaml")
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: PackageRoot.example("proches-aidants-lausanne.yaml")),
            to: scenario
        )
        let sheet = folder.appendingPathComponent("sheet.csv")
        try Data("\u{FEFF}participant;nom;présence\r\np01;Martine Favre;peut-être\r\n".utf8).write(to: sheet)
        let result = try EntraideBinary.run([
            "attendance", "record", scenario.path, "--session", "information", "--from", sheet.path,
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("sheet.csv:2:"))
        #expect(result.standardError.contains("'peut-être'"))
        #expect(!result.standardError.contains("Martine"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("scenario.attendance.json").path))
    }
}
