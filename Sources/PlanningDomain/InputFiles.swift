/// The one seam through which use cases read the files people give them: a path in, bytes out.
///
/// The CLI reads from the disk; tests and the web server read from memory (an upload is a file too). Readers
/// never open files themselves, so a use case can be run in-process without a file system.
public protocol InputFiles: Sendable {
    /// The content at `path`, as the user wrote the path (relative paths start where the reader says).
    func read(_ path: String) -> InputFile
}

/// What reading a path gave.
public enum InputFile: Hashable, Sendable {
    /// The file's bytes.
    case bytes([UInt8])
    /// Nothing has that name.
    case missing
    /// The name is a folder.
    case directory
    /// The file exists but cannot be read (permissions, an I/O error).
    case unreadable
}
