import Foundation
public import PlanningDomain

/// Input files read from the disk: what the CLI gives use cases.
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

/// Input files held in memory, by path: for tests and for files uploaded to the web server.
public struct MemoryFiles: InputFiles {
    /// The files, by path as use cases will ask for them.
    public var files: [String: [UInt8]]

    /// A set of files.
    public init(_ files: [String: [UInt8]] = [:]) { self.files = files }

    /// The bytes at `path`, or `.missing`.
    public func read(_ path: String) -> InputFile { files[path].map(InputFile.bytes) ?? .missing }
}
