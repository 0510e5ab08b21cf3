import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Workspace {
    /// The lock file beside the workspace file that one sender at a time holds.
    static var senderLockName: String { fileName + ".sending" }

    /// Runs `body` while holding the workspace's sender lock, so that only one process sends the outbox at a
    /// time; another one is refused at once with `busy` rather than waiting.
    ///
    /// An advisory lock (`flock(2)`) on a file beside the workspace: the system releases it when the process
    /// ends, however it ends (even `SIGKILL`), so a killed sender never blocks the next one. A separate file,
    /// because closing any descriptor of the database file would drop SQLite's own locks on it.
    /// - Throws: `busy` when another process sends; `read-only` when the lock file cannot be created; whatever
    ///   `body` throws.
    public func withSenderLock<T>(_ body: () throws -> T) throws -> T {
        // A workspace in memory belongs to one process, which is the only one that can send it.
        guard !isInMemory else { return try body() }
        let lockPath =
            (path as NSString).deletingLastPathComponent.isEmpty
            ? Self.senderLockName
            : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(Self.senderLockName)
        #if canImport(Glibc)
            let descriptor = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        #else
            let descriptor = Darwin.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        #endif
        guard descriptor >= 0 else { throw WorkspaceError.readOnly(path) }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw WorkspaceError(
                code: .busy,
                file: path,
                message: "another `entraide send` is sending this workspace's outbox; wait for it to finish."
            )
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
