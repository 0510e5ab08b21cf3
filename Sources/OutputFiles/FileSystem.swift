import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system calls the output folder needs, without following links unless asked.
enum FileSystem {
    /// One entry of a folder, relative to it.
    struct Entry: Hashable {
        var components: [String]
        var isDirectory: Bool
    }

    /// Whether something (a file, a folder, a link, even a dangling one) has this name.
    static func entryExists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Whether the name is a symbolic link (not followed).
    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// Whether the name is a folder, not a link to one.
    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The absolute path with every link resolved, or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `url` with its longest existing prefix resolved (links, `..`), the missing rest appended as written.
    static func resolvingExistingPrefix(_ url: URL) -> URL {
        var existing = url
        var missing: [String] = []
        while !entryExists(existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        // The target itself may be a link: keep it unresolved so that the caller decides.
        if missing.isEmpty, isSymbolicLink(existing.path) {
            let parent =
                realPath(existing.deletingLastPathComponent().path) ?? existing.deletingLastPathComponent().path
            return URL(fileURLWithPath: parent).appendingPathComponent(existing.lastPathComponent)
        }
        var resolved = URL(fileURLWithPath: realPath(existing.path) ?? existing.path)
        for component in missing { resolved.appendPathComponent(component) }
        return resolved
    }

    /// Every entry below `folder`, folders before what they hold, links not followed.
    static func entries(of folder: String) -> [Entry] {
        var result: [Entry] = []
        func walk(_ path: String, _ prefix: [String]) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() {
                let child = path + "/" + name
                let isFolder = isDirectory(child)
                result.append(Entry(components: prefix + [name], isDirectory: isFolder))
                if isFolder { walk(child, prefix + [name]) }
            }
        }
        walk(folder, [])
        return result
    }

    /// `rename(2)`: one step, replacing nothing but an empty folder or a file of Entraide's.
    static func rename(_ from: String, to: String) -> Bool {
        #if canImport(Glibc)
            return Glibc.rename(from, to) == 0
        #else
            return Darwin.rename(from, to) == 0
        #endif
    }

    /// Writes `bytes` to a new file (permissions 0666 less the umask, as `Data.write` gives them) without waiting
    /// for the disk: ``flushFileSystem(holding:)`` does that once for a whole folder.
    ///
    /// `Data.write` waits for each file (`fsync`): for a plan's 12,500 files that was a sixth of the process.
    static func createFile(atPath path: String, bytes: [UInt8]) throws(SystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw SystemError(code: errno) }
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw SystemError(code: failure) }
    }

    /// Waits until what was written on the file system holding `path` is on the disk (`syncfs(2)` on Linux,
    /// `sync(2)` elsewhere): a folder swapped in afterwards survives a power cut with its content.
    static func flushFileSystem(holding path: String) throws(SystemError) {
        #if os(Linux)
            // `syncfs` needs `_GNU_SOURCE`, which the Glibc module does not define.
            typealias SyncFS = @convention(c) (Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
                sync()
                return
            }
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { throw SystemError(code: errno) }
            defer { close(descriptor) }
            guard unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0 else { throw SystemError(code: errno) }
        #else
            sync()
        #endif
    }

    /// A failed system call, described by `strerror`.
    struct SystemError: Error, LocalizedError {
        /// The `errno` value.
        var code: Int32

        var errorDescription: String? { String(cString: strerror(code)) }
    }

    /// Exchanges two names in one step (`renameat2(…, RENAME_EXCHANGE)`, Linux 3.15+), or `false` when the
    /// system or the file system cannot.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
            typealias RenameAt2 =
                @convention(c) (
                    Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
                ) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
        #else
            return false
        #endif
    }

    // MARK: - Staging names

    /// `.<name>.entraide-staging-<pid>`: hidden, beside the target, recognisable, one per process.
    static func stagingName(for name: String, retired: Bool = false) -> String {
        ".\(name).entraide-\(retired ? "retired" : "staging")-\(getpid())"
    }

    /// Whether a name is a staging or retired name of ``stagingName(for:retired:)``.
    static func isStaging(_ name: String) -> Bool {
        name.hasPrefix(".") && (name.contains(".entraide-staging-") || name.contains(".entraide-retired-"))
    }

    /// Removes what killed runs left beside the target `name` in `folder`: staging folders (each starts with
    /// a manifest, or is still empty) and temporary manifests of processes no longer running.
    static func removeStaleStaging(of name: String, in folder: String) {
        removeStaleStaging(in: folder) { $0.hasPrefix(".\(name).entraide-") }
    }

    /// Removes every stale staging entry directly in `folder` whose name passes `filter`.
    static func removeStaleStaging(in folder: String, where filter: (String) -> Bool = { _ in true }) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where isStaging(name) && filter(name) {
            guard let pid = Int32(name.split(separator: "-").last ?? ""), !isRunning(pid) else { continue }
            let path = folder + "/" + name
            if isDirectory(path) {
                let content = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                guard content.isEmpty || content.contains(OutputManifest.fileName) else { continue }
            } else if isSymbolicLink(path) {
                continue
            }
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Whether a process with this id runs (another Entraide writing the same folder must be left alone).
    private static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0, pid != getpid() else { return pid == getpid() }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
