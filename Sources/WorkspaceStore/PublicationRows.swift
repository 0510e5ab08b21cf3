import GRDB
import PlanningDomain

/// Reads and writes a group's pinned sessions and publications.
enum PublicationRows {
    static func pinned(of group: Group.ID, _ db: Database) throws -> [SessionKind: CandidateSlot.ID] {
        var pinned: [SessionKind: CandidateSlot.ID] = [:]
        for row in try StoredRow.fetchAll(
            db,
            table: "pinned_session",
            key: ["group_id", "kind"],
            sql: "SELECT * FROM pinned_session WHERE group_id = ?",
            arguments: [group.rawValue]
        ) {
            pinned[try row.value("kind", SessionKind.self)] = try row.id("slot_id")
        }
        return pinned
    }

    static func publications(of group: Group.ID, _ db: Database) throws -> [SessionPublication] {
        let recipients: [String: [Participant.ID: RecipientCopy]] = try copies(
            of: group,
            table: "recipient_copy",
            column: "participant_id",
            db
        )
        let facilitators: [String: [Facilitator.ID: RecipientCopy]] = try copies(
            of: group,
            table: "facilitator_copy",
            column: "facilitator_id",
            db
        )
        return try StoredRow.fetchAll(
            db,
            table: "session_publication",
            key: ["group_id", "kind"],
            sql: "SELECT * FROM session_publication WHERE group_id = ?",
            arguments: [group.rawValue]
        ).map { row in
            let kind = try row.text("kind")
            return SessionPublication(
                kind: try row.value("kind", SessionKind.self),
                uid: try row.text("uid"),
                sequence: try row.integer("sequence"),
                slot: try row.id("slot_id"),
                start: try row.dateTime("start"),
                end: try row.dateTime("end"),
                venue: try row.id("venue"),
                facilitator: try row.id("facilitator"),
                isCancelled: try row.bool("is_cancelled"),
                recipients: recipients[kind] ?? [:],
                facilitatorCopies: facilitators[kind] ?? [:]
            )
        }.sorted { $0.kind < $1.kind }
    }

    static func replace(
        _ publications: [SessionPublication],
        pinned: [SessionKind: CandidateSlot.ID],
        of group: Group.ID,
        _ db: Database
    ) throws {
        // Deleting the publications deletes their copies too (ON DELETE CASCADE).
        try db.execute(sql: "DELETE FROM pinned_session WHERE group_id = ?", arguments: [group.rawValue])
        try db.execute(sql: "DELETE FROM session_publication WHERE group_id = ?", arguments: [group.rawValue])
        for (kind, slot) in pinned.sorted(by: { $0.key < $1.key }) {
            try db.execute(
                sql: "INSERT INTO pinned_session (group_id, kind, slot_id) VALUES (?, ?, ?)",
                arguments: [group.rawValue, kind.rawValue, slot.rawValue]
            )
        }
        for publication in publications.sorted(by: { $0.kind < $1.kind }) {
            try db.execute(
                sql: """
                    INSERT INTO session_publication (group_id, kind, uid, sequence, slot_id, start, end, venue,
                        facilitator, is_cancelled)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    group.rawValue, publication.kind.rawValue, publication.uid, publication.sequence,
                    publication.slot.rawValue, publication.start.description, publication.end.description,
                    publication.venue.rawValue, publication.facilitator.rawValue, publication.isCancelled,
                ]
            )
            let copies =
                publication.recipients.map { ("recipient_copy", "participant_id", $0.key.rawValue, $0.value) }
                + publication.facilitatorCopies.map {
                    ("facilitator_copy", "facilitator_id", $0.key.rawValue, $0.value)
                }
            for (table, column, id, copy) in copies.sorted(by: { ($0.0, $0.2) < ($1.0, $1.2) }) {
                try db.execute(
                    sql: """
                        INSERT INTO \(table) (group_id, kind, \(column), sequence, is_cancelled, reply)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        group.rawValue, publication.kind.rawValue, id, copy.sequence, copy.isCancelled,
                        copy.reply?.rawValue,
                    ]
                )
            }
        }
    }

    // MARK: - Private helpers

    /// The copies in `table` (`recipient_copy`, `facilitator_copy`) by session kind (as stored) and holder.
    private static func copies<Owner>(
        of group: Group.ID,
        table: String,
        column: String,
        _ db: Database
    ) throws -> [String: [Identifier<Owner>: RecipientCopy]] {
        var copies: [String: [Identifier<Owner>: RecipientCopy]] = [:]
        for row in try StoredRow.fetchAll(
            db,
            table: table,
            key: ["group_id", "kind", column],
            sql: "SELECT * FROM \(table) WHERE group_id = ?",
            arguments: [group.rawValue]
        ) {
            let reply: RecipientCopy.Reply? =
                try row.optionalText("reply") == nil ? nil : try row.value("reply", RecipientCopy.Reply.self)
            copies[try row.text("kind"), default: [:]][try row.id(column)] = RecipientCopy(
                sequence: try row.integer("sequence"),
                isCancelled: try row.bool("is_cancelled"),
                reply: reply
            )
        }
        return copies
    }
}
