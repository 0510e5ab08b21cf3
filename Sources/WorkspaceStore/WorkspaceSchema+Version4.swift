import GRDB

extension WorkspaceSchema {
    // MARK: - Version 4: the calendar title each group chose, and what the hand-over sent

    /// Adds the group's calendar title (`neutral` for every group imported before: discretion is the default)
    /// and the hand-over's state: the series last sent to the group's members and the copy each one holds.
    ///
    /// Frozen once shipped: it writes with its own SQL, never through the code of later versions.
    static func addCalendarTitleAndHandover(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE workspace_group ADD COLUMN calendar_title TEXT NOT NULL DEFAULT 'neutral'
                    CHECK (calendar_title IN ('neutral', 'public'));
                CREATE TABLE handover (
                    group_id TEXT PRIMARY KEY NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    uid TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    every_weeks INTEGER NOT NULL,
                    first_start TEXT NOT NULL,
                    duration_minutes INTEGER NOT NULL,
                    last_day TEXT,
                    skipped_days TEXT NOT NULL,
                    venue TEXT,
                    is_cancelled INTEGER NOT NULL
                ) STRICT;
                CREATE TABLE handover_copy (
                    group_id TEXT NOT NULL REFERENCES handover(group_id) ON DELETE CASCADE,
                    participant_id TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    is_cancelled INTEGER NOT NULL,
                    reply TEXT,
                    PRIMARY KEY (group_id, participant_id)
                ) STRICT;
                """
        )
    }
}
