public import Foundation
public import Testing

/// Golden files: what a test produced, compared with a committed file; `ENTRAIDE_RECORD_SNAPSHOTS=1` re-records
/// them (review the diff before committing).
///
/// Each test target keeps its golden files in a `Snapshots/` folder beside its sources and passes that folder.
public struct GoldenFile: Sendable {
    /// The folder of the golden files.
    public let folder: URL

    /// Golden files in `Snapshots/` beside the file that calls this (pass `#filePath`).
    public init(besideFile file: String = #filePath) {
        folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// Whether this run records instead of comparing.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["ENTRAIDE_RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with the golden text `name`, or records it.
    public func assert(
        _ actual: String,
        named name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let url = folder.appendingPathComponent(name)
        if Self.isRecording {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "golden file \(name) differs", sourceLocation: sourceLocation)
    }

    /// Compares `actual` with the golden bytes `name`, or records them.
    public func assert(
        bytes actual: [UInt8],
        named name: String,
        sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let url = folder.appendingPathComponent(name)
        if Self.isRecording {
            try Data(actual).write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        #expect(Data(actual) == expected, "golden file \(name) differs", sourceLocation: sourceLocation)
    }
}
