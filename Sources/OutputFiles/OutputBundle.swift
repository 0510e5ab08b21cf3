/// The files a use case produces for one output folder: relative path → bytes, and the command that made them.
///
/// Use cases return bundles and never touch the disk; the front end writes a bundle with ``OutputFolder``
/// (the CLI) or serves its files (the web server).
public struct OutputBundle: Hashable, Sendable {
    /// The command that produced the files (`plan`, `sheets`, `publish`): written in the folder's manifest.
    public let command: String
    /// The files, by path.
    public private(set) var files: [BundlePath: [UInt8]]

    /// An empty bundle.
    public init(command: String, files: [BundlePath: [UInt8]] = [:]) {
        self.command = command
        self.files = files
    }

    /// The bytes at `path`, or `nil`.
    public subscript(path: BundlePath) -> [UInt8]? {
        get { files[path] }
        set { files[path] = newValue }
    }

    /// Adds (or replaces) one file.
    public mutating func add(_ bytes: [UInt8], at path: BundlePath) { files[path] = bytes }

    /// Adds every file of `other`; a path already present keeps its bytes.
    public mutating func merge(_ other: OutputBundle) {
        files.merge(other.files) { mine, _ in mine }
    }

    /// The paths, sorted.
    public var paths: [BundlePath] { files.keys.sorted() }

    /// Whether the bundle holds no file.
    public var isEmpty: Bool { files.isEmpty }
}
