import Foundation
import GRDB
import PlanningDomain
import Testing

@testable import WorkspaceStore

/// A workspace that reads back wrongly gives `unreadable-workspace` naming the table, the column and the row
/// (ids only), never a crash and never a name or an address.
@Suite struct CorruptionTests {
    /// What reads the damaged row.
    enum Reading: String, Sendable {
        case export, scenario, centre, publications, givenAnswers, bookings, outbox, outboxMessage, sendable, runs
        case groups, emailLookup, importAgain, recordAnswer, handover

        func run(_ workspace: Workspace) throws {
            let group: Group.ID = "proches-aidants"
            switch self {
            case .export: _ = try workspace.read { try $0.exportJSON() }
            case .scenario: _ = try workspace.read { try $0.scenario(of: group) }
            case .centre: _ = try workspace.read { try $0.centre() }
            case .publications: _ = try workspace.read { try $0.publications(of: group) }
            case .givenAnswers: _ = try workspace.read { try $0.givenAnswers(of: group) }
            case .bookings: _ = try workspace.read { try $0.bookings(excludingGroup: nil) }
            case .outbox: _ = try workspace.read { try $0.outbox() }
            case .outboxMessage: _ = try workspace.read { try $0.outboxMessage(OutboxMessage.ID(1)) }
            case .sendable: try workspace.write { try $0.requeue([OutboxMessage.ID(1)]) }
            case .runs: _ = try workspace.read { try $0.publicationRuns(of: nil) }
            case .groups: _ = try workspace.read { try $0.groups() }
            case .handover: _ = try workspace.read { try $0.handover(of: group) }
            case .emailLookup: _ = try workspace.read { try $0.participants(withEmail: CorruptionFixtures.email) }
            case .importAgain: _ = try workspace.write { try $0.importScenario(StoreFixtures.scenario()) }
            case .recordAnswer:
                _ = try workspace.write { writer in
                    try writer.recordAnswer(
                        group: group,
                        participant: "p01",
                        slot: "f1-0126",
                        availability: .yes,
                        channel: "web",
                        at: OutboxFixtures.now
                    )
                }
            }
        }
    }

    /// One damaged value: the statement that writes it, and where the error must say it is.
    struct Damage: Sendable, CustomTestStringConvertible {
        var table: String
        var column: String
        var row: String
        var sql: String
        var loosening = false
        var readings: [Reading] = [.export]

        var testDescription: String { "\(table).\(column)" }
    }

