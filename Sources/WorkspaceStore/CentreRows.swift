import GRDB
import PlanningDomain

/// Reads the centre's records: the organisation, facilitators, venues and closures every group shares.
///
/// Facilitators and venues come sorted by id, closures by first day, last day and reason, so the same records
/// always read the same way. A record read here has no busy, tentative or booked candidates: those belong to
/// a group (see ``ScenarioRows``).
enum CentreRows {
    static func centre(_ db: Database) throws -> Centre? {
        guard let (organisation, travelBuffer) = try organisation(db) else { return nil }
        return Centre(
            organisation: organisation,
            facilitators: try facilitators(db).sorted { $0.key < $1.key }.map(\.value),
            venues: try venues(db).sorted { $0.key < $1.key }.map(\.value),
            closures: try closures(db),
            travelBufferMinutes: travelBuffer
        )
    }

    /// The organisation and the travel buffer, or `nil` before anything was imported.
    static func organisation(_ db: Database) throws -> (Organisation, travelBuffer: Int)? {
        guard
            let row = try StoredRow.fetchAll(db, table: "centre", key: ["id"], sql: "SELECT * FROM centre WHERE id = 1")
                .first
        else { return nil }
        let organisation = Organisation(
            name: try row.text("name"),
            timeZone: try row.text("time_zone"),
            language: Language(try row.text("language")),
            organiser: Contact(name: try row.text("organiser_name"), email: try row.text("organiser_email")),
            uidDomain: try row.text("uid_domain"),
            phone: try row.optionalText("phone"),
            canton: try row.optionalText("canton")
        )
        return (organisation, try row.integer("travel_buffer_minutes"))
    }

    static func facilitators(_ db: Database) throws -> [Facilitator.ID: Facilitator] {
        var records: [Facilitator.ID: Facilitator] = [:]
        for row in try StoredRow.fetchAll(db, table: "facilitator", key: ["id"], sql: "SELECT * FROM facilitator") {
            let facilitator = Facilitator(
                id: try row.id("id"),
                name: try row.text("name"),
                email: try row.text("email"),
                awayDates: try CentreColumns.away(row),
                phone: try row.optionalText("phone"),
                languages: try CentreColumns.languages(row),
                qualifications: try CentreColumns.qualifications(row),
                weeklyLimit: try row.optionalInteger("weekly_limit"),
                monthlyLimit: try row.optionalInteger("monthly_limit")
            )
            records[facilitator.id] = facilitator
        }
        return records
    }

    static func venues(_ db: Database) throws -> [Venue.ID: Venue] {
        var records: [Venue.ID: Venue] = [:]
        for row in try StoredRow.fetchAll(db, table: "venue", key: ["id"], sql: "SELECT * FROM venue") {
            let venue = Venue(
                id: try row.id("id"),
                name: try row.text("name"),
                address: try row.text("address"),
                capacity: try row.integer("capacity"),
                hasStepFreeAccess: try row.bool("has_step_free_access"),
                openingHours: try CentreColumns.openingHours(row),
                access: try row.optionalText("access")
            )
            records[venue.id] = venue
        }
        return records
    }

    static func closures(_ db: Database) throws -> [Closure] {
        try StoredRow.fetchAll(db, table: "closure", key: ["id"], sql: "SELECT * FROM closure").map { row in
            Closure(
                from: try row.date("first_day"),
                to: try row.date("last_day"),
                reason: try row.optionalText("reason")
            )
        }.sorted(by: isBefore)
    }

    /// By first day, last day, then reason (none first).
    static func isBefore(_ lhs: Closure, _ rhs: Closure) -> Bool {
        (lhs.from, lhs.to, lhs.reason ?? "") < (rhs.from, rhs.to, rhs.reason ?? "")
            || ((lhs.from, lhs.to, lhs.reason ?? "") == (rhs.from, rhs.to, rhs.reason ?? "") && lhs.reason == nil
                && rhs.reason != nil)
    }
}
