import GRDB
import PlanningDomain

/// Brings the centre's records up to date from a centre file or a scenario, and says what changed.
///
/// A centre file gives every field: each record it names is replaced whole. A scenario says less: its
/// facilitators and venues replace the centre's values except for the fields a scenario leaves at their
/// default (a facilitator's phone, languages, qualifications and limits, a venue's opening hours and access,
/// the organisation's phone, the travel buffer), which keep the centre's values.
/// Records the import does not name are kept. Closures are united: a closure is added unless the same one
/// (dates and reason) is already there.
struct CentreUpdate {
    /// Where the records come from.
    enum Source {
        case centreFile
        case scenario
    }

    var source: Source
    var organisation: Organisation
    /// `nil` keeps the stored buffer (or the default for a new centre).
    var travelBufferMinutes: Int?
    var facilitators: [Facilitator]
    var venues: [Venue]
    var closures: [Closure]

    /// Writes what changed and returns the summary.
    func apply(_ db: Database) throws -> CentreImportSummary {
        CentreImportSummary(
            organisation: try applyOrganisation(db),
            facilitators: try applyFacilitators(db),
            venues: try applyVenues(db),
            closures: try applyClosures(db)
        )
    }

    // MARK: - Organisation

    private func applyOrganisation(_ db: Database) throws -> CentreImportSummary.RecordChange {
        let stored = try CentreRows.organisation(db)
        var merged = organisation
        if source == .scenario, merged.phone == nil { merged.phone = stored?.0.phone }
        let buffer = travelBufferMinutes ?? stored?.travelBuffer ?? Centre.defaultTravelBufferMinutes
        var change = CentreImportSummary.RecordChange.added
        if let (current, currentBuffer) = stored {
            let fields =
                Self.changedFields(current, merged) + (currentBuffer == buffer ? [] : ["travel-buffer-minutes"])
            guard !fields.isEmpty else { return .unchanged }
            change = .changed(fields: fields.sorted())
        }
        try db.execute(
            sql: """
                INSERT INTO centre (id, name, time_zone, language, organiser_name, organiser_email, uid_domain, phone,
                    travel_buffer_minutes, canton)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone,
                    language = excluded.language, organiser_name = excluded.organiser_name,
                    organiser_email = excluded.organiser_email, uid_domain = excluded.uid_domain,
                    phone = excluded.phone, travel_buffer_minutes = excluded.travel_buffer_minutes,
                    canton = excluded.canton
                """,
            arguments: [
                merged.name, merged.timeZone, merged.language.code, merged.organiser.name, merged.organiser.email,
                merged.uidDomain, merged.phone, buffer, merged.canton,
            ]
        )
        return change
    }

    static func changedFields(_ old: Organisation, _ new: Organisation) -> [String] {
        var fields: [String] = []
        if old.name != new.name { fields.append("name") }
        if old.timeZone != new.timeZone { fields.append("time-zone") }
        if old.language != new.language { fields.append("language") }
        if old.organiser.name != new.organiser.name { fields.append("organiser.name") }
        if old.organiser.email != new.organiser.email { fields.append("organiser.email") }
        if old.uidDomain != new.uidDomain { fields.append("uid-domain") }
        if old.phone != new.phone { fields.append("phone") }
        if old.canton != new.canton { fields.append("canton") }
        return fields
    }

    // MARK: - Facilitators

    private func applyFacilitators(_ db: Database) throws -> [Facilitator.ID: CentreImportSummary.RecordChange] {
        var stored = try CentreRows.facilitators(db)
        var changes = stored.mapValues { _ in CentreImportSummary.RecordChange.notInFile }
        for incoming in facilitators {
            var record = Facilitator(
                id: incoming.id,
                name: incoming.name,
                email: incoming.email,
                awayDates: incoming.awayDates,
                phone: incoming.phone,
                languages: incoming.languages,
                qualifications: incoming.qualifications,
                weeklyLimit: incoming.weeklyLimit,
                monthlyLimit: incoming.monthlyLimit
            )
            if let current = stored[incoming.id], source == .scenario {
                record.phone = record.phone ?? current.phone
                if record.languages.isEmpty { record.languages = current.languages }
                if record.qualifications == .everything { record.qualifications = current.qualifications }
                record.weeklyLimit = record.weeklyLimit ?? current.weeklyLimit
                record.monthlyLimit = record.monthlyLimit ?? current.monthlyLimit
            }
            let change = Self.change(from: stored[incoming.id].map { Self.changedFields($0, record) })
            // A record named twice keeps the first change it was given (added stays added).
            if changes[incoming.id] == nil || changes[incoming.id] == .notInFile || changes[incoming.id] == .unchanged {
                changes[incoming.id] = change
            }
            guard change != .unchanged else { continue }
            stored[incoming.id] = record
            try Self.write(record, db)
        }
        return changes
    }

