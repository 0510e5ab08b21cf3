import Foundation
public import Phrasebook

/// Writes an ``OutputBundle`` into a folder without ever destroying what Entraide did not write.
///
/// The rule (issue "Nothing lost, nothing overwritten"):
///
/// - A folder is written only when it does not exist, is empty, or is **Entraide's**: it holds an
///   ``OutputManifest`` and nothing the manifest does not list. Anything else is refused (exit 2) and kept.
/// - `--out ''`, the working folder, `/`, and any folder that holds an input (the scenario's own folder and
///   every folder above it) are refused.
/// - A symbolic link to a folder is followed (the folder it names is written); a link to anything else is
///   refused; the link itself is never replaced.
/// - The new content is written in a staging folder beside the target (manifest first, so a staging folder is
///   always recognisable as Entraide's) and swapped into place in one step (`renameat2` with
///   `RENAME_EXCHANGE`), so a killed run leaves the folder as before or as after. Staging folders left by a
///   killed run are removed by the next run.
/// - Every path is a ``BundlePath``: joined under the folder, it stays inside it.
public struct OutputFolder: Sendable {
    /// The folder as the user wrote it (`--out`).
    public let path: String
    /// Files the command read: the folder may not be one that holds any of them.
    public let inputs: [String]

    /// A writer for `path`; nothing touches the disk until ``replace(with:)`` or ``add(_:as:)``.
    public init(path: String, protecting inputs: [String] = []) {
        self.path = path
        self.inputs = inputs
    }

    /// Why a folder was not written.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// Why, in a sentence that starts with the folder, to be worded in the reader's language.
        public var phrase: Phrase
        /// Whether the user's choice of folder is the cause (exit 2) rather than the system (exit 1).
        public var isUsageError: Bool

