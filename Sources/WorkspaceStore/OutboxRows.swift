import Foundation
import GRDB
import PlanningDomain

/// Reads and writes publication runs and the outbox.
enum OutboxRows {
    /// The columns of an entry: everything but the bytes and the addresses.
    static let entryColumns = """
        id, run, group_id, workshop_id, recipient_kind, recipient_id, session_kind, uid, sequence, method, reason, file_stem,
        state, state_text, state_at, attempts, last_attempt_at, is_erased
        """

    static let key = ["id"]

    // MARK: - Writing

    static func insertRun(
        of group: Group.ID?,
        at instant: Instant,
        reason: String,
        _ db: Database
    ) throws
        -> PublicationRun
    {
        try db.execute(
            sql: "INSERT INTO publication_run (group_id, created_at, reason) VALUES (?, ?, ?)",
            arguments: [group?.rawValue, instant.secondsSince1970, reason]
        )
        return PublicationRun(
            number: PublicationRun.Number(Int(db.lastInsertedRowID)),
            group: group,
            createdAt: instant,
            reason: reason
        )
    }

    static func insert(_ draft: OutboxDraft, run: PublicationRun, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO outbox_message (run, group_id, workshop_id, recipient_kind, recipient_id, session_kind, uid,
                    sequence, method, reason, file_stem, ics, eml, envelope_from, envelope_to, state, state_text,
                    state_at, attempts, last_attempt_at, is_erased)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', NULL, NULL, 0, NULL, 0)
                """,
            arguments: [
                run.number.rawValue, run.group?.rawValue, draft.workshop?.rawValue, recipientKind(draft.recipient),
                draft.recipient.rawID,
                draft.subject.rawValue, draft.uid, draft.sequence, draft.method.rawValue, draft.reason,
                draft.fileStem, Data(draft.ics), Data(draft.eml), draft.envelope.from, draft.envelope.to,
            ]
        )
    }

    /// Sets a message's state; `text` and `at` are the details of `sent` and `failed`.
    static func setState(
        _ id: OutboxMessage.ID,
        _ kind: DeliveryState.Kind,
        text: String? = nil,
        at instant: Instant? = nil,
        _ db: Database
    ) throws {
        try db.execute(
            sql: "UPDATE outbox_message SET state = ?, state_text = ?, state_at = ? WHERE id = ?",
            arguments: [kind.rawValue, text, instant?.secondsSince1970, id.rawValue]
        )
    }

    // MARK: - Reading

    static func entries(
        group: Group.ID?,
        states: Set<DeliveryState.Kind>?,
        _ db: Database
    ) throws -> [OutboxEntry] {
        guard let filter = DeliveryFilter(group: group, states: states) else { return [] }
        return try StoredRow.fetchAll(
            db,
            table: "outbox_message",
            key: key,
            sql: "SELECT \(entryColumns) FROM outbox_message\(filter.clause) ORDER BY id",
            arguments: filter.arguments
        ).map(entry)
    }

    /// The message with its bytes and envelope; `nil` for an unknown id.
    static func message(_ id: OutboxMessage.ID, _ db: Database) throws -> OutboxMessage? {
        try StoredRow.fetchAll(
            db,
            table: "outbox_message",
            key: key,
            sql: "SELECT * FROM outbox_message WHERE id = ?",
            arguments: [id.rawValue]
        ).first.map(message)
    }

    /// Pending and failed messages that were not erased, in id order, with their bytes.
    static func sendable(_ db: Database) throws -> [OutboxMessage] {
        try StoredRow.fetchAll(
            db,
            table: "outbox_message",
            key: key,
            sql: "SELECT * FROM outbox_message WHERE state IN ('pending', 'failed') AND is_erased = 0 ORDER BY id"
        ).map(message)
    }

    static func runs(of group: Group.ID?, _ db: Database) throws -> [PublicationRun] {
        let filter = group == nil ? "" : " WHERE group_id = ?"
        return try StoredRow.fetchAll(
            db,
            table: "publication_run",
            key: ["number"],
            sql: "SELECT * FROM publication_run\(filter) ORDER BY number",
            arguments: group.map { [$0.rawValue] } ?? []
        ).map { row in
            PublicationRun(
                number: PublicationRun.Number(try row.integer("number")),
                group: try row.optionalText("group_id").map { Group.ID($0) },
                createdAt: try row.instant("created_at"),
                reason: try row.text("reason")
            )
        }
    }

    /// `participant` or `facilitator`: the `recipient_kind` column, and the export's `recipient.kind`.
    static func recipientKind(_ recipient: MessageRecipient) -> String {
        switch recipient {
        case .participant: "participant"
        case .facilitator: "facilitator"
        }
    }

    // MARK: - Private helpers

    private static func message(_ row: StoredRow) throws -> OutboxMessage {
        OutboxMessage(
            entry: try entry(row),
            ics: try row.bytes("ics"),
            eml: try row.bytes("eml"),
            envelope: MailEnvelope(from: try row.text("envelope_from"), to: try row.text("envelope_to"))
        )
    }

    private static func entry(_ row: StoredRow) throws -> OutboxEntry {
        let recipientID = try row.text("recipient_id")
        let recipient: MessageRecipient
        switch try row.text("recipient_kind") {
        case "participant": recipient = .participant(Participant.ID(recipientID))
        case "facilitator": recipient = .facilitator(Facilitator.ID(recipientID))
        default: throw row.problem("recipient_kind", "one of participant, facilitator")
        }
        return OutboxEntry(
            id: OutboxMessage.ID(try row.integer("id")),
            run: PublicationRun.Number(try row.integer("run")),
            group: try row.optionalText("group_id").map { Group.ID($0) },
            workshop: try row.optionalText("workshop_id").map { Workshop.ID($0) },
            recipient: recipient,
            subject: try subject(row),
            uid: try row.text("uid"),
            sequence: try row.integer("sequence"),
            method: try row.value("method", OutboxDraft.Method.self),
            reason: try row.text("reason"),
            fileStem: try row.text("file_stem"),
            state: try state(row),
            attempts: try row.integer("attempts"),
            lastAttemptAt: try row.optionalInstant("last_attempt_at"),
            isErased: try row.bool("is_erased")
        )
    }

    private static func subject(_ row: StoredRow) throws -> MessageSubject {
        guard let subject = MessageSubject(rawValue: try row.text("session_kind")) else {
            throw row.problem(
                "session_kind",
                "one of " + (SessionKind.allCases.map(\.rawValue) + ["handover"]).joined(separator: ", ")
            )
        }
        return subject
    }

    private static func state(_ row: StoredRow) throws -> DeliveryState {
        switch try row.value("state", DeliveryState.Kind.self) {
        case .pending: return .pending
        case .sending: return .sending
        case .uncertain: return .uncertain
        case .sent: return .sent(answer: try row.text("state_text"), at: try row.instant("state_at"))
        case .failed: return .failed(reason: try row.text("state_text"), at: try row.instant("state_at"))
        }
    }
}
