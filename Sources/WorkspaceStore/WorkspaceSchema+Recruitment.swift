import GRDB

extension WorkspaceSchema {
    // MARK: - Version 7: recruitment (issue 12)

    /// Adds what recruitment keeps: each registration's source, consent and waiting-list rank, the intake record
    /// and intake interviews with their personal links, the group's public text, and the queue of recruitment
    /// messages (intake invitations, the quorum notice).
    ///
    /// Atomic booking: `intake_interview_slot` is a partial UNIQUE index on the staff member and the start of
    /// every *booked* interview, so of two bookings of the same slot committed at once exactly one is stored;
    /// `recruitment_message_once` lets the quorum notice be queued once per group. Frozen once shipped.
    static func addRecruitment(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE registration (
                    group_id TEXT NOT NULL,
                    participant_id TEXT NOT NULL,
                    registered_at INTEGER NOT NULL,
                    source TEXT NOT NULL CHECK (source IN ('flyer', 'partner', 'social-media', 'press',
                        'other', 'phone', 'mail', 'staff')),
                    consent_at INTEGER NOT NULL,
                    consent_version TEXT NOT NULL,
                    withdrawn_at INTEGER,
                    waiting_rank INTEGER CHECK (waiting_rank IS NULL OR waiting_rank > 0),
                    PRIMARY KEY (group_id, participant_id),
                    FOREIGN KEY (group_id, participant_id) REFERENCES participant(group_id, id) ON DELETE CASCADE
                ) STRICT;
                CREATE INDEX registration_time ON registration(group_id, registered_at);
                CREATE TABLE intake_record (
                    group_id TEXT PRIMARY KEY NOT NULL,
                    working_title TEXT,
                    region TEXT NOT NULL,
                    need TEXT NOT NULL,
                    theme TEXT NOT NULL,
                    member_profile TEXT NOT NULL,
                    type TEXT NOT NULL,
                    initiator_role TEXT NOT NULL,
                    motivation TEXT NOT NULL,
                    recorded_at INTEGER NOT NULL
                ) STRICT;
                CREATE TABLE intake_interview (
                    id TEXT PRIMARY KEY NOT NULL,
                    group_id TEXT,
                    staff_id TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('offered', 'booked', 'cancelled')),
                    start TEXT,
                    end TEXT,
                    start_at INTEGER,
                    end_at INTEGER,
                    mode TEXT CHECK (mode IS NULL OR mode IN ('centre', 'phone', 'video')),
                    place TEXT,
                    sequence INTEGER NOT NULL,
                    initiator_name TEXT NOT NULL,
                    initiator_email TEXT NOT NULL,
                    initiator_phone TEXT,
                    initiator_language TEXT NOT NULL,
                    link_digest BLOB UNIQUE,
                    offer_terms TEXT,
                    offered_at INTEGER NOT NULL,
                    changed_at INTEGER NOT NULL,
                    CHECK (status = 'offered' OR (start IS NOT NULL AND start_at IS NOT NULL AND mode IS NOT NULL))
                ) STRICT;
                CREATE UNIQUE INDEX intake_interview_slot ON intake_interview(staff_id, start_at)
                    WHERE status = 'booked';
                CREATE TABLE group_public (
                    group_id TEXT PRIMARY KEY NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    public_text TEXT,
                    audience TEXT,
                    staff_in_charge TEXT
                ) STRICT;
                CREATE TABLE recruitment_message (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    group_id TEXT,
                    interview_id TEXT REFERENCES intake_interview(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('intake-request', 'intake-cancel', 'quorum-reachable')),
                    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('initiator', 'staff')),
                    recipient_id TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    body BLOB NOT NULL,
                    requested_at INTEGER NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'uncertain', 'sent', 'failed')),
                    state_at INTEGER,
                    attempts INTEGER NOT NULL
                ) STRICT;
                CREATE INDEX recruitment_message_state ON recruitment_message(state, id);
                CREATE UNIQUE INDEX recruitment_message_once ON recruitment_message(group_id, kind)
                    WHERE kind = 'quorum-reachable';
                """
        )
    }
}