        /// Why, in English.
        public var description: String { phrase.english }
    }

    /// Replaces the folder's whole content with `bundle` (and its manifest).
    ///
    /// - Returns: The folder written, as an absolute path with links resolved.
    @discardableResult
    public func replace(with bundle: OutputBundle) throws(Failure) -> String {
        let target = try resolvedTarget()
        try ensureOurs(target, command: bundle.command)
        let staging = try stage(bundle, beside: target)
        try swap(staging, into: target)
        return target.path
    }

    /// Adds `bundle` as a new sub-folder `name` of an append-only folder, whose manifest lists it: earlier
    /// sub-folders are never touched.
    ///
    /// - Returns: The sub-folder written, as an absolute path with links resolved.
    @discardableResult
    public func add(_ bundle: OutputBundle, as name: String) throws(Failure) -> String {
        guard BundlePath.isSafe(name), name != OutputManifest.fileName else {
            throw failure("badName", ["name": .verbatim(name)])
        }
        let target = try resolvedTarget()
        var manifest = try ensureOurs(target, command: bundle.command) ?? OutputManifest(command: bundle.command)
        let destination = target.appendingPathComponent(name)
        if FileSystem.entryExists(destination.path) {
            throw Failure(
                phrase: Phrase("output.alreadyHolds", ["path": .verbatim(path), "name": .verbatim(name)]),
                isUsageError: true
            )
        }
        do {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        } catch {
            throw systemFailure(error)
        }
        FileSystem.removeStaleStaging(in: target.path)
        let staging = try stage(bundle, beside: destination)
        manifest.folders.insert(name)
        // The manifest first: killed after it, the folder lists a sub-folder that does not exist (harmless),
        // never holds one it does not list.
        try writeAtomically(manifest.bytes, to: target.appendingPathComponent(OutputManifest.fileName))
        guard FileSystem.rename(staging.path, to: destination.path) else {
            try? FileManager.default.removeItem(at: staging)
            throw failure("couldNotMoveNamed", ["name": .verbatim(name)])
        }
        return destination.path
    }

    /// Removes what killed runs left: staging folders beside the folder and, in an append-only folder, inside
    /// it (each recognised by its name and its manifest, and only when the process that made it is gone).
    ///
    /// ``replace(with:)`` and ``add(_:as:)`` do it too; call this when a run writes nothing.
    public func removeStaleStaging() {
        guard let target = try? resolvedTarget() else { return }
        FileSystem.removeStaleStaging(of: target.lastPathComponent, in: target.deletingLastPathComponent().path)
        if FileSystem.isDirectory(target.path) { FileSystem.removeStaleStaging(in: target.path) }
    }

    /// Whether the folder holds an entry with this name (a publication already written there).
    public func holds(_ name: String) -> Bool {
        guard let target = try? resolvedTarget() else { return false }
        return FileSystem.entryExists(target.appendingPathComponent(name).path)
    }

    // MARK: - The target

    /// The folder to write: absolute, with links resolved; refused when it is not a place for output.
    func resolvedTarget() throws(Failure) -> URL {
        let trimmed = path.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw refusal("noFolder")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        var target = FileSystem.resolvingExistingPrefix(absolute)
        if FileSystem.isSymbolicLink(target.path) {
            guard let resolved = FileSystem.realPath(target.path), FileSystem.isDirectory(resolved) else {
                throw refusal("link")
            }
            target = URL(fileURLWithPath: resolved)
        }
        let working = FileSystem.realPath(FileManager.default.currentDirectoryPath) ?? ""
        if target.path == working {
            throw refusal("workingFolder")
        }
        if target.path == "/" { throw refusal("root") }
        for input in inputs {
            guard let real = FileSystem.realPath(input) else { continue }
            let folder = URL(fileURLWithPath: real).deletingLastPathComponent().path
            if folder == target.path || folder.hasPrefix(target.path.hasSuffix("/") ? target.path : target.path + "/") {
                throw refusal("holdsInput", ["input": .verbatim(input)])
            }
        }
        return target
    }

    /// Checks that `target` may be written: absent, empty, or Entraide's with nothing else in it.
    ///
    /// - Returns: its manifest, or `nil` when it is absent or empty.
    @discardableResult
    func ensureOurs(_ target: URL, command: String) throws(Failure) -> OutputManifest? {
        guard FileSystem.entryExists(target.path) else { return nil }
        guard FileSystem.isDirectory(target.path) else {
            throw refusal("notAFolder")
        }
        let entries = FileSystem.entries(of: target.path)
        guard !entries.isEmpty else { return nil }
        let manifestURL = target.appendingPathComponent(OutputManifest.fileName)
        guard let bytes = FileManager.default.contents(atPath: manifestURL.path),
            let manifest = OutputManifest(bytes: Array(bytes))
        else {
            throw refusal("notEntraides", ["manifest": .verbatim(OutputManifest.fileName)])
        }
        guard manifest.command == command else {
            throw refusal(
                "otherCommand",
                ["other": .verbatim(manifest.command), "command": .verbatim(command)]
            )
        }
        let foreign = entries.filter { entry in
            !FileSystem.isStaging(entry.components.last ?? "") && !covered(entry, by: manifest)
        }
        guard foreign.isEmpty else {
            let listed = Phrase.list(foreign.prefix(3).map { Phrase.quoted($0.components.joined(separator: "/")) })
            throw refusal(
                "foreignFiles",
                [
                    "files": listed,
                    "more": foreign.count > 3
                        ? Phrase("output.andMore", ["count": .number(foreign.count - 3)]) : .empty,
                ]
            )
        }
        return manifest
    }

    private func covered(_ entry: FileSystem.Entry, by manifest: OutputManifest) -> Bool {
        if entry.components.count > 1, manifest.folders.contains(entry.components[0]) { return true }
        return manifest.covers(entry.components, isDirectory: entry.isDirectory)
    }

    // MARK: - Writing

    /// Writes the bundle, manifest first, into a fresh staging folder beside `target`.
    private func stage(_ bundle: OutputBundle, beside target: URL) throws(Failure) -> URL {
        let parent = target.deletingLastPathComponent()
        FileSystem.removeStaleStaging(of: target.lastPathComponent, in: parent.path)
        let staging = parent.appendingPathComponent(FileSystem.stagingName(for: target.lastPathComponent))
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            let manifest = OutputManifest(command: bundle.command, files: Set(bundle.paths))
            try FileSystem.createFile(atPath: staging.path + "/" + OutputManifest.fileName, bytes: manifest.bytes)
            // Thousands of files (a plan for 5,000 people): each folder made once, each file written without
            // waiting for the disk, then one flush of the whole staging folder before it is swapped in.
            var folders: Set<ArraySlice<String>> = [[]]
            for path in bundle.paths {
                guard path.description != OutputManifest.fileName, let bytes = bundle[path] else { continue }
                let folder = path.components.dropLast()
                if folders.insert(folder).inserted {
                    let url = folder.reduce(staging) { $0.appendingPathComponent($1) }
                    try manager.createDirectory(at: url, withIntermediateDirectories: true)
                }
                try FileSystem.createFile(
                    atPath: ([staging.path] + path.components).joined(separator: "/"),
                    bytes: bytes
                )
            }
            try FileSystem.flushFileSystem(holding: staging.path)
        } catch {
            try? manager.removeItem(at: staging)
            throw systemFailure(error)
        }
        return staging
    }

    /// Puts `staging` in place of `target`, in one step when the file system can exchange two names.
    private func swap(_ staging: URL, into target: URL) throws(Failure) {
        let manager = FileManager.default
        guard FileSystem.entryExists(target.path) else {
            guard FileSystem.rename(staging.path, to: target.path) else {
                try? manager.removeItem(at: staging)
                throw failure("couldNotMove")
            }
            return
        }
        if FileSystem.exchange(staging.path, target.path) {
            // `staging` now holds the previous output, which was Entraide's.
            try? manager.removeItem(at: staging)
            return
        }
        // No exchange on this file system: two renames, the earlier output set aside under a staging name
        // that the next run recognises and removes.
        let retired = target.deletingLastPathComponent()
            .appendingPathComponent(FileSystem.stagingName(for: target.lastPathComponent, retired: true))
        guard FileSystem.rename(target.path, to: retired.path) else {
            try? manager.removeItem(at: staging)
            throw failure("couldNotReplace")
        }
        guard FileSystem.rename(staging.path, to: target.path) else {
            _ = FileSystem.rename(retired.path, to: target.path)
            try? manager.removeItem(at: staging)
            throw failure("couldNotMove")
        }
        try? manager.removeItem(at: retired)
    }

    /// Writes a file through a temporary name and a rename, so it is old or new, never half.
    private func writeAtomically(_ bytes: [UInt8], to url: URL) throws(Failure) {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(FileSystem.stagingName(for: url.lastPathComponent))
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            throw systemFailure(error)
        }
        guard FileSystem.rename(temporary.path, to: url.path) else {
            try? FileManager.default.removeItem(at: temporary)
            throw failure("couldNotUpdate", ["manifest": .verbatim(OutputManifest.fileName)])
        }
    }

    // MARK: - Failures

    private func refusal(_ reason: String, _ values: [String: Phrase] = [:]) -> Failure {
        Failure(
            phrase: Phrase(
                "output.refusal",
                ["path": .verbatim(path), "reason": Phrase("output.reason.\(reason)", values)]
            ),
            isUsageError: true
        )
    }

    /// A failure of the system about this folder: `output.<key>` after the path.
    private func failure(_ key: String, _ values: [String: Phrase] = [:]) -> Failure {
        var values = values
        values["path"] = .verbatim(path)
        return Failure(phrase: Phrase("output.\(key)", values), isUsageError: false)
    }

    private func systemFailure(_ error: any Error) -> Failure {
        failure("couldNotWrite", ["reason": .verbatim((error as NSError).localizedDescription)])
    }
}
