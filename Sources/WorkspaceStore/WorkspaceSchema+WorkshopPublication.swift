import GRDB

extension WorkspaceSchema {
    // MARK: - Workshop publication (issue 10)

    /// Lets the outbox carry the workshop runs' messages, and adds what their publication remembers.
    ///
    /// - `publication_run.group_id` and `outbox_message.group_id` become nullable: `NULL` is the publication of
    ///   the coordinator's workshops, which belongs to no group. SQLite cannot drop a `NOT NULL`, so both tables
    ///   are rebuilt (SQLite's documented twelve steps, foreign keys checked after the migration), keeping every
    ///   row, id and run number, and their `AUTOINCREMENT` counters, so no number is ever reused.
    /// - `outbox_message.workshop_id` names the workshop a message is about (`NULL` for a group's), and `method`
    ///   takes `LETTER`: a plain e-mail without calendar (a waiting-list letter).
    /// - `workshop_publication`: per person and workshop, the event last sent (UID, SEQUENCE, candidate, start,
    ///   end, room, status); `waiting_notice`: the waiting-list rank last written to each person.
    ///
    /// Frozen once shipped: it writes with its own SQL, never through the code of later versions.
    static func addWorkshopPublication(_ db: Database) throws {
        let sequences = try Row.fetchAll(
            db,
            sql: "SELECT name, seq FROM sqlite_sequence WHERE name IN ('publication_run', 'outbox_message')"
        )
        try db.execute(
            sql: """
                CREATE TABLE publication_run_new (
                    number INTEGER PRIMARY KEY AUTOINCREMENT,
                    group_id TEXT REFERENCES workspace_group(id) ON DELETE CASCADE,
                    created_at INTEGER NOT NULL,
                    reason TEXT NOT NULL
                ) STRICT;
                INSERT INTO publication_run_new (number, group_id, created_at, reason)
                    SELECT number, group_id, created_at, reason FROM publication_run;
                CREATE TABLE outbox_message_new (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    run INTEGER NOT NULL REFERENCES publication_run(number) ON DELETE CASCADE,
                    group_id TEXT,
                    workshop_id TEXT,
                    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('participant', 'facilitator')),
                    recipient_id TEXT NOT NULL,
                    session_kind TEXT NOT NULL,
                    uid TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    method TEXT NOT NULL CHECK (method IN ('REQUEST', 'CANCEL', 'LETTER')),
                    reason TEXT NOT NULL,
                    file_stem TEXT NOT NULL,
                    ics BLOB NOT NULL,
                    eml BLOB NOT NULL,
                    envelope_from TEXT NOT NULL,
                    envelope_to TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'uncertain', 'sent', 'failed')),
                    state_text TEXT,
                    state_at INTEGER,
                    attempts INTEGER NOT NULL,
                    last_attempt_at INTEGER,
                    is_erased INTEGER NOT NULL,
                    CHECK (group_id IS NOT NULL OR workshop_id IS NOT NULL)
                ) STRICT;
                INSERT INTO outbox_message_new (id, run, group_id, workshop_id, recipient_kind, recipient_id,
                    session_kind, uid, sequence, method, reason, file_stem, ics, eml, envelope_from, envelope_to, state,
                    state_text, state_at, attempts, last_attempt_at, is_erased)
                    SELECT id, run, group_id, NULL, recipient_kind, recipient_id, session_kind, uid, sequence, method,
                        reason, file_stem, ics, eml, envelope_from, envelope_to, state, state_text, state_at, attempts,
                        last_attempt_at, is_erased
                    FROM outbox_message;
                DROP TABLE outbox_message;
                DROP TABLE publication_run;
                ALTER TABLE publication_run_new RENAME TO publication_run;
                ALTER TABLE outbox_message_new RENAME TO outbox_message;
                CREATE INDEX publication_run_group ON publication_run(group_id, number);
                CREATE INDEX outbox_message_state ON outbox_message(state, id);
                CREATE INDEX outbox_message_recipient ON outbox_message(group_id, recipient_kind, recipient_id);
                CREATE INDEX outbox_message_workshop ON outbox_message(workshop_id, recipient_id);
                CREATE TABLE workshop_publication (
                    workshop_id TEXT NOT NULL,
                    person_id TEXT NOT NULL,
                    uid TEXT NOT NULL,
                    sequence INTEGER NOT NULL CHECK (sequence >= 0),
                    slot_id TEXT NOT NULL,
                    start TEXT NOT NULL,
                    end TEXT NOT NULL,
                    venue TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
                    PRIMARY KEY (workshop_id, person_id)
                ) STRICT;
                CREATE TABLE waiting_notice (
                    workshop_id TEXT NOT NULL,
                    person_id TEXT NOT NULL,
                    rank INTEGER NOT NULL CHECK (rank > 0),
                    PRIMARY KEY (workshop_id, person_id)
                ) STRICT;
                """
        )
        // The rebuilt tables keep their counters: a number of a deleted run or message is never given again.
        for row in sequences {
            let name: String = row["name"]
            let seq: Int64 = row["seq"]
            try db.execute(sql: "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?", arguments: [seq, name])
            try db.execute(
                sql: """
                    INSERT INTO sqlite_sequence (name, seq) SELECT ?, ?
                    WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)
                    """,
                arguments: [name, seq, name]
            )
        }
    }
}
