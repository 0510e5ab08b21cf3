import GRDB
import PlanningDomain

/// Reads and writes what the publication of the coordinator's workshops remembers: each person's event per
/// workshop (`workshop_publication`) and the waiting-list rank last written to them (`waiting_notice`).
enum WorkshopPublicationRows {
    static func publications(_ db: Database) throws -> [WorkshopPublication] {
        try StoredRow.fetchAll(
            db,
            table: "workshop_publication",
            key: ["workshop_id", "person_id"],
            sql: "SELECT * FROM workshop_publication ORDER BY workshop_id, person_id"
        ).map { row in
            WorkshopPublication(
                workshop: try row.id("workshop_id"),
                person: try row.id("person_id"),
                uid: try row.text("uid"),
                sequence: try row.integer("sequence"),
                slot: try row.id("slot_id"),
                start: try row.dateTime("start"),
                end: try row.dateTime("end"),
                venue: try row.id("venue"),
                isCancelled: try row.text("status") == "cancelled"
            )
        }
    }

    static func notices(_ db: Database) throws -> [WaitingNotice] {
        try StoredRow.fetchAll(
            db,
            table: "waiting_notice",
            key: ["workshop_id", "person_id"],
            sql: "SELECT * FROM waiting_notice ORDER BY workshop_id, person_id"
        ).map { row in
            WaitingNotice(
                workshop: try row.id("workshop_id"),
                person: try row.id("person_id"),
                rank: try row.integer("rank")
            )
        }
    }

    /// Replaces every record with `publications` and `notices`.
    static func replace(_ publications: [WorkshopPublication], notices: [WaitingNotice], _ db: Database) throws {
        try db.execute(sql: "DELETE FROM workshop_publication; DELETE FROM waiting_notice")
        for record in publications {
            try db.execute(
                sql: """
                    INSERT INTO workshop_publication (workshop_id, person_id, uid, sequence, slot_id, start, end, venue,
                        status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    record.workshop.rawValue, record.person.rawValue, record.uid, record.sequence,
                    record.slot.rawValue, record.start.description, record.end.description, record.venue.rawValue,
                    record.isCancelled ? "cancelled" : "confirmed",
                ]
            )
        }
        for notice in notices {
            try db.execute(
                sql: "INSERT INTO waiting_notice (workshop_id, person_id, rank) VALUES (?, ?, ?)",
                arguments: [notice.workshop.rawValue, notice.person.rawValue, notice.rank]
            )
        }
    }
}
