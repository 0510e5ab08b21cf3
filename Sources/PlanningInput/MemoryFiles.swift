public import PlanningDomain

/// Input files held in memory, by path: for tests and for files uploaded to the web server.
public struct MemoryFiles: InputFiles {
    /// The files, by path as the readers will ask for them (a scenario's files are asked for as the scenario's
    /// folder, `/`, and the path it writes).
    public var files: [String: [UInt8]]

    /// A set of files.
    public init(_ files: [String: [UInt8]] = [:]) { self.files = files }

    /// The bytes at `path`, or `.missing`.
    public func read(_ path: String) -> InputFile { files[path].map(InputFile.bytes) ?? .missing }
}
