import Foundation

/// Writes a set of files into a folder all at once: into a temporary sibling first, then moved into place,
/// so an interrupted or failed run never leaves a half-written output.
///
/// An existing folder is replaced only when it is empty or was written by Entraide (it holds the marker
/// file); anything else is refused rather than deleted.
public struct OutputFolder: Sendable {
    /// The folder to write (`--out`); a relative path starts at the working directory.
    public let path: String
    /// A file every Entraide output holds; its presence allows replacing the folder.
    public let marker: String

    /// Creates a writer for `path`; nothing touches the disk until ``write(_:)``.
    public init(path: String, marker: String = "plan.json") {
        self.path = path
        self.marker = marker
    }

    /// Why a folder could not be written.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// A full sentence that starts with the path, for the `error:` line of the CLI.
        public var description: String
        /// Whether the cause is the user's choice of folder (exit 2) rather than the system (exit 1).
        public var isUsageError: Bool
    }

    /// Writes `files` (relative path → bytes) as the folder's whole content.
    public func write(_ files: [String: [UInt8]]) throws(Failure) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists {
            let content = (try? manager.contentsOfDirectory(atPath: target.path)) ?? []
            guard isDirectory.boolValue, content.isEmpty || content.contains(marker) else {
                throw Failure(
                    description:
                        "\(path): exists and is not an Entraide output folder (no \(marker)); choose another --out folder.",
                    isUsageError: true
                )
            }
        }
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).entraide-\(getpid()).tmp")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).entraide-\(getpid()).old")
        do {
            try? manager.removeItem(at: staging)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for (relative, bytes) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(relative)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
            }
            if exists { try manager.moveItem(at: target, to: retired) }
            do {
                try manager.moveItem(at: staging, to: target)
            } catch {
                if exists { try? manager.moveItem(at: retired, to: target) }
                throw error
            }
            if exists { try? manager.removeItem(at: retired) }
        } catch let failure as Failure {
            throw failure
        } catch {
            try? manager.removeItem(at: staging)
            throw Failure(
                description: "\(path): could not write the output (\(error.localizedDescription)).",
                isUsageError: false
            )
        }
    }
}
