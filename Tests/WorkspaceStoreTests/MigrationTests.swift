import Foundation
import GRDB
import PlanningDomain
import Testing

@testable import WorkspaceStore

@Suite(.serialized) struct MigrationTests {
    /// Re-records a committed fixture when asked to (see ``SchemaFixtures``); checks its version always.
    @Test(arguments: [(1, ["v1-core"]), (2, ["v1-core", "v2-publications"])])
    func theCommittedFixtureIsOfItsVersion(version: Int, migrations: [String]) throws {
        let fixture = SchemaFixtures.folder + "/workspace-v\(version).sqlite"
        if SchemaFixtures.isRecording(version: version) {
            let scratch = TemporaryFolder()
            try SchemaFixtures.build(version: version, in: scratch.path)
            try? FileManager.default.removeItem(atPath: fixture)
            try FileManager.default.copyItem(atPath: scratch.file(Workspace.fileName), toPath: fixture)
        }
        let copy = TemporaryFolder()
        try SchemaFixtures.copy(version: version, into: copy)
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: copy.file(Workspace.fileName), configuration: configuration)
        try queue.read { db throws in
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == version)
            #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") == migrations)
            #expect(try db.tableExists("session_publication") == (version >= 2))
            #expect(try db.tableExists("outbox_message") == false)
        }
    }

    @Test func theVersion1FixtureOpensWithItsData() throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.copy(version: 1, into: folder)
        let workspace = try Workspace.open(in: folder.path)
        try workspace.read { reader throws in
            #expect(try reader.groups() == ["v1-group"])
            #expect(try reader.scenario(of: "v1-group") == SchemaFixtures.version1Scenario)
            #expect(try reader.withdrawnParticipants(of: "v1-group").map(\.id) == ["p02"])
            #expect(try reader.forgottenParticipants(of: "v1-group") == ["p03"])
            // Version 2 filled the e-mail keys of the rows version 1 wrote.
            #expect(
                try reader.participants(withEmail: "ANCIENNE@exemple.example")
                    == [ParticipantReference(group: "v1-group", participant: "p01")]
            )
            #expect(try reader.publications(of: "v1-group").isEmpty)
            #expect(try reader.pinnedSessions(of: "v1-group").isEmpty)
        }
        #expect(
            try workspace.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
                == WorkspaceSchema.currentVersion
        )
        // Version 3 gave the answers their origin: the scenario, at an unknown time.
        let given = try workspace.read { try $0.givenAnswers(of: "v1-group") }
        #expect(given["p01"]?["f1"] == [GivenAnswer(.ifNeedBe, origin: .scenario, givenAt: .earliest)])
    }

    @Test func theMigratedFixtureTakesNewData() throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.copy(version: 1, into: folder)
        let workspace = try Workspace.open(in: folder.path)
        var scenario = SchemaFixtures.version1Scenario
        scenario.participants.append(StoreFixtures.participant(4, answers: ["i1": .yes]))
        let summary = try workspace.write { writer in
            try writer.recordPublications(
                [StoreFixtures.publications()[0]],
                pinned: [.information: "i1"],
                for: "v1-group"
            )
            return try writer.importScenario(scenario)
        }
        #expect(summary.added == ["p04"] && summary.unchanged == ["p01"] && !summary.hasSettingsChanged)
        let reopened = try Workspace.open(in: folder.path)
        #expect(try reopened.read { try $0.scenario(of: "v1-group") } == scenario)
        #expect(try reopened.read { try $0.pinnedSessions(of: "v1-group") } == [.information: "i1"])
    }

    /// Every earlier schema version, freshly built by its own migrations, opens with the current code.
    @Test(arguments: 1..<WorkspaceSchema.currentVersion)
    func everyEarlierVersionMigrates(version: Int) throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.build(version: version, in: folder.path)
        let workspace = try Workspace.open(in: folder.path)
        #expect(
            try workspace.read { try $0.scenario(of: "v1-group") }
                == SchemaFixtures.migratedScenario(fromVersion: version)
        )
        let identifiers = try workspace.pool.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(identifiers == WorkspaceSchema.identifiers.sorted())
    }

    /// A message of recruitment queued by version 7 (no e-mail) reads back without one after the migration, so
    /// the sender can record why it cannot send it.
    @Test func aVersion7RecruitmentMessageHasNoMailAfterTheMigration() throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.build(version: 7, in: folder.path)
        let workspace = try Workspace.open(in: folder.path)
        let messages = try workspace.read { try $0.recruitmentMessages() }
        #expect(messages.map(\.kind) == [.quorumReachable])
        #expect(messages.first?.mail == nil && messages.first?.delivery == .pending)
        #expect(messages.first?.body == Array("quorum".utf8))
    }
}
