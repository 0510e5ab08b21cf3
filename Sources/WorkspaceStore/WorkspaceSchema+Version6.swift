import GRDB

extension WorkspaceSchema {
    // MARK: - Version 6: the web page (staff accounts, sessions, personal links, rate limits, poll settings)

    /// Adds what the web server keeps: staff accounts (bcrypt hashes), staff sessions and personal links (both
    /// by the SHA-256 digest of their secret only, never the secret), rate-limit counters that survive a restart,
    /// each group's poll settings, participants' phone numbers, the queue of personal-link e-mails and the
    /// server's key for form tokens.
    ///
    /// Frozen once shipped: it writes with its own SQL, never through the code of later versions. Every new
    /// table starts empty: a group without a `group_web` row has the default settings (poll open, title hidden,
    /// counts hidden).
    static func addWeb(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE staff_account (
                    name TEXT PRIMARY KEY NOT NULL,
                    password_hash TEXT NOT NULL,
                    created_at INTEGER NOT NULL,
                    password_changed_at INTEGER NOT NULL
                ) STRICT;
                CREATE TABLE web_session (
                    key_digest BLOB PRIMARY KEY NOT NULL,
                    value BLOB NOT NULL,
                    expires_at INTEGER
                ) STRICT;
                CREATE INDEX web_session_expiry ON web_session(expires_at);
                CREATE TABLE personal_link (
                    digest BLOB PRIMARY KEY NOT NULL,
                    group_id TEXT NOT NULL,
                    participant_id TEXT NOT NULL,
                    issued_at INTEGER NOT NULL,
                    revoked_at INTEGER,
                    FOREIGN KEY (group_id, participant_id) REFERENCES participant(group_id, id) ON DELETE CASCADE
                ) STRICT;
                CREATE INDEX personal_link_owner ON personal_link(group_id, participant_id);
                CREATE TABLE rate_limit (
                    bucket TEXT PRIMARY KEY NOT NULL,
                    window_start INTEGER NOT NULL,
                    count INTEGER NOT NULL
                ) STRICT;
                CREATE TABLE group_web (
                    group_id TEXT PRIMARY KEY NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    is_poll_open INTEGER NOT NULL,
                    shows_title INTEGER NOT NULL,
                    shows_counts INTEGER NOT NULL
                ) STRICT;
                CREATE TABLE participant_phone (
                    group_id TEXT NOT NULL,
                    participant_id TEXT NOT NULL,
                    phone TEXT NOT NULL,
                    PRIMARY KEY (group_id, participant_id),
                    FOREIGN KEY (group_id, participant_id) REFERENCES participant(group_id, id) ON DELETE CASCADE
                ) STRICT;
                CREATE TABLE link_message (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    group_id TEXT NOT NULL,
                    participant_id TEXT NOT NULL,
                    requested_at INTEGER NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'uncertain', 'sent', 'failed')),
                    state_text TEXT,
                    state_at INTEGER,
                    attempts INTEGER NOT NULL,
                    FOREIGN KEY (group_id, participant_id) REFERENCES participant(group_id, id) ON DELETE CASCADE
                ) STRICT;
                CREATE INDEX link_message_state ON link_message(state, id);
                CREATE TABLE server_key (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    key BLOB NOT NULL
                ) STRICT;
                """
        )
    }
}
