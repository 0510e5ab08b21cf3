import Foundation
import GRDB
import PlanningDomain

@testable import WorkspaceStore

/// Workspaces with a row in every table, damaged behind Entraide's back the way a hand edit or another
/// program would.
enum CorruptionFixtures {
    /// The name and address of the person whose rows are damaged: no error may show them.
    static let name = "Zoé Secretname"
    static let email = "zoe.secretname@private.example"

    /// Builds, in `folder`, a workspace with a row in every table, then closes it with its log folded in.
    static func populate(_ folder: TemporaryFolder) throws {
        let workspace = try Workspace.create(in: folder.path)
        var scenario = StoreFixtures.scenario()
        scenario.participants[0].name = name
        scenario.participants[0].email = email
        scenario.facilitators[0].tentativeSlots = ["f2-0209"]
        var centre = Centre(
            organisation: scenario.organisation,
            facilitators: scenario.facilitators,
            venues: scenario.venues
        )
        centre.venues[0].openingHours = [
            WeeklyWindow(
                weekday: .tuesday,
                from: StoreFixtures.start(2027, 1, 1, 8, 0).time,
                to: StoreFixtures.start(2027, 1, 1, 22, 0).time
            )
        ]
        var publications = StoreFixtures.publications()
        publications[0].facilitator = "anne"
        publications[0].facilitatorCopies = ["anne": RecipientCopy(sequence: 2)]
        try workspace.write { writer in
            _ = try writer.importCentre(centre, at: OutboxFixtures.now)
            _ = try writer.importScenario(scenario, answers: nil, at: OutboxFixtures.now)
            try writer.recordAnswer(
                group: scenario.group.id,
                participant: "p01",
                slot: "f1-0126",
                availability: .no,
                channel: "phone",
                at: OutboxFixtures.now
            )
            _ = try writer.forget("p06", in: scenario.group.id)
            _ = try writer.recordPublication(
                group: scenario.group.id,
                publications: publications,
                pinned: [.founding1: "f1-0126"],
                at: OutboxFixtures.now,
                reason: "first publication",
                messages: [OutboxFixtures.draft(to: .participant("p01"), name: name, email: email)]
            )
            try writer.markSending(OutboxMessage.ID(1), at: OutboxFixtures.now)
            try writer.markSent(OutboxMessage.ID(1), answer: "250 OK <\(email)>", at: OutboxFixtures.now)
            var draft = OutboxFixtures.draft(to: .participant("p01"), name: name, email: email)
            draft.subject = .handover
            draft.fileStem = "participants/p01/handover"
            _ = try writer.recordHandover(
                group: scenario.group.id,
                handover: HandoverStoreTests.handover(),
                at: OutboxFixtures.now,
                reason: "hand-over",
                messages: [draft]
            )
        }
        _ = try workspace.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try workspace.pool.close()
    }

    /// Runs `statements` on the closed workspace file with foreign keys and CHECK constraints off; `loosening`
    /// first drops the STRICT typing of that table, so that a value of another type can be written.
    static func tamper(_ folder: TemporaryFolder, _ statements: [String], loosening table: String? = nil) throws {
        let path = folder.file(Workspace.fileName)
        if let table {
            let queue = try DatabaseQueue(path: path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA writable_schema = ON")
                try db.execute(
                    sql: "UPDATE sqlite_schema SET sql = replace(sql, ') STRICT', ')') WHERE name = ?",
                    arguments: [table]
                )
            }
            try queue.close()
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            for statement in statements { try db.execute(sql: statement) }
            _ = try db.checkpoint(.truncate)
        }
        try queue.close()
    }
}
