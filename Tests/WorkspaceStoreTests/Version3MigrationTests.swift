import Foundation
import GRDB
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// The workspace the version 3 `entraide` wrote (`Fixtures/workspace-v3.sqlite`), opened by this code:
/// migrated to the current version with its groups, publications and outbox as they were, every group's
/// calendar title neutral and no hand-over yet.
@Suite struct Version3MigrationTests {
    private func migrated(_ folder: TemporaryFolder) throws -> Workspace {
        try SchemaFixtures.copy(version: 3, into: folder)
        return try Workspace.open(in: folder.path)
    }

    @Test func theCommittedFixtureIsOfVersion3() throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.copy(version: 3, into: folder)
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: folder.file(Workspace.fileName), configuration: configuration)
        try queue.read { db throws in
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 3)
            #expect(try db.tableExists("outbox_message") && !(try db.tableExists("handover")))
        }
    }

    @Test func groupsPublicationsAndOutboxReadBackAfterTheMigration() throws {
        let folder = TemporaryFolder()
        let workspace = try migrated(folder)
        #expect(
            try workspace.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
                == WorkspaceSchema.currentVersion
        )
        try workspace.read { reader throws in
            let scenario = try #require(try reader.scenario(of: "v3-group"))
            #expect(scenario.group.calendarTitle == .neutral)
            #expect(scenario.participants.map(\.id) == ["p01", "p02"])
            #expect(try reader.publications(of: "v3-group").map(\.kind) == [.information, .founding1, .founding2])
            #expect(try reader.handover(of: "v3-group") == nil)
            let outbox = try reader.outbox(group: "v3-group", states: nil)
            #expect(outbox.count == 9)
            #expect(outbox.allSatisfy { $0.subject.session != nil && $0.state == .pending })
            #expect(outbox.first?.fileStem == "participants/p01/information")
        }
    }
}
