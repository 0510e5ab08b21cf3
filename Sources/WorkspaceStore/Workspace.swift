import Foundation
import GRDB

/// The workspace of one staff laptop: an SQLite file (`entraide-workspace.sqlite`) holding groups, people,
/// candidate slots, answers, the plan's pinned sessions and what was communicated to whom.
///
/// The file is opened in WAL mode with a busy timeout of ``busyTimeoutSeconds`` seconds, so several commands
/// may use it at once: readers never wait, and a writer waits for the other writer instead of failing. Every
/// ``write(_:)`` is one SQLite transaction: a command that runs its changes in one `write` leaves the workspace as
/// it was before or as it is after, never in between, even when the process is killed.
///
/// A `Workspace` may be shared between threads; the ``WorkspaceReader`` and ``WorkspaceWriter`` it passes to a
/// closure must not leave it.
public final class Workspace: Sendable {
    /// The name of the workspace file in its folder.
    public static let fileName = "entraide-workspace.sqlite"
    /// How long a command waits for another one's write transaction before giving up with ``WorkspaceError/Code/busy``.
    public static let busyTimeoutSeconds = 5

    /// The path of the workspace file.
    public let path: String
    /// The connection pool of a file (WAL), or the one connection of a workspace held in memory.
    let pool: any DatabaseWriter
    /// Whether the workspace lives in memory only (``inMemory()``): nothing on disk, one process.
    public let isInMemory: Bool

    init(path: String, pool: any DatabaseWriter, isInMemory: Bool = false) {
        self.path = path
        self.pool = pool
        self.isInMemory = isInMemory
    }

    /// The path of the workspace file in `folder`.
    public static func path(in folder: String) -> String {
        folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName
    }

    /// Creates an empty workspace in `folder` (created if missing) and opens it.
    ///
    /// The file is built under a temporary name beside it and linked into place only when complete, so an
    /// interrupted `create` leaves no half-made workspace.
    /// - Throws: `workspace-exists` when the folder already holds one (it is left untouched), `read-only` when the
    ///   folder cannot be written, `disk-full`, `storage-failure`.
    public static func create(in folder: String) throws(WorkspaceError) -> Workspace {
        try create(in: folder, schemaVersion: WorkspaceSchema.currentVersion)
    }

    /// Opens the workspace in `folder`, first applying the migrations of a workspace made by an older Entraide.
    ///
    /// - Throws: `missing-workspace`; `newer-schema` naming both schema versions when a newer Entraide wrote it;
    ///   `unreadable-workspace` for a file that is not a workspace or is damaged; `read-only` when the file or its
    ///   folder cannot be written (a file without any write permission bit counts as read-only, even for root).
    ///   In every case the file is left unchanged.
    public static func open(in folder: String) throws(WorkspaceError) -> Workspace {
        try open(in: folder, maximumPageCount: nil)
    }

    /// Runs `body` in a read transaction: it sees one consistent state, whatever other commands write meanwhile.
    ///
    /// - Throws: a ``WorkspaceError`` when the store fails, or whatever `body` throws, unchanged.
    public func read<T>(_ body: (WorkspaceReader) throws -> T) throws -> T {
        do {
            return try pool.read { db in try body(WorkspaceReader(db, file: path)) }
        } catch let error as DatabaseError {
            throw WorkspaceError.from(error, file: path)
        }
    }

    /// Runs `body` in one write transaction, committed when it returns and rolled back when it throws.
    ///
    /// Only one write transaction runs at a time, across processes; another one waits up to
    /// ``busyTimeoutSeconds`` seconds. After a ``WorkspaceWriter/forget(_:in:)``, the file is compacted once the
    /// transaction is committed, so that no byte of the erased data remains in it.
    /// - Throws: a ``WorkspaceError`` when the store fails (nothing is then changed), or whatever `body` throws,
    ///   unchanged, after rolling back.
    public func write<T>(_ body: (WorkspaceWriter) throws -> T) throws -> T {
        var needsScrubbing = false
        let result: T
        do {
            result = try pool.write { db in
                let writer = WorkspaceWriter(db, file: path)
                let value = try body(writer)
                needsScrubbing = writer.hasErasedData
                return value
            }
        } catch let error as DatabaseError {
            throw WorkspaceError.from(error, file: path)
        }
        if needsScrubbing { try scrub() }
        return result
    }

    /// Rewrites the file without free pages and empties the write-ahead log, so that erased data is gone from
    /// the disk and not only from the tables (`secure_delete` has already zeroed the freed cells).
    func scrub() throws(WorkspaceError) {
        do {
            try pool.writeWithoutTransaction { db in
                _ = try db.checkpoint(.truncate)
                try db.execute(sql: "VACUUM")
                _ = try db.checkpoint(.truncate)
            }
        } catch {
            throw WorkspaceError.compactionFailed(path, cause: WorkspaceError.from(error, file: path).code)
        }
    }
}
