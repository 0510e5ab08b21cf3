import GRDB

extension WorkspaceSchema {
    // MARK: - Workshop people (issue 10)

    /// Keeps what is needed to reach the people of the workshops the workspace has written to.
    ///
    /// `workshop_person(id PK, status, name, email, language)`: `status` is `active` (in the interest file of the
    /// latest publication), `withdrawn` (gone from it, kept so that a `CANCEL` reaches them) or `forgotten` (an
    /// anonymous tombstone). A version 9 workspace kept no name or language: every person it holds a record, a
    /// waiting-list rank or a message of is added as `withdrawn`, with the address of their latest workshop message
    /// that was not erased (the outbox's envelope), an empty name and no language; the next publication refreshes
    /// those still in the interest file.
    ///
    /// Frozen once shipped: it writes with its own SQL, never through the code of later versions.
    static func addWorkshopPeople(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE workshop_person (
                    id TEXT PRIMARY KEY NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn', 'forgotten')),
                    name TEXT NOT NULL,
                    email TEXT NOT NULL,
                    language TEXT NOT NULL
                ) STRICT;
                INSERT INTO workshop_person (id, status, name, email, language)
                    SELECT person, 'withdrawn', '',
                        COALESCE(
                            (SELECT envelope_to FROM outbox_message
                                WHERE workshop_id IS NOT NULL AND recipient_kind = 'participant'
                                    AND recipient_id = person AND is_erased = 0
                                ORDER BY id DESC LIMIT 1),
                            ''),
                        ''
                    FROM (
                        SELECT person_id AS person FROM workshop_publication
                        UNION SELECT person_id FROM waiting_notice
                        UNION SELECT recipient_id FROM outbox_message
                            WHERE workshop_id IS NOT NULL AND recipient_kind = 'participant'
                    );
                """
        )
    }
}
