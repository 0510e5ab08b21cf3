import Foundation
import GRDB
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// The committed version 2 workspace, opened and migrated by the current code, holds the same facts.
@Suite struct Version2MigrationTests {
    private func migrated(_ folder: TemporaryFolder) throws -> Workspace {
        try SchemaFixtures.copy(version: 2, into: folder)
        return try Workspace.open(in: folder.path)
    }

    @Test func groupsAndPeopleReadBackTheSame() throws {
        let folder = TemporaryFolder()
        let workspace = try migrated(folder)
        try workspace.read { reader throws in
            #expect(try reader.groups() == ["v1-group", "v2-second"])
            #expect(try reader.scenario(of: "v1-group") == SchemaFixtures.migratedScenario(fromVersion: 2))
            #expect(try reader.scenario(of: "v2-second") == SchemaFixtures.version2SecondScenario)
            #expect(try reader.withdrawnParticipants(of: "v1-group").map(\.id) == ["p02"])
            #expect(try reader.forgottenParticipants(of: "v1-group") == ["p03"])
            #expect(
                try reader.participants(withEmail: "DEUX@exemple.example")
                    == [ParticipantReference(group: "v2-second", participant: "q01")]
            )
        }
        #expect(
            try workspace.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
                == WorkspaceSchema.currentVersion
        )
    }

    /// Version 2 kept facilitators' tentative candidates in the group's JSON (`tentative`) from some point on:
    /// they become the group's tentative slots.
    @Test func tentativeCandidatesOfVersion2AreKept() throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.copy(version: 2, into: folder)
        try CorruptionFixtures.tamper(
            folder,
            [
                #"UPDATE workspace_group SET facilitators = replace(facilitators, '"busy":["s1"]', "#
                    + #"'"busy":["s1"],"tentative":["s2"]') WHERE id = 'v2-second'"#
            ]
        )
        let scenario = try Workspace.open(in: folder.path).read { try $0.scenario(of: "v2-second") }
        var expected = SchemaFixtures.version2SecondScenario
        expected.facilitators[0].tentativeSlots = ["s2"]
        #expect(scenario == expected)
    }

    @Test func theCentreIsStoredOnce() throws {
        let folder = TemporaryFolder()
        let centre = try #require(try migrated(folder).read { try $0.centre() })
        let scenario = SchemaFixtures.version2SecondScenario
        var lea = scenario.facilitators[0]
        lea.busySlots = []
        var salle = scenario.venues[0]
        salle.bookedSlots = []
        #expect(
            centre
                == Centre(
                    organisation: scenario.organisation,
                    facilitators: [lea, scenario.facilitators[1]],
                    venues: [salle],
                    closures: scenario.closures,
                    travelBufferMinutes: 30
                )
        )
    }

    @Test func answersCameFromTheScenarioAtAnUnknownTime() throws {
        let folder = TemporaryFolder()
        let given = try migrated(folder).read { try $0.givenAnswers(of: "v2-second") }
        let stored = GivenAnswer(.no, origin: .scenario, givenAt: SchemaFixtures.unknownTime)
        #expect(given["q01"]?["s2"] == [stored])
        #expect(given["q01"]?.count == 2)
    }

    @Test func publicationsKnowTheirFacilitator() throws {
        let folder = TemporaryFolder()
        let workspace = try migrated(folder)
        let first = try workspace.read { try $0.publications(of: "v1-group") }
        #expect(first.map(\.facilitator) == ["lea"])
        #expect(
            first.first?.recipients == [
                "p01": RecipientCopy(sequence: 1, reply: .accepted),
                "p02": RecipientCopy(sequence: 1, isCancelled: true),
                "p03": RecipientCopy(sequence: 0, reply: .declined),
            ]
        )
        #expect(first.first?.facilitatorCopies.isEmpty == true)
        let second = try workspace.read { try $0.publications(of: "v2-second") }
        // The information session's candidate was gone: its facilitator is unknown.
        #expect(second.map(\.facilitator) == ["", "paul"])
        #expect(second.map(\.isCancelled) == [true, false])
        #expect(second.last?.recipients == ["q01": RecipientCopy(sequence: 0, reply: .tentative)])
        #expect(try workspace.read { try $0.pinnedSessions(of: "v2-second") } == [.founding1: "s2"])
    }

    @Test func theOtherGroupsSessionsAreBookings() throws {
        let folder = TemporaryFolder()
        let workspace = try migrated(folder)
        let information = SessionBooking(
            group: "v1-group",
            kind: .information,
            facilitator: "lea",
            venue: "salle",
            start: StoreFixtures.start(2027, 3, 2, 18, 30),
            end: StoreFixtures.start(2027, 3, 2, 20, 0),
            isPublished: true
        )
        let founding = SessionBooking(
            group: "v2-second",
            kind: .founding1,
            facilitator: "paul",
            venue: "salle",
            start: StoreFixtures.start(2027, 3, 17, 18, 30),
            end: StoreFixtures.start(2027, 3, 17, 20, 30),
            isPublished: true
        )
        #expect(try workspace.read { try $0.bookings(excludingGroup: "v1-group") } == [founding])
        #expect(try workspace.read { try $0.bookings(excludingGroup: nil) } == [information, founding])
    }

    @Test func theOutboxStartsEmptyAndTakesMessages() throws {
        let folder = TemporaryFolder()
        let workspace = try migrated(folder)
        #expect(try workspace.read { try $0.outbox() }.isEmpty)
        #expect(try workspace.read { try $0.publicationRuns(of: nil) }.isEmpty)
        let run = try workspace.write { writer in
            try writer.recordPublication(
                group: "v1-group",
                publications: try writer.publications(of: "v1-group"),
                pinned: try writer.pinnedSessions(of: "v1-group"),
                at: OutboxFixtures.now,
                reason: "resent",
                messages: [OutboxFixtures.draft(to: .participant("p01"))]
            )
        }
        #expect(run.number == PublicationRun.Number(1))
        #expect(try workspace.read { try $0.outbox() }.map(\.recipient) == [.participant("p01")])
    }

    /// The export of the migrated fixture: the centre once, every fact of both groups.
    @Test func theExportHoldsEveryFact() throws {
        let folder = TemporaryFolder()
        let text = String(decoding: try migrated(folder).read { try $0.exportJSON() }, as: UTF8.self)
        #expect(text.contains("\"format\" : \"entraide-workspace-export/2\""))
        #expect(text.components(separatedBy: "\"organisation\" :").count == 2)
        #expect(text.contains("\"origin\" : \"scenario\""))
        #expect(text.contains("\"given-at\" : \"1970-01-01T00:00:00Z\""))
        #expect(text.contains("\"facilitator\" : \"paul\""))
        #expect(text.contains("\"Partie Personne\""))
    }
}

extension SchemaFixtures {
    /// When migrated answers are stored as given.
    static let unknownTime = Instant.earliest
}
