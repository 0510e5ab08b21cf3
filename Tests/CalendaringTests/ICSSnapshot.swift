import Foundation
import Testing

/// Golden files in `Snapshots/` next to this file; `ENTRAIDE_RECORD_SNAPSHOTS=1` rewrites them.
enum ICSSnapshot {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["ENTRAIDE_RECORD_SNAPSHOTS"] == "1" }

    static func url(_ name: String, filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name)
    }

    /// Compares `bytes` with the golden file `name`, or records it when recording.
    static func assertMatches(
        _ bytes: [UInt8],
        named name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = url(name)
        if isRecording {
            try Data(bytes).write(to: url)
            return
        }
        let golden = try #require(
            FileManager.default.contents(atPath: url.path),
            "Missing snapshot \(name); run with ENTRAIDE_RECORD_SNAPSHOTS=1 to record it.",
            sourceLocation: sourceLocation
        )
        #expect(
            [UInt8](golden) == bytes,
            """
            \(name) differs from the output; if the change is intended, re-record with ENTRAIDE_RECORD_SNAPSHOTS=1.
            \(String(decoding: bytes, as: UTF8.self))
            """,
            sourceLocation: sourceLocation
        )
    }
}