    static func changedFields(_ old: Facilitator, _ new: Facilitator) -> [String] {
        var fields: [String] = []
        if old.name != new.name { fields.append("name") }
        if old.email != new.email { fields.append("email") }
        if old.phone != new.phone { fields.append("phone") }
        if old.awayDates != new.awayDates { fields.append("away") }
        if old.languages != new.languages { fields.append("languages") }
        if old.qualifications != new.qualifications { fields.append("qualifications") }
        if old.weeklyLimit != new.weeklyLimit { fields.append("weekly-limit") }
        if old.monthlyLimit != new.monthlyLimit { fields.append("monthly-limit") }
        return fields.sorted()
    }

    private static func write(_ record: Facilitator, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO facilitator (id, name, email, phone, away_dates, languages, session_kinds, workshops,
                    all_workshops, weekly_limit, monthly_limit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, phone = excluded.phone,
                    away_dates = excluded.away_dates, languages = excluded.languages,
                    session_kinds = excluded.session_kinds, workshops = excluded.workshops,
                    all_workshops = excluded.all_workshops, weekly_limit = excluded.weekly_limit,
                    monthly_limit = excluded.monthly_limit
                """,
            arguments: [
                record.id.rawValue, record.name, record.email, record.phone, CentreColumns.away(record.awayDates),
                CentreColumns.languages(record.languages),
                CentreColumns.sessionKinds(record.qualifications.sessionKinds),
                CentreColumns.workshops(record.qualifications.workshops), record.qualifications.allWorkshops,
                record.weeklyLimit, record.monthlyLimit,
            ]
        )
    }

    // MARK: - Venues

    private func applyVenues(_ db: Database) throws -> [Venue.ID: CentreImportSummary.RecordChange] {
        var stored = try CentreRows.venues(db)
        var changes = stored.mapValues { _ in CentreImportSummary.RecordChange.notInFile }
        for incoming in venues {
            var record = incoming
            record.bookedSlots = []
            if let current = stored[incoming.id], source == .scenario {
                if record.openingHours.isEmpty { record.openingHours = current.openingHours }
                record.access = record.access ?? current.access
            }
            let change = Self.change(from: stored[incoming.id].map { Self.changedFields($0, record) })
            if changes[incoming.id] == nil || changes[incoming.id] == .notInFile || changes[incoming.id] == .unchanged {
                changes[incoming.id] = change
            }
            guard change != .unchanged else { continue }
            stored[incoming.id] = record
            try db.execute(
                sql: """
                    INSERT INTO venue (id, name, address, capacity, has_step_free_access, opening_hours, access)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
                        capacity = excluded.capacity, has_step_free_access = excluded.has_step_free_access,
                        opening_hours = excluded.opening_hours, access = excluded.access
                    """,
                arguments: [
                    record.id.rawValue, record.name, record.address, record.capacity, record.hasStepFreeAccess,
                    CentreColumns.openingHours(record.openingHours), record.access,
                ]
            )
        }
        return changes
    }

    static func changedFields(_ old: Venue, _ new: Venue) -> [String] {
        var fields: [String] = []
        if old.name != new.name { fields.append("name") }
        if old.address != new.address { fields.append("address") }
        if old.capacity != new.capacity { fields.append("capacity") }
        if old.hasStepFreeAccess != new.hasStepFreeAccess { fields.append("step-free") }
        if old.openingHours != new.openingHours { fields.append("opening-hours") }
        if old.access != new.access { fields.append("access") }
        return fields.sorted()
    }

    // MARK: - Closures

    private func applyClosures(_ db: Database) throws -> [Closure: CentreImportSummary.RecordChange] {
        let stored = Set(try CentreRows.closures(db))
        var changes = Dictionary(uniqueKeysWithValues: stored.map { ($0, CentreImportSummary.RecordChange.notInFile) })
        for closure in closures {
            if stored.contains(closure) {
                changes[closure] = .unchanged
            } else if changes[closure] == nil {
                changes[closure] = .added
                try db.execute(
                    sql: "INSERT INTO closure (first_day, last_day, reason) VALUES (?, ?, ?)",
                    arguments: [closure.from.description, closure.to.description, closure.reason]
                )
            }
        }
        return changes
    }

    // MARK: - Private helpers

    /// `added` for no stored record, `unchanged` for no changed field, `changed` otherwise.
    private static func change(from fields: [String]?) -> CentreImportSummary.RecordChange {
        guard let fields else { return .added }
        return fields.isEmpty ? .unchanged : .changed(fields: fields)
    }
}
