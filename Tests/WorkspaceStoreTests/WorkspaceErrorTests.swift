import Foundation
import GRDB
import PlanningDomain
import Testing

@testable import WorkspaceStore

@Suite struct WorkspaceErrorTests {
    /// A workspace with one imported group, its log folded into the file so that the file's bytes say it all.
    private func populated(_ folder: TemporaryFolder) throws -> Workspace {
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { try $0.importScenario(StoreFixtures.scenario()) }
        _ = try workspace.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        return workspace
    }

    /// Changes the file behind Entraide's back, as another program (or a newer Entraide) would.
    private func tamper(_ folder: TemporaryFolder, _ sql: String) throws {
        let queue = try DatabaseQueue(path: folder.file(Workspace.fileName))
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: sql)
            _ = try db.checkpoint(.truncate)
        }
        try queue.close()
    }

    @Test func aMissingWorkspaceIsNamed() throws {
        let folder = TemporaryFolder()
        for place in [folder.path, folder.file("no-such-folder")] {
            let error = try #require(throws: WorkspaceError.self) { try Workspace.open(in: place) }
            #expect(error.code == .missingWorkspace)
            #expect(error.isInputError)
            #expect(error.file == place + "/" + Workspace.fileName)
            #expect(
                error.description.hasPrefix(place + "/entraide-workspace.sqlite: error: there is no Entraide workspace")
            )
        }
    }

    @Test func anExistingWorkspaceIsNotReplaced() throws {
        let folder = TemporaryFolder()
        _ = try populated(folder)
        let before = folder.bytes(Workspace.fileName)
        let error = try #require(throws: WorkspaceError.self) { try Workspace.create(in: folder.path) }
        #expect(error.code == .workspaceExists)
        let unchanged = folder.bytes(Workspace.fileName) == before
        #expect(unchanged, "the workspace file changed")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("creating") }.isEmpty
        )
    }

    @Test func createMakesTheFolder() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.file("a/b"))
        #expect(workspace.path == folder.file("a/b/entraide-workspace.sqlite"))
        #expect(try workspace.read { try $0.groups() }.isEmpty)
    }

    @Test(arguments: [
        (
            "PRAGMA user_version = \(WorkspaceSchema.currentVersion + 1)",
            "schema version \(WorkspaceSchema.currentVersion + 1)"
        ),
        (
            "INSERT INTO grdb_migrations VALUES ('v99-future')",
            "schema version \(WorkspaceSchema.currentVersion) with migration 'v99-future'"
        ),
    ])
    func aNewerSchemaIsRefusedAndLeftAlone(sql: String, found: String) throws {
        let folder = TemporaryFolder()
        try populated(folder).pool.close()
        try tamper(folder, sql)
        let before = folder.bytes(Workspace.fileName)
        let error = try #require(throws: WorkspaceError.self) { try Workspace.open(in: folder.path) }
        #expect(error.code == .newerSchema)
        #expect(error.isInputError)
        #expect(
            error.message.contains(
                "has \(found), written by a newer Entraide; this Entraide knows versions up to "
                    + "\(WorkspaceSchema.currentVersion)"
            )
        )
        let unchanged = folder.bytes(Workspace.fileName) == before
        #expect(unchanged, "the workspace file changed")
    }

    @Test func aFileThatIsNotAWorkspaceIsRefusedAndLeftAlone() throws {
        let folder = TemporaryFolder()
        let garbage = Array(repeating: Array("not a database ".utf8), count: 300).flatMap { $0 }
        _ = FileManager.default.createFile(atPath: folder.file(Workspace.fileName), contents: Data(garbage))
        let error = try #require(throws: WorkspaceError.self) { try Workspace.open(in: folder.path) }
        #expect(error.code == .unreadableWorkspace)
        #expect(error.isInputError)
        let unchanged = folder.bytes(Workspace.fileName) == garbage
        #expect(unchanged, "the workspace file changed")
    }

    @Test func anotherApplicationsDatabaseIsRefused() throws {
        let folder = TemporaryFolder()
        let queue = try DatabaseQueue(path: folder.file(Workspace.fileName))
        try queue.write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
        try queue.close()
        let error = try #require(throws: WorkspaceError.self) { try Workspace.open(in: folder.path) }
        #expect(error.code == .unreadableWorkspace)
        #expect(error.message.contains("another application"))
    }

    @Test(arguments: [true, false])
    func aReadOnlyWorkspaceIsRefusedAndLeftAlone(fileOnly: Bool) throws {
        let folder = TemporaryFolder()
        try populated(folder).pool.close()
        let before = folder.bytes(Workspace.fileName)
        let target = fileOnly ? folder.file(Workspace.fileName) : folder.path
        try FileManager.default.setAttributes([.posixPermissions: fileOnly ? 0o444 : 0o555], ofItemAtPath: target)
        defer { _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target) }
        let error = try #require(throws: WorkspaceError.self) { try Workspace.open(in: folder.path) }
        #expect(error.code == .readOnly)
        #expect(error.isInputError)
        let unchanged = folder.bytes(Workspace.fileName) == before
        #expect(unchanged, "the workspace file changed")
    }

    @Test func aWorkspaceIsNotCreatedInAReadOnlyFolder() throws {
        let folder = TemporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let error = try #require(throws: WorkspaceError.self) { try Workspace.create(in: folder.path) }
        #expect(error.code == .readOnly)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// SQLite's own SQLITE_READONLY (a read-only mount, say) becomes `read-only`, and nothing is written.
    @Test func sqliteReadOnlyIsMapped() throws {
        let folder = TemporaryFolder()
        try populated(folder).pool.close()
        var configuration = Configuration()
        configuration.readonly = true
        let path = folder.file(Workspace.fileName)
        let workspace = Workspace(path: path, pool: try DatabasePool(path: path, configuration: configuration))
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.importScenario(StoreFixtures.scenario("other")) }
        }
        #expect(error.code == .readOnly)
        #expect(try workspace.read { try $0.groups() } == ["proches-aidants"])
    }

    /// A real SQLITE_FULL: the file may not grow past its size plus two pages.
    @Test func aFullDiskUndoesTheCommand() throws {
        let folder = TemporaryFolder()
        let pages = try populated(folder).pool.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        let capped = try Workspace.open(in: folder.path, maximumPageCount: pages + 2)
        let error = try #require(throws: WorkspaceError.self) {
            try capped.write { writer in
                _ = try writer.forget("p01", in: nil)
                return try writer.importScenario(StoreFixtures.scenario("large", participants: 400))
            }
        }
        #expect(error.code == .diskFull)
        #expect(!error.isInputError)
        #expect(error.message.contains("the disk is full; the command was undone"))
        let workspace = try Workspace.open(in: folder.path)
        #expect(try workspace.read { try $0.groups() } == ["proches-aidants"])
        #expect(try workspace.read { try $0.scenario(of: "proches-aidants") } == StoreFixtures.scenario())
    }

    @Test(arguments: [
        (ResultCode.SQLITE_BUSY, WorkspaceError.Code.busy, false),
        (.SQLITE_LOCKED, .busy, false),
        (.SQLITE_CORRUPT, .unreadableWorkspace, true),
        (.SQLITE_NOTADB, .unreadableWorkspace, true),
        (.SQLITE_IOERR, .storageFailure, false),
        (.SQLITE_FULL, .diskFull, false),
        (.SQLITE_READONLY, .readOnly, true),
    ])
    func sqliteErrorsAreMapped(result: ResultCode, code: WorkspaceError.Code, isInputError: Bool) {
        let error = WorkspaceError.from(DatabaseError(resultCode: result, message: "secret value"), file: "w.sqlite")
        #expect(error.code == code)
        #expect(error.isInputError == isInputError)
        #expect(!error.message.contains("secret"))
    }
}
