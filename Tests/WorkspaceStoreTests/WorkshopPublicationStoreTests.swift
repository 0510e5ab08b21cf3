import Foundation
import GRDB
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// The workshop publication's records and the outbox's workshop scope (migration `v9-workshop-publication`).
@Suite struct WorkshopPublicationStoreTests {
    private static let start = StoreFixtures.start(2027, 3, 13, 9, 30)

    private static func record(
        _ person: Participant.ID,
        sequence: Int = 0,
        cancelled: Bool = false
    )
        -> WorkshopPublication
    {
        WorkshopPublication(
            workshop: "ecoute",
            person: person,
            uid: "workshop.ecoute.e1@entraide-vd.example",
            sequence: sequence,
            slot: "e1",
            start: start,
            end: start.adding(minutes: 150),
            venue: "grand-pont",
            isCancelled: cancelled
        )
    }

    private static func draft(_ person: Participant.ID, method: OutboxDraft.Method = .request) -> OutboxDraft {
        OutboxDraft(
            recipient: .participant(person),
            subject: .session(.workshop),
            uid: method == .letter ? "" : "workshop.ecoute.e1@entraide-vd.example",
            sequence: 0,
            method: method,
            reason: method == .letter ? "waiting" : "new",
            fileStem: "\(method == .letter ? "waiting" : "invites")/\(person.rawValue)/ecoute",
            ics: method == .letter ? [] : Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8),
            eml: Array("Subject: atelier\r\n\r\nBonjour\r\n".utf8),
            envelope: MailEnvelope(from: "groupes@entraide-vd.example", to: "\(person.rawValue)@exemple.example"),
            workshop: "ecoute"
        )
    }

    @Test func aWorkshopPublicationIsRecordedWithItsMessagesInTheOutboxWithoutAGroup() throws {
        let workspace = try Workspace.inMemory()
        let notices = [WaitingNotice(workshop: "ecoute", person: "x3", rank: 1)]
        let run = try workspace.write { writer in
            try writer.recordWorkshopPublication(
                [Self.record("x1"), Self.record("x2")],
                notices: notices,
                at: OutboxFixtures.now,
                reason: "workshops of the calendar",
                messages: [Self.draft("x1"), Self.draft("x2"), Self.draft("x3", method: .letter)]
            )
        }
        #expect(run?.group == nil && run?.number.rawValue == 1)
        #expect(try workspace.read { try $0.workshopPublications() } == [Self.record("x1"), Self.record("x2")])
        #expect(try workspace.read { try $0.waitingNotices() } == notices)
        let entries = try workspace.read { try $0.outbox() }
        #expect(entries.map(\.method) == [.request, .request, .letter])
        #expect(entries.allSatisfy { $0.group == nil && $0.workshop == "ecoute" && $0.state == .pending })
        let sendable = try workspace.read { try $0.sendableMessages() }
        #expect(sendable.count == 3 && sendable[2].ics.isEmpty)
        // A group's filter leaves them out; the export lists them, metadata only.
        #expect(try workspace.read { try $0.outbox(group: "any") }.isEmpty)
        let export = String(decoding: try workspace.read { try $0.exportJSON() }, as: UTF8.self)
        #expect(export.contains("\"workshop\" : \"ecoute\"") && export.contains("\"rank\" : 1"))
        #expect(!export.contains("exemple.example") && !export.contains("Bonjour"))
        // Nothing to send: the records are replaced, no run is opened.
        let none = try workspace.write { writer in
            try writer.recordWorkshopPublication(
                [Self.record("x1", sequence: 1, cancelled: true)],
                notices: [],
                at: OutboxFixtures.now,
                reason: "workshops of the calendar",
                messages: []
            )
        }
        #expect(none == nil)
        #expect(
            try workspace.read { try $0.workshopPublications() } == [Self.record("x1", sequence: 1, cancelled: true)]
        )
        #expect(try workspace.read { try $0.waitingNotices() }.isEmpty)
    }

    @Test func aMessageWithABadIdIsRefusedAndNothingIsStored() throws {
        let workspace = try Workspace.inMemory()
        var bad = Self.draft("x1")
        bad.fileStem = "invites/../ecoute"
        #expect(throws: WorkspaceError.self) {
            try workspace.write { writer in
                try writer.recordWorkshopPublication(
                    [Self.record("x1")],
                    notices: [],
                    at: OutboxFixtures.now,
                    reason: "r",
                    messages: [bad]
                )
            }
        }
        #expect(try workspace.read { try $0.workshopPublications() }.isEmpty)
        #expect(try workspace.read { try $0.outbox() }.isEmpty)
    }

    /// The migration rebuilds `publication_run` and `outbox_message`: every row stays, and a number once given
    /// (even of a deleted run or message) is never given again.
    @Test func theMigrationKeepsEveryMessageAndNeverReusesANumber() throws {
        let folder = TemporaryFolder()
        let old = try Workspace.create(in: folder.path, schemaVersion: 8)
        try old.pool.write { db in
            try SchemaFixtures.insert(version: 8, into: db)
            try db.execute(
                sql: """
                    INSERT INTO publication_run (group_id, created_at, reason) VALUES ('v1-group', 100, 'first'),
                        ('v1-group', 200, 'second');
                    INSERT INTO outbox_message (run, group_id, recipient_kind, recipient_id, session_kind, uid,
                        sequence, method, reason, file_stem, ics, eml, envelope_from, envelope_to, state, state_text,
                        state_at, attempts, last_attempt_at, is_erased)
                    VALUES (1, 'v1-group', 'participant', 'p01', 'information', 'u1', 0, 'REQUEST', 'new',
                            'participants/p01/information', X'41', X'42', 'a@x.example', 'b@x.example', 'sent', '250 OK',
                            150, 1, 150, 0),
                        (1, 'v1-group', 'facilitator', 'lea', 'information', 'u1', 0, 'REQUEST', 'new',
                            'facilitators/lea/information', X'41', X'42', 'a@x.example', 'c@x.example', 'pending', NULL,
                            NULL, 0, NULL, 0),
                        (2, 'v1-group', 'participant', 'p01', 'founding1', 'u2', 0, 'REQUEST', 'new',
                            'participants/p01/founding1', X'41', X'42', 'a@x.example', 'b@x.example', 'pending', NULL,
                            NULL, 0, NULL, 0);
                    DELETE FROM publication_run WHERE number = 2;
                    """
            )
        }
        try old.pool.close()
        let workspace = try Workspace.open(in: folder.path)
        let entries = try workspace.read { try $0.outbox() }
        #expect(entries.map(\.id.rawValue) == [1, 2], "the deleted run's message went with it")
        #expect(entries.allSatisfy { $0.group == "v1-group" && $0.workshop == nil && $0.run.rawValue == 1 })
        #expect(entries.first?.state == .sent(answer: "250 OK", at: try #require(Instant(secondsSince1970: 150))))
        let run = try workspace.write { writer in
            try writer.recordWorkshopPublication(
                [Self.record("x1")],
                notices: [],
                at: OutboxFixtures.now,
                reason: "workshops",
                messages: [Self.draft("x1")]
            )
        }
        #expect(run?.number.rawValue == 3)
        #expect(try workspace.read { try $0.outbox() }.map(\.id.rawValue) == [1, 2, 4])
        #expect(try workspace.read { try $0.publicationRuns(of: nil) }.map(\.group) == ["v1-group", nil])
    }
}
