import Foundation
import GRDB

/// The workspace's tables, one named migration per schema version (WorkspaceStore documentation, `WorkspaceInDetail`, "Schema").
///
/// A version's migration is never edited once shipped: a change is a new migration. Each migration sets
/// `PRAGMA user_version` to its version number, so a newer workspace is recognised even by a migrator that does
/// not know its migration identifiers.
enum WorkspaceSchema {
    /// The migration identifiers, in order; version `n` is the first `n` of them.
    static let identifiers = [
        "v1-core", "v2-publications", "v3-centre-answers-outbox", "v4-calendar-title-handover",
        "v5-organisation-canton", "v6-web", "v7-recruitment", "v8-recruitment-mail",
        "v9-workshop-publication", "v10-workshop-people",
    ]

    /// The schema version this code writes.
    static var currentVersion: Int { identifiers.count }

    /// `PRAGMA application_id` of every workspace: "ENTR" in ASCII, so `file(1)` and Entraide recognise one.
    static let applicationID: Int32 = 0x454E_5452

    /// The migrator up to `version` (all versions by default); tests build older workspaces with a lower one.
    static func migrator(upTo version: Int = currentVersion) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        let steps: [@Sendable (Database) throws -> Void] = [
            createCore, addPublications, addCentreAnswersOutbox, addCalendarTitleAndHandover,
            addOrganisationCanton, addWeb, addRecruitment, addRecruitmentMail, addWorkshopPublication,
            addWorkshopPeople,
        ]
        for (index, step) in steps.enumerated().prefix(version) {
            migrator.registerMigration(identifiers[index]) { db in
                try step(db)
                try db.execute(sql: "PRAGMA user_version = \(index + 1)")
            }
        }
        return migrator
    }

    // MARK: - Version 1: groups, candidates, participants, answers

    private static func createCore(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(
            sql: """
                CREATE TABLE workspace_group (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    theme TEXT NOT NULL,
                    type TEXT NOT NULL,
                    region TEXT NOT NULL,
                    quorum INTEGER NOT NULL,
                    maximum_size INTEGER NOT NULL,
                    initiator TEXT,
                    organisation TEXT NOT NULL,
                    rules TEXT NOT NULL,
                    session_rules TEXT NOT NULL,
                    facilitators TEXT NOT NULL,
                    venues TEXT NOT NULL,
                    closures TEXT NOT NULL
                ) STRICT;
                CREATE TABLE candidate_slot (
                    group_id TEXT NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    start TEXT NOT NULL,
                    duration_minutes INTEGER NOT NULL,
                    venue TEXT NOT NULL,
                    facilitator TEXT NOT NULL,
                    PRIMARY KEY (group_id, id)
                ) STRICT;
                CREATE TABLE participant (
                    group_id TEXT NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn', 'forgotten')),
                    name TEXT NOT NULL,
                    email TEXT NOT NULL,
                    language TEXT NOT NULL,
                    is_initiator INTEGER NOT NULL,
                    needs_step_free_access INTEGER NOT NULL,
                    PRIMARY KEY (group_id, id)
                ) STRICT;
                CREATE TABLE answer (
                    group_id TEXT NOT NULL,
                    participant_id TEXT NOT NULL,
                    slot_id TEXT NOT NULL,
                    availability TEXT NOT NULL CHECK (availability IN ('yes', 'if-need-be', 'no')),
                    PRIMARY KEY (group_id, participant_id, slot_id),
                    FOREIGN KEY (group_id, participant_id) REFERENCES participant(group_id, id) ON DELETE CASCADE
                ) STRICT;
                CREATE TABLE forgotten_answer_count (
                    group_id TEXT NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    slot_id TEXT NOT NULL,
                    availability TEXT NOT NULL,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (group_id, slot_id, availability)
                ) STRICT;
                """
        )
    }

    // MARK: - Version 2: e-mail lookup, pinned sessions, publications

    private static func addPublications(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE participant ADD COLUMN email_key TEXT NOT NULL DEFAULT ''")
        // Read through StoredRow (same effect as when shipped): a damaged row is an error, never a trap.
        let rows = try StoredRow.fetchAll(
            db,
            table: "participant",
            key: ["group_id", "id"],
            sql: "SELECT group_id, id, email FROM participant"
        )
        for row in rows {
            try db.execute(
                sql: "UPDATE participant SET email_key = ? WHERE group_id = ? AND id = ?",
                arguments: [emailKey(try row.text("email")), try row.text("group_id"), try row.text("id")]
            )
        }
        try db.execute(
            sql: """
                CREATE INDEX participant_email_key ON participant(email_key);
                CREATE TABLE pinned_session (
                    group_id TEXT NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    slot_id TEXT NOT NULL,
                    PRIMARY KEY (group_id, kind)
                ) STRICT;
                CREATE TABLE session_publication (
                    group_id TEXT NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    uid TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    slot_id TEXT NOT NULL,
                    start TEXT NOT NULL,
                    end TEXT NOT NULL,
                    venue TEXT NOT NULL,
                    is_cancelled INTEGER NOT NULL,
                    PRIMARY KEY (group_id, kind)
                ) STRICT;
                CREATE TABLE recipient_copy (
                    group_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    participant_id TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    is_cancelled INTEGER NOT NULL,
                    reply TEXT,
                    PRIMARY KEY (group_id, kind, participant_id),
                    FOREIGN KEY (group_id, kind) REFERENCES session_publication(group_id, kind) ON DELETE CASCADE
                ) STRICT;
                """
        )
    }

    /// The e-mail address as looked up: trimmed and lower-cased (Unicode), so replies match whatever case they use.
    static func emailKey(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
