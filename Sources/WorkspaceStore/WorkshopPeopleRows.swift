import GRDB
import PlanningDomain

/// Reads and writes the people of the workshops the workspace has written to (`workshop_person`).
enum WorkshopPeopleRows {
    /// Every person, by id.
    static func people(_ db: Database) throws -> [WorkshopPerson] {
        try StoredRow.fetchAll(
            db,
            table: "workshop_person",
            key: ["id"],
            sql: "SELECT * FROM workshop_person ORDER BY id"
        ).map { row in
            let language = try row.text("language")
            return WorkshopPerson(
                id: try row.id("id"),
                status: try row.value("status", WorkshopPerson.Status.self),
                name: try row.text("name"),
                email: try row.text("email"),
                language: language.isEmpty ? nil : Language(language)
            )
        }
    }

    /// The person with this id, whatever their status.
    static func person(_ id: Participant.ID, _ db: Database) throws -> WorkshopPerson? {
        try people(db).first { $0.id == id }
    }

    /// Refreshes the people kept from the interest file and adds those newly written to.
    ///
    /// Each kept person in `interest` is refreshed and active; one absent from it is withdrawn; the people of
    /// `interest` in `addressed` that are not kept yet are added. Forgotten people are left as they are.
    static func record(_ interest: [Participant], addressed: Set<Participant.ID>, _ db: Database) throws {
        let kept = Dictionary(try people(db).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let current = Dictionary(interest.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for person in kept.values where person.status != .forgotten {
            guard let fresh = current[person.id] else {
                guard person.status != .withdrawn else { continue }
                try db.execute(
                    sql: "UPDATE workshop_person SET status = 'withdrawn' WHERE id = ?",
                    arguments: [person.id.rawValue]
                )
                continue
            }
            let updated = WorkshopPerson(
                id: person.id,
                status: .active,
                name: fresh.name,
                email: fresh.email,
                language: fresh.language
            )
            guard updated != person else { continue }
            try db.execute(
                sql: "UPDATE workshop_person SET status = 'active', name = ?, email = ?, language = ? WHERE id = ?",
                arguments: [fresh.name, fresh.email, fresh.language.code, person.id.rawValue]
            )
        }
        for id in addressed.sorted() where kept[id] == nil {
            guard let fresh = current[id] else { continue }
            try db.execute(
                sql: "INSERT INTO workshop_person (id, status, name, email, language) VALUES (?, 'active', ?, ?, ?)",
                arguments: [id.rawValue, fresh.name, fresh.email, fresh.language.code]
            )
        }
    }

    /// Erases a person of the workshops.
    ///
    /// Their row becomes an anonymous tombstone (added when missing), their waiting-list ranks go, and their
    /// workshop messages in the outbox lose their bytes, addresses and the server's text and are never sent.
    /// Their publication records stay: ids, `UID` and `SEQUENCE` only.
    static func erase(_ id: Participant.ID, _ db: Database) throws {
        let arguments: StatementArguments = [id.rawValue]
        try db.execute(
            sql: """
                INSERT INTO workshop_person (id, status, name, email, language) VALUES (?, 'forgotten', '', '', '')
                ON CONFLICT (id) DO UPDATE SET status = 'forgotten', name = '', email = '', language = ''
                """,
            arguments: arguments
        )
        try db.execute(sql: "DELETE FROM waiting_notice WHERE person_id = ?", arguments: arguments)
        try db.execute(
            sql: """
                UPDATE outbox_message SET ics = X'', eml = X'', envelope_from = '', envelope_to = '',
                    state_text = CASE WHEN state_text IS NULL THEN NULL ELSE '' END, is_erased = 1
                WHERE workshop_id IS NOT NULL AND recipient_kind = 'participant' AND recipient_id = ?
                """,
            arguments: arguments
        )
    }

    /// The groups holding a participant with this id (active, withdrawn or forgotten), sorted.
    static func groups(holding id: Participant.ID, _ db: Database) throws -> [Group.ID] {
        try StoredRow.fetchAll(
            db,
            table: "participant",
            key: ["group_id", "id"],
            sql: "SELECT group_id, id FROM participant WHERE id = ? ORDER BY group_id",
            arguments: [id.rawValue]
        ).map { try $0.id("group_id") }
    }
}
