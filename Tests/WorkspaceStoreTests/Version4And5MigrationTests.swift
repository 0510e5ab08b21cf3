import Foundation
import GRDB
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// The workspaces the version 4 and version 5 `entraide` wrote (`Fixtures/workspace-v4.sqlite`,
/// `workspace-v5.sqlite`), opened by this code: migrated to the current version with their calendar title,
/// canton, publications, hand-over and outbox as they were, and the web page's records (version 6) all empty.
///
/// Each was written by main's `entraide` of that schema version: `init`, `import Fixtures/workspace-vN.yaml`,
/// `publish vN-group --now 2026-11-25T09:00:00Z` (nine messages), `handover vN-group --rhythm "every 2 weeks
/// tuesday 19:00 2h from 2027-04-13 until 2027-12-21" --now 2026-11-26T09:00:00Z` (two messages); the
/// write-ahead log folded in when it closed.
@Suite struct Version4And5MigrationTests {
    /// A committed fixture: its version, its group, the canton its centre has once migrated.
    struct Fixture: Sendable, CustomTestStringConvertible {
        let version: Int
        let canton: String?
        var group: Group.ID { Group.ID("v\(version)-group") }
        var testDescription: String { "workspace-v\(version).sqlite" }
    }

    static let fixtures = [Fixture(version: 4, canton: nil), Fixture(version: 5, canton: "VD")]

    private func migrated(_ fixture: Fixture, _ folder: TemporaryFolder) throws -> Workspace {
        try SchemaFixtures.copy(version: fixture.version, into: folder)
        return try Workspace.open(in: folder.path)
    }

    @Test(arguments: fixtures)
    func theCommittedFixtureIsOfItsVersion(_ fixture: Fixture) throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.copy(version: fixture.version, into: folder)
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: folder.file(Workspace.fileName), configuration: configuration)
        try queue.read { db throws in
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == fixture.version)
            #expect(
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                    == Array(WorkspaceSchema.identifiers.prefix(fixture.version))
            )
            #expect(try db.tableExists("handover") && !(try db.tableExists("personal_link")))
        }
    }

    @Test(arguments: fixtures)
    func groupsPublicationsHandoverAndOutboxReadBackAfterTheMigration(_ fixture: Fixture) throws {
        let folder = TemporaryFolder()
        let workspace = try migrated(fixture, folder)
        #expect(
            try workspace.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
                == WorkspaceSchema.currentVersion
        )
        try workspace.read { reader throws in
            let scenario = try #require(try reader.scenario(of: fixture.group))
            #expect(scenario.group.calendarTitle == .public)
            #expect(scenario.organisation.canton == fixture.canton)
            #expect(scenario.participants.map(\.id) == ["p01", "p02"])
            #expect(
                try reader.publications(of: fixture.group).map(\.kind) == [.information, .founding1, .founding2]
            )
            let handover = try #require(try reader.handover(of: fixture.group))
            #expect(handover.sequence == 0 && !handover.isCancelled && handover.series.everyWeeks == 2)
            #expect(handover.copies.keys.sorted() == ["p01", "p02"])
            let outbox = try reader.outbox(group: fixture.group, states: nil)
            #expect(outbox.count == 11)
            #expect(outbox.filter { $0.subject == .handover }.count == 2)
            #expect(outbox.allSatisfy { $0.state == .pending })
        }
    }

    @Test(arguments: fixtures)
    func theWebRecordsStartEmpty(_ fixture: Fixture) throws {
        let folder = TemporaryFolder()
        let workspace = try migrated(fixture, folder)
        try workspace.read { reader throws in
            #expect(try reader.pollSettings(of: fixture.group) == .standard)
            #expect(try reader.staffNames().isEmpty)
            #expect(try reader.linkStates(of: fixture.group).isEmpty)
            #expect(try reader.phones(of: fixture.group).isEmpty)
            #expect(try reader.linkMessages(group: nil, states: nil).isEmpty)
        }
        // A migrated workspace takes the web page's records like a new one.
        let now = Instant(iso8601: "2026-12-01T09:00:00Z") ?? .earliest
        try workspace.write { try $0.addStaff(name: "anne", passwordHash: "$2b$04$x", at: now) }
        #expect(try workspace.read { try $0.staffNames() } == ["anne"])
    }
}
