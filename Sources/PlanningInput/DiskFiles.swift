import Foundation
public import PlanningDomain

/// Input files read from the disk: what the CLI gives the readers and use cases.
public struct DiskFiles: InputFiles {
    /// Reads from the disk; relative paths start at the working folder.
    public init() {}

    /// The bytes at `path`, or why there are none.
    public func read(_ path: String) -> InputFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        guard !isDirectory.boolValue else { return .directory }
        guard let data = FileManager.default.contents(atPath: path) else { return .unreadable }
        return .bytes(Array(data))
    }
}
