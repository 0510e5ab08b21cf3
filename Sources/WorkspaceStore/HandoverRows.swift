import GRDB
import PlanningDomain

/// Reads and writes what the hand-over of a group last sent (tables `handover` and `handover_copy`).
enum HandoverRows {
    static func handover(of group: Group.ID, _ db: Database) throws -> HandoverPublication? {
        guard
            let row = try StoredRow.fetchAll(
                db,
                table: "handover",
                key: ["group_id"],
                sql: "SELECT * FROM handover WHERE group_id = ?",
                arguments: [group.rawValue]
            ).first
        else { return nil }
        let skipped = try row.json("skipped_days", [String].self, "days (JSON)").map { text in
            guard let date = StoredText.date(text) else { throw row.problem("skipped_days", "dates (2027-01-12)") }
            return date
        }
        let lastDay = try row.optionalText("last_day")
        var copies: [Participant.ID: RecipientCopy] = [:]
        for copy in try StoredRow.fetchAll(
            db,
            table: "handover_copy",
            key: ["group_id", "participant_id"],
            sql: "SELECT * FROM handover_copy WHERE group_id = ?",
            arguments: [group.rawValue]
        ) {
            let reply: RecipientCopy.Reply? =
                try copy.optionalText("reply") == nil ? nil : try copy.value("reply", RecipientCopy.Reply.self)
            copies[try copy.id("participant_id")] = RecipientCopy(
                sequence: try copy.integer("sequence"),
                isCancelled: try copy.bool("is_cancelled"),
                reply: reply
            )
        }
        return HandoverPublication(
            uid: try row.text("uid"),
            sequence: try row.integer("sequence"),
            series: HandoverPublication.Series(
                everyWeeks: try row.integer("every_weeks"),
                first: try row.dateTime("first_start"),
                durationMinutes: try row.integer("duration_minutes"),
                until: try lastDay.map { text in
                    guard let date = StoredText.date(text) else { throw row.problem("last_day", "a date (2027-01-12)") }
                    return date
                },
                skipped: skipped,
                venue: try row.optionalText("venue").map { Venue.ID($0) }
            ),
            isCancelled: try row.bool("is_cancelled"),
            copies: copies
        )
    }

    static func replace(_ handover: HandoverPublication, of group: Group.ID, _ db: Database) throws {
        // Deleting the series deletes its copies too (ON DELETE CASCADE).
        try db.execute(sql: "DELETE FROM handover WHERE group_id = ?", arguments: [group.rawValue])
        let series = handover.series
        try db.execute(
            sql: """
                INSERT INTO handover (group_id, uid, sequence, every_weeks, first_start, duration_minutes, last_day,
                    skipped_days, venue, is_cancelled)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                group.rawValue, handover.uid, handover.sequence, series.everyWeeks, series.first.description,
                series.durationMinutes, series.until?.description,
                StoredSettings.encoded(series.skipped.map(\.description)), series.venue?.rawValue, handover.isCancelled,
            ]
        )
        for (participant, copy) in handover.copies.sorted(by: { $0.key < $1.key }) {
            try db.execute(
                sql: """
                    INSERT INTO handover_copy (group_id, participant_id, sequence, is_cancelled, reply)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    group.rawValue, participant.rawValue, copy.sequence, copy.isCancelled, copy.reply?.rawValue,
                ]
            )
        }
    }
}