    static let damages: [Damage] = [
        Damage(
            table: "workspace_group",
            column: "type",
            row: "id 'proches-aidants'",
            sql: "UPDATE workspace_group SET type = 'club'",
            readings: [.export, .scenario, .importAgain]
        ),
        Damage(
            table: "workspace_group",
            column: "quorum",
            row: "id 'proches-aidants'",
            sql: "UPDATE workspace_group SET quorum = 'beaucoup'",
            loosening: true,
            readings: [.export, .scenario]
        ),
        Damage(
            table: "workspace_group",
            column: "rules",
            row: "id 'proches-aidants'",
            sql: "UPDATE workspace_group SET rules = '{\"initiator-must-attend\": tru'",
            readings: [.export, .scenario]
        ),
        Damage(
            table: "workspace_group",
            column: "session_rules",
            row: "id 'proches-aidants'",
            sql: #"UPDATE workspace_group SET session_rules = '[{"kind":"party","duration-minutes":90}]'"#,
            readings: [.scenario]
        ),
        Damage(
            table: "workspace_group",
            column: "id",
            row: "id ?",
            sql: "UPDATE workspace_group SET id = X'3132'",
            loosening: true,
            readings: [.groups]
        ),
        Damage(
            table: "centre",
            column: "travel_buffer_minutes",
            row: "id 1",
            sql: "UPDATE centre SET travel_buffer_minutes = '30 min'",
            loosening: true,
            readings: [.export, .centre, .scenario]
        ),
        Damage(
            table: "facilitator",
            column: "away_dates",
            row: "id 'anne'",
            sql: #"UPDATE facilitator SET away_dates = '["2027-13-45"]' WHERE id = 'anne'"#,
            readings: [.export, .centre, .scenario]
        ),
        Damage(
            table: "facilitator",
            column: "session_kinds",
            row: "id 'marc'",
            sql: #"UPDATE facilitator SET session_kinds = '["cooking"]' WHERE id = 'marc'"#,
            readings: [.centre, .importAgain]
        ),
        Damage(
            table: "facilitator",
            column: "all_workshops",
            row: "id 'anne'",
            sql: "UPDATE facilitator SET all_workshops = 2 WHERE id = 'anne'",
            readings: [.centre]
        ),
        Damage(
            table: "venue",
            column: "opening_hours",
            row: "id 'grand-pont'",
            sql: #"UPDATE venue SET opening_hours = '[{"day":"funday","from":"08:00","to":"22:00"}]'"#,
            readings: [.export, .centre]
        ),
        Damage(
            table: "venue",
            column: "has_step_free_access",
            row: "id 'cite'",
            sql: "UPDATE venue SET has_step_free_access = 7 WHERE id = 'cite'",
            readings: [.scenario]
        ),
        Damage(
            table: "closure",
            column: "first_day",
            row: "id 1",
            sql: "UPDATE closure SET first_day = 'bientôt' WHERE id = 1",
            readings: [.export, .scenario, .centre]
        ),
        Damage(
            table: "group_facilitator",
            column: "facilitator_id",
            row: "group_id 'proches-aidants', facilitator_id 'lucie'",
            sql: "UPDATE group_facilitator SET facilitator_id = 'lucie' WHERE facilitator_id = 'marc'",
            readings: [.export, .scenario]
        ),
        Damage(
            table: "facilitator_slot",
            column: "kind",
            row: "group_id 'proches-aidants', facilitator_id 'anne', slot_id 'f2-0209'",
            sql: "UPDATE facilitator_slot SET kind = 'maybe' WHERE slot_id = 'f2-0209'",
            readings: [.export, .scenario]
        ),
        Damage(
            table: "group_venue",
            column: "venue_id",
            row: "group_id 'proches-aidants', venue_id 'atelier'",
            sql: "UPDATE group_venue SET venue_id = 'atelier' WHERE venue_id = 'cite'",
            readings: [.scenario]
        ),
        Damage(
            table: "venue_booking",
            column: "slot_id",
            row: "group_id 'proches-aidants', venue_id 'grand-pont', slot_id ?",
            sql: "UPDATE venue_booking SET slot_id = X'3432'",
            loosening: true,
            readings: [.export, .scenario]
        ),
        Damage(
            table: "candidate_slot",
            column: "start",
            row: "group_id 'proches-aidants', id 'f1-0126'",
            sql: "UPDATE candidate_slot SET start = '2027-02-30T18:30' WHERE id = 'f1-0126'",
            readings: [.export, .scenario]
        ),
        Damage(
            table: "participant",
            column: "status",
            row: "group_id 'proches-aidants', id 'p01'",
            sql: "UPDATE participant SET status = 'gone' WHERE id = 'p01'",
            readings: [.export, .importAgain]
        ),
        Damage(
            table: "participant",
            column: "is_initiator",
            row: "group_id 'proches-aidants', id 'p01'",
            sql: "UPDATE participant SET is_initiator = 2 WHERE id = 'p01'",
            readings: [.export, .scenario]
        ),
        Damage(
            table: "participant",
            column: "name",
            row: "group_id 'proches-aidants', id 'p01'",
            sql: "UPDATE participant SET name = X'5A6F' WHERE id = 'p01'",
            loosening: true,
            readings: [.scenario]
        ),
        Damage(
            table: "answer",
            column: "origin_kind",
            row:
                "group_id 'proches-aidants', participant_id 'p01', slot_id 'f1-0126', origin_kind 'rumour', "
                + "origin_detail 'phone'",
            sql: "UPDATE answer SET origin_kind = 'rumour' WHERE origin_detail = 'phone'",
            readings: [.export, .scenario, .givenAnswers, .recordAnswer]
        ),
        Damage(
            table: "answer",
            column: "given_at",
            row: "group_id 'proches-aidants', participant_id 'p02', slot_id 'info-0112', origin_kind 'scenario'",
            sql: "UPDATE answer SET given_at = -5 WHERE participant_id = 'p02' AND slot_id = 'info-0112'",
            readings: [.givenAnswers, .importAgain]
        ),
        Damage(
            table: "answer",
            column: "availability",
            row: "group_id 'proches-aidants', participant_id 'p02', slot_id 'f1-0126'",
            sql: "UPDATE answer SET availability = 'perhaps' WHERE participant_id = 'p02' AND slot_id = 'f1-0126'",
            readings: [.scenario]
        ),
        Damage(
            table: "forgotten_answer_count",
            column: "count",
            row: "group_id 'proches-aidants', slot_id 'f1-0126', availability 'yes'",
            sql: "UPDATE forgotten_answer_count SET count = 'many' WHERE slot_id = 'f1-0126'",
            loosening: true
        ),
        Damage(
            table: "pinned_session",
            column: "kind",
            row: "group_id 'proches-aidants', kind 'party'",
            sql: "UPDATE pinned_session SET kind = 'party'",
            readings: [.export]
        ),
        Damage(
            table: "session_publication",
            column: "end",
            row: "group_id 'proches-aidants', kind 'founding1'",
            sql: "UPDATE session_publication SET end = 'later' WHERE kind = 'founding1'",
            readings: [.export, .publications, .bookings]
        ),
        Damage(
            table: "recipient_copy",
            column: "reply",
            row: "group_id 'proches-aidants', kind 'founding1', participant_id 'p01'",
            sql: "UPDATE recipient_copy SET reply = 'MAYBE' WHERE participant_id = 'p01'",
            readings: [.export, .publications]
        ),
        Damage(
            table: "facilitator_copy",
            column: "is_cancelled",
            row: "group_id 'proches-aidants', kind 'founding1', facilitator_id 'anne'",
            sql: "UPDATE facilitator_copy SET is_cancelled = 3",
            readings: [.publications]
        ),
        Damage(
            table: "publication_run",
            column: "created_at",
            row: "number 1",
            sql: "UPDATE publication_run SET created_at = 'yesterday'",
            loosening: true,
            readings: [.export, .runs]
        ),
        Damage(
            table: "outbox_message",
            column: "state",
            row: "id 1",
            sql: "UPDATE outbox_message SET state = 'lost'",
            readings: [.export, .outbox, .outboxMessage, .sendable]
        ),
        Damage(
            table: "outbox_message",
            column: "state_text",
            row: "id 1",
            sql: "UPDATE outbox_message SET state_text = NULL",
            readings: [.outbox]
        ),
        Damage(
            table: "outbox_message",
            column: "ics",
            row: "id 1",
            sql: "UPDATE outbox_message SET ics = 'BEGIN:VCALENDAR'",
            loosening: true,
            readings: [.outboxMessage]
        ),
        Damage(
            table: "workspace_group",
            column: "calendar_title",
            row: "id 'proches-aidants'",
            sql: "UPDATE workspace_group SET calendar_title = 'loud'",
            readings: [.export, .scenario]
        ),
        Damage(
            table: "handover",
            column: "skipped_days",
            row: "group_id 'proches-aidants'",
            sql: "UPDATE handover SET skipped_days = '[\"soon\"]'",
            readings: [.export, .handover]
        ),
        Damage(
            table: "handover",
            column: "first_start",
            row: "group_id 'proches-aidants'",
            sql: "UPDATE handover SET first_start = 'tuesday'",
            readings: [.export, .handover]
        ),
        Damage(
            table: "handover_copy",
            column: "reply",
            row: "group_id 'proches-aidants', participant_id 'p01'",
            sql: "UPDATE handover_copy SET reply = 'MAYBE'",
            readings: [.export, .handover]
        ),
        Damage(
            table: "outbox_message",
            column: "session_kind",
            row: "id 2",
            sql: "UPDATE outbox_message SET session_kind = 'party' WHERE id = 2",
            readings: [.export, .outbox]
        ),
        Damage(
            table: "outbox_message",
            column: "method",
            row: "id 1",
            sql: "UPDATE outbox_message SET method = 'PUBLISH'",
            readings: [.export, .outbox]
        ),
    ]

