import AttendanceSheets
import Dispatch
import Foundation
import Synchronization
import Testing

/// Sheets drawn on several threads at once: pango's font map is per thread, and the bytes do not depend on
/// which thread drew them.
@Suite struct SheetPDFThreadTests {
    @Test func sheetsDrawnInParallelEqualThoseDrawnOneByOne() throws {
        let sheets = (0..<16).map { index in
            let names = (0..<12).map { SheetFixtures.europeanNames[($0 + index) % 12] + " \(index)" }
            let scenario = SheetFixtures.scenario(names: names, ifNeedBe: [index % 12])
            return AttendanceSheet(scenario: scenario, session: SheetFixtures.session(in: scenario))
        }
        let sequential = try sheets.map { try SheetPDF.bytes(for: $0, creationDate: "2027-01-05T09:00:00") }
        let parallel = Mutex([[UInt8]?](repeating: nil, count: sheets.count))
        DispatchQueue.concurrentPerform(iterations: sheets.count) { index in
            let bytes = try? SheetPDF.bytes(for: sheets[index], creationDate: "2027-01-05T09:00:00")
            parallel.withLock { $0[index] = bytes }
        }
        let drawn = parallel.withLock { $0 }
        #expect(drawn.count == sequential.count)
        for (index, bytes) in drawn.enumerated() {
            #expect(bytes == sequential[index], "sheet \(index)")
        }
    }
}
