import GRDB
import PlanningDomain

/// Reads and writes a group's pinned sessions and publications.
enum PublicationRows {
    static func pinned(of group: Group.ID, _ db: Database) throws -> [SessionKind: CandidateSlot.ID] {
        var pinned: [SessionKind: CandidateSlot.ID] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT kind, slot_id FROM pinned_session WHERE group_id = ?",
            arguments: [group.rawValue]
        ) {
            let kind = try StoredValueError.decode(SessionKind.self, row["kind"], "pinned session of group '\(group)'")
            pinned[kind] = CandidateSlot.ID(row["slot_id"])
        }
        return pinned
    }

    static func publications(of group: Group.ID, _ db: Database) throws -> [SessionPublication] {
        var copies: [String: [Participant.ID: RecipientCopy]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT * FROM recipient_copy WHERE group_id = ?",
            arguments: [group.rawValue]
        ) {
            let kind: String = row["kind"]
            let participant: String = row["participant_id"]
            let reply: String? = row["reply"]
            copies[kind, default: [:]][Participant.ID(participant)] = RecipientCopy(
                sequence: row["sequence"],
                isCancelled: row["is_cancelled"],
                reply: try reply.map {
                    try StoredValueError.decode(
                        RecipientCopy.Reply.self,
                        $0,
                        "reply of '\(participant)' to \(kind) in group '\(group)'"
                    )
                }
            )
        }
        return try Row.fetchAll(
            db,
            sql: "SELECT * FROM session_publication WHERE group_id = ?",
            arguments: [group.rawValue]
        ).map { row in
            let kind: String = row["kind"]
            let what = "publication of \(kind) in group '\(group)'"
            return SessionPublication(
                kind: try StoredValueError.decode(SessionKind.self, kind, what),
                uid: row["uid"],
                sequence: row["sequence"],
                slot: CandidateSlot.ID(row["slot_id"]),
                start: try StoredValueError.dateTime(row["start"], what),
                end: try StoredValueError.dateTime(row["end"], what),
                venue: Venue.ID(row["venue"]),
                isCancelled: row["is_cancelled"],
                recipients: copies[kind] ?? [:]
            )
        }.sorted { $0.kind < $1.kind }
    }

    static func replace(
        _ publications: [SessionPublication],
        pinned: [SessionKind: CandidateSlot.ID],
        of group: Group.ID,
        _ db: Database
    ) throws {
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
                        is_cancelled)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    group.rawValue, publication.kind.rawValue, publication.uid, publication.sequence,
                    publication.slot.rawValue, publication.start.description, publication.end.description,
                    publication.venue.rawValue, publication.isCancelled,
                ]
            )
            for (participant, copy) in publication.recipients.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: """
                        INSERT INTO recipient_copy (group_id, kind, participant_id, sequence, is_cancelled, reply)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        group.rawValue, publication.kind.rawValue, participant.rawValue, copy.sequence,
                        copy.isCancelled, copy.reply?.rawValue,
                    ]
                )
            }
        }
    }
}