    @Test(arguments: damages)
    func aDamagedValueIsNamedNeverShown(damage: Damage) throws {
        let folder = TemporaryFolder()
        try CorruptionFixtures.populate(folder)
        try CorruptionFixtures.tamper(folder, [damage.sql], loosening: damage.loosening ? damage.table : nil)
        let workspace = try Workspace.open(in: folder.path)
        for reading in damage.readings {
            let error = try #require(throws: WorkspaceError.self, "\(reading)") { try reading.run(workspace) }
            #expect(error.code == .unreadableWorkspace && error.isInputError, "\(reading)")
            let place = "table '\(damage.table)', column '\(damage.column)', row \(damage.row)"
            #expect(error.message.contains(place), "\(reading): \(error.message)")
            for secret in ["Zoé", "Secretname", "secretname@", "private.example"] {
                #expect(!error.message.contains(secret) && !error.description.contains(secret))
            }
        }
    }

    /// Every table, a column renamed: the workspace is refused when opened, naming the table and the column.
    @Test(arguments: WorkspaceSchema.tables.map(\.name))
    func aRenamedColumnIsNamedWhenTheWorkspaceIsOpened(table: String) throws {
        let folder = TemporaryFolder()
        try CorruptionFixtures.populate(folder)
        let column = try #require(WorkspaceSchema.tables.first { $0.name == table }?.columns.last)
        try CorruptionFixtures.tamper(folder, ["ALTER TABLE \(table) RENAME COLUMN \(column) TO renamed_by_hand"])
        let error = try #require(throws: WorkspaceError.self) { try Workspace.open(in: folder.path) }
        #expect(error.code == .unreadableWorkspace && error.isInputError)
        #expect(error.message.contains("table '\(table)' has no column '\(column)'"), "\(error.message)")
    }

