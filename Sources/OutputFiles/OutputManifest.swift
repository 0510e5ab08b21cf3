import Foundation

/// The file Entraide leaves in every folder it writes, listing exactly what it wrote and with which command.
///
/// It is what makes a folder Entraide's: a folder is replaced (or added to) only when it holds a manifest and
/// nothing that the manifest does not list. Written as sorted, pretty-printed JSON, so the same output gives the
/// same bytes:
///
/// ```json
/// {
///   "command" : "plan",
///   "files" : ["calendar.ics", "invites/p01.ics", "plan.json"],
///   "format" : "entraide-output/1"
/// }
/// ```
///
/// `folders`, when present, lists sub-folders that are Entraide outputs of their own (each with its manifest): the numbered
/// publication folders of `entraide publish`.
public struct OutputManifest: Hashable, Sendable {
    /// The manifest's file name, reserved in every output folder.
    public static let fileName = "entraide-manifest.json"
    /// The format written in the manifest.
    public static let format = "entraide-output/1"

    /// The command that wrote the folder.
    public var command: String
    /// Every file written, by relative path (folders are implied).
    public var files: Set<BundlePath>
    /// Sub-folders that are Entraide outputs with their own manifest.
    public var folders: Set<String>

    /// A manifest.
    public init(command: String, files: Set<BundlePath> = [], folders: Set<String> = []) {
        self.command = command
        self.files = files
        self.folders = folders
    }

    /// The manifest's bytes.
    public var bytes: [UInt8] {
        var object: [String: Any] = [
            "format": Self.format,
            "command": command,
            "files": files.map(\.description).sorted(),
        ]
        if !folders.isEmpty { object["folders"] = folders.sorted() }
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: options)) ?? Data()
        return Array(data) + [UInt8(ascii: "\n")]
    }

    /// Reads a manifest, or `nil` when the bytes are not one (then the folder is not Entraide's).
    public init?(bytes: [UInt8]) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            object["format"] as? String == Self.format,
            let command = object["command"] as? String,
            let files = object["files"] as? [String]
        else { return nil }
        var paths: Set<BundlePath> = []
        for file in files {
            guard let path = try? BundlePath(relative: file) else { return nil }
            paths.insert(path)
        }
        let folders = (object["folders"] as? [String]) ?? []
        guard folders.allSatisfy(BundlePath.isSafe) else { return nil }
        self.init(command: command, files: paths, folders: Set(folders))
    }

    /// Whether a relative entry of the folder (a file, or a folder on the way to one) is covered.
    func covers(_ entry: [String], isDirectory: Bool) -> Bool {
        if entry == [Self.fileName] { return true }
        if entry.count == 1, folders.contains(entry[0]) { return true }
        if isDirectory {
            return files.contains {
                $0.components.count > entry.count && Array($0.components.prefix(entry.count)) == entry
            }
        }
        return files.contains { $0.components == entry }
    }
}
