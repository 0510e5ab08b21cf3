import Foundation
import GRDB
import Phrasebook

extension Workspace {
    /// `create(in:)` with a chosen schema version: tests build the workspaces of earlier versions with it.
    static func create(in folder: String, schemaVersion: Int) throws(WorkspaceError) -> Workspace {
        let path = Self.path(in: folder)
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { throw .exists(path) }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .readOnly(path)
        }
        guard isWritable(folder) else { throw .readOnly(path) }
        let building = path + ".creating-\(getpid())"
        removeDatabaseFiles(building)
        do {
            let pool = try DatabasePool(path: building, configuration: configuration(maximumPageCount: nil))
            try WorkspaceSchema.migrator(upTo: schemaVersion).migrate(pool)
            // Fold the write-ahead log into the file: only the file is linked into place.
            _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try pool.close()
        } catch {
            removeDatabaseFiles(building)
            throw .from(error, file: path)
        }
        // link(2) never replaces an existing file: a workspace created meanwhile by another command wins.
        let linked = link(building, path)
        let linkError = errno
        removeDatabaseFiles(building)
        guard linked == 0 else {
            if linkError == EEXIST { throw .exists(path) }
            throw .storage(path, "the new file could not be put in place (errno \(linkError))")
        }
        return try open(in: folder, maximumPageCount: nil, schemaVersion: schemaVersion)
    }

    /// A new, empty workspace held in memory only: the same schema and rules as a file, nothing on disk.
    ///
    /// For tests of the use cases run in-process without the file system, and for trying things out; it is
    /// gone when the value is released.
    public static func inMemory() throws(WorkspaceError) -> Workspace {
        let path = ":memory:"
        do {
            let queue = try DatabaseQueue(configuration: configuration(maximumPageCount: nil))
            try WorkspaceSchema.migrator().migrate(queue)
            return Workspace(path: path, pool: queue, isInMemory: true)
        } catch {
            throw .from(error, file: path)
        }
    }

    /// `open(in:)`; `maximumPageCount` caps the file's size, so tests meet a full disk for real (SQLITE_FULL), and
    /// `schemaVersion` is the version to migrate to, so tests keep the workspaces of earlier versions as they are.
    static func open(
        in folder: String,
        maximumPageCount: Int?,
        schemaVersion: Int = WorkspaceSchema.currentVersion
    ) throws(WorkspaceError) -> Workspace {
        let path = Self.path(in: folder)
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path) }
        guard isWritable(path), isWritable((path as NSString).deletingLastPathComponent) else {
            throw .readOnly(path)
        }
        do {
            // Checked through a read-only connection first: opening the pool writes to the file (GRDB makes sure
            // the write-ahead log exists), and a refused file must stay byte for byte as it was.
            var readOnly = configuration(maximumPageCount: nil)
            readOnly.readonly = true
            let probe = try DatabaseQueue(path: path, configuration: readOnly)
            try probe.read { db in try checkVersion(db, path: path) }
            try probe.close()
            let pool = try DatabasePool(path: path, configuration: configuration(maximumPageCount: maximumPageCount))
            // GRDB chooses synchronous = NORMAL in WAL mode; FULL makes every commit durable, even on power loss.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try migrate(pool, upTo: schemaVersion)
            if schemaVersion == WorkspaceSchema.currentVersion {
                try pool.read { db in try WorkspaceSchema.checkTables(db) }
            }
            return Workspace(path: path, pool: pool)
        } catch {
            throw .from(error, file: path)
        }
    }

    // MARK: - Private helpers

    private static func configuration(maximumPageCount: Int?) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutSeconds))
        configuration.label = "entraide-workspace"
        configuration.prepareDatabase { db in
            // Deleted and overwritten content is zeroed on disk, not left in free space (participant erasure).
            try db.execute(sql: "PRAGMA secure_delete = ON")
            if let maximumPageCount {
                try db.execute(sql: "PRAGMA max_page_count = \(maximumPageCount)")
            }
        }
        return configuration
    }

    /// Refuses a file that is not a workspace or that a newer Entraide wrote, before anything is migrated.
    private static func checkVersion(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        guard applicationID == WorkspaceSchema.applicationID else {
            throw WorkspaceError.unreadable(path, Phrase("workspace.reason.otherApplication"))
        }
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let migrator = WorkspaceSchema.migrator()
        let applied = try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
        let unknown = applied.subtracting(WorkspaceSchema.identifiers).sorted()
        if version > WorkspaceSchema.currentVersion {
            throw WorkspaceError.newer(path, found: "\(version)", known: WorkspaceSchema.currentVersion)
        }
        if let first = unknown.first {
            throw WorkspaceError.newer(
                path,
                found: "\(version) with migration '\(first)'",
                known: WorkspaceSchema.currentVersion
            )
        }
    }

    /// Applies the pending migrations.
    ///
    /// When two commands open an old workspace at once, one of them migrates and the other's attempt fails; it
    /// then finds the migrations complete and goes on.
    private static func migrate(_ pool: any DatabaseWriter, upTo version: Int) throws {
        let migrator = WorkspaceSchema.migrator(upTo: version)
        if try pool.read({ db in try migrator.hasCompletedMigrations(db) }) { return }
        do {
            try migrator.migrate(pool)
        } catch {
            guard try pool.read({ db in try migrator.hasCompletedMigrations(db) }) else { throw error }
        }
    }

    /// Whether a file or folder may be written: `access(2)` allows it and, since root passes `access(2)` always,
    /// at least one write permission bit is set.
    private static func isWritable(_ path: String) -> Bool {
        guard access(path, W_OK) == 0 else { return false }
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
        return (permissions ?? 0o200) & 0o222 != 0
    }

    private static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
