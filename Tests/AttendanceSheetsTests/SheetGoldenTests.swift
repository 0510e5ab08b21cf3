import AttendanceSheets
import Foundation
import Testing

/// A sheet compared byte for byte with a golden PDF; `ENTRAIDE_RECORD_SNAPSHOTS=1` rewrites it.
///
/// The golden file lives in `Resources/Fixtures/Sheets/`. It depends on the versions of cairo, pango, HarfBuzz
/// and the DejaVu fonts (Debian 12: cairo 1.16.0, pango 1.50.12, fonts-dejavu-core 2.37): a different
/// machine image may need a re-recording, which `pdftoppm` lets a person check by eye.
@Suite struct SheetGoldenTests {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["ENTRAIDE_RECORD_SNAPSHOTS"] == "1" }

    static func url(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/Fixtures/Sheets/\(name)")
    }

    @Test func theInformationSheetMatchesItsGoldenPDF() throws {
        let names = SheetFixtures.europeanNames + [SheetFixtures.longName]
        let scenario = SheetFixtures.scenario(names: names, ifNeedBe: [2, 12])
        let sheet = AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario))
        let bytes = try SheetPDF.bytes(for: sheet, creationDate: "2027-01-05T09:00:00")
        try assertMatches(bytes, named: "information.pdf")
        try assertMatches(SheetCSV.bytes(for: sheet), named: "information.csv")
    }

    private func assertMatches(_ bytes: [UInt8], named name: String) throws {
        let url = Self.url(name)
        if Self.isRecording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(bytes).write(to: url)
            return
        }
        let golden = try #require(
            FileManager.default.contents(atPath: url.path),
            "Missing golden file \(name); run with ENTRAIDE_RECORD_SNAPSHOTS=1 to record it."
        )
        #expect(
            [UInt8](golden) == bytes,
            "\(name) differs from the output (\(golden.count) bytes recorded, \(bytes.count) written); if the change is intended, re-record with ENTRAIDE_RECORD_SNAPSHOTS=1."
        )
    }
}