    @Test func aMissingTableIsNamedWhenTheWorkspaceIsOpened() throws {
        let folder = TemporaryFolder()
        try CorruptionFixtures.populate(folder)
        try CorruptionFixtures.tamper(folder, ["DROP TABLE venue_booking"])
        let error = try #require(throws: WorkspaceError.self) { try Workspace.open(in: folder.path) }
        #expect(error.code == .unreadableWorkspace)
        #expect(error.message.contains("table 'venue_booking' is missing"))
    }

    /// A column renamed while a command has the workspace open: SQLite's "no such column" is named as the
    /// workspace's fault too (SQLITE_ERROR), without SQLite's text.
    @Test func aColumnRenamedUnderAnOpenWorkspaceIsUnreadable() throws {
        let folder = TemporaryFolder()
        try CorruptionFixtures.populate(folder)
        let workspace = try Workspace.open(in: folder.path)
        try CorruptionFixtures.tamper(folder, ["ALTER TABLE candidate_slot RENAME COLUMN position TO place"])
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.read { try $0.scenario(of: "proches-aidants") }
        }
        #expect(error.code == .unreadableWorkspace)
        #expect(!error.message.contains("no such column"))
    }

    @Test func aMissingCentreRowIsNamed() throws {
        let folder = TemporaryFolder()
        try CorruptionFixtures.populate(folder)
        try CorruptionFixtures.tamper(folder, ["DELETE FROM centre"])
        let workspace = try Workspace.open(in: folder.path)
        #expect(try workspace.read { try $0.centre() } == nil)
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.read { try $0.scenario(of: "proches-aidants") }
        }
        #expect(error.message.contains("table 'centre' has no row, yet groups were imported"))
    }

    /// A version 2 workspace whose group JSON is damaged fails its migration as unreadable; the migration is
    /// rolled back and the workspace stays at version 2 with its data.
    @Test func aDamagedVersion2WorkspaceIsNotMigrated() throws {
        let folder = TemporaryFolder()
        try SchemaFixtures.copy(version: 2, into: folder)
        let damaged = "[{\"id\": 3"
        try CorruptionFixtures.tamper(
            folder,
            ["UPDATE workspace_group SET facilitators = '\(damaged)' WHERE id = 'v2-second'"]
        )
        let error = try #require(throws: WorkspaceError.self) { try Workspace.open(in: folder.path) }
        #expect(error.code == .unreadableWorkspace)
        #expect(error.message.contains("table 'workspace_group', column 'facilitators', row id 'v2-second'"))
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: folder.file(Workspace.fileName), configuration: configuration)
        try queue.read { db throws in
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 2)
            #expect(try db.tableExists("centre") == false)
            #expect(
                try String.fetchAll(db, sql: "SELECT facilitators FROM workspace_group ORDER BY id").last == damaged
            )
        }
    }
}
