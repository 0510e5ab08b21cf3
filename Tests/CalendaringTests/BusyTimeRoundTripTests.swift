import Calendaring
import Foundation
import Testing

/// Every fixture's busy time against `scripts/expand-ics.py`: Python `icalendar` and `recurring-ical-events`,
/// code we did not write, with the same semantics by design (see the script's docstring).
@Suite(.enabled(if: ICSChecker.isAvailable, "needs .venv/bin/python with recurring-ical-events"))
struct BusyTimeRoundTripTests {
    static let script = ICSChecker.root.appendingPathComponent("scripts/expand-ics.py")

    @Test(
        "Each client's fixture gives the same occurrences as recurring-ical-events",
        arguments: CalendarImportFixtures.clients
    )
    func fixtureMatchesPython(client: String) throws {
        let swift = try CalendarImportFixtures.busy(client).periods.map { period in
            "\(period.start) \(period.end) \(period.kind == .busy ? "busy" : "tentative")"
        }
        let python = try Self.expand(CalendarImportFixtures.url(client))
        #expect(!swift.isEmpty)
        #expect(swift == python)
    }

    /// The script's lines for a file over the fixtures' window, floating times in Europe/Zurich.
    static func expand(_ url: URL) throws -> [String] {
        let process = Process()
        process.executableURL = ICSChecker.python
        process.arguments = [
            script.path, url.path, String(CalendarImportFixtures.windowStart),
            String(CalendarImportFixtures.windowEnd), "Europe/Zurich",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
