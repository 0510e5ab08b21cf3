import Foundation
import GRDB
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// The workspace the version 4 `entraide` wrote (`Fixtures/workspace-v4.sqlite`), opened by this code:
/// migrated to the current version with its calendar title, publications, hand-over and outbox as they were,
/// and the web page's records (version 5) all empty.
///
/// It was written by main's `entraide` of schema version 4 (before the web migration): `init`,
/// `import Fixtures/workspace-v4.yaml`, `publish v4-group --now 2026-11-25T09:00:00Z` (nine messages),
/// `handover v4-group --rhythm "every 2 weeks tuesday 19:00 2h from 2027-04-13 until 2027-12-21"
/// --now 2026-11-26T09:00:00Z` (two messages); the write-ahead log folded in when it closed.
@Suite struct Version4MigrationTests {
    private func migrated(_ folder: TemporaryFolder) throws -> Workspace {
        try SchemaFixtures.copy(version: 4, into: folder)
        return try Workspace.open(in: folder.path)
    }

    @Test func theCommittedFixtureIsOfVersion4() throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.copy(version: 4, into: folder)
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: folder.file(Workspace.fileName), configuration: configuration)
        try queue.read { db throws in
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 4)
            #expect(
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                    == ["v1-core", "v2-publications", "v3-centre-answers-outbox", "v4-calendar-title-handover"]
            )
            #expect(try db.tableExists("handover") && !(try db.tableExists("personal_link")))
        }
    }

    @Test func groupsPublicationsHandoverAndOutboxReadBackAfterTheMigration() throws {
        let folder = TemporaryFolder()
        let workspace = try migrated(folder)
        #expect(
            try workspace.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
                == WorkspaceSchema.currentVersion
        )
        try workspace.read { reader throws in
            let scenario = try #require(try reader.scenario(of: "v4-group"))
            #expect(scenario.group.calendarTitle == .public)
            #expect(scenario.participants.map(\.id) == ["p01", "p02"])
            #expect(try reader.publications(of: "v4-group").map(\.kind) == [.information, .founding1, .founding2])
            let handover = try #require(try reader.handover(of: "v4-group"))
            #expect(handover.sequence == 0 && !handover.isCancelled && handover.series.everyWeeks == 2)
            #expect(handover.copies.keys.sorted() == ["p01", "p02"])
            let outbox = try reader.outbox(group: "v4-group", states: nil)
            #expect(outbox.count == 11)
            #expect(outbox.filter { $0.subject == .handover }.count == 2)
            #expect(outbox.allSatisfy { $0.state == .pending })
        }
    }

    @Test func theWebRecordsStartEmpty() throws {
        let folder = TemporaryFolder()
        let workspace = try migrated(folder)
        try workspace.read { reader throws in
            #expect(try reader.pollSettings(of: "v4-group") == .standard)
            #expect(try reader.staffNames().isEmpty)
            #expect(try reader.linkStates(of: "v4-group").isEmpty)
            #expect(try reader.phones(of: "v4-group").isEmpty)
            #expect(try reader.linkMessages(group: nil, states: nil).isEmpty)
        }
        // A migrated workspace takes the web page's records like a new one.
        let now = Instant(iso8601: "2026-12-01T09:00:00Z") ?? .earliest
        try workspace.write { try $0.addStaff(name: "anne", passwordHash: "$2b$04$x", at: now) }
        #expect(try workspace.read { try $0.staffNames() } == ["anne"])
    }
}
