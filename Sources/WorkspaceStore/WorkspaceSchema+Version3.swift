import GRDB
import PlanningDomain

extension WorkspaceSchema {
    // MARK: - Version 3: one centre, answers with origin and time, facilitators' copies, the outbox

    /// Moves the organisation, facilitators, venues and closures out of the groups into the centre's records,
    /// gives every answer its origin and time, adds the facilitator of each publication and the facilitators'
    /// copies, and creates the outbox.
    ///
    /// Frozen once shipped: it writes with its own SQL, never through the code of later versions.
    static func addCentreAnswersOutbox(_ db: Database) throws {
        try createCentre(db)
        try moveGroupSettingsToCentre(db)
        try db.execute(
            sql: """
                ALTER TABLE workspace_group DROP COLUMN organisation;
                ALTER TABLE workspace_group DROP COLUMN facilitators;
                ALTER TABLE workspace_group DROP COLUMN venues;
                ALTER TABLE workspace_group DROP COLUMN closures;
                """
        )
        try addAnswerOrigins(db)
        try addFacilitatorsToPublications(db)
        try createOutbox(db)
    }

    /// When a version 2 answer was given is unknown: it is stored as given at the earliest instant, so that any
    /// answer recorded after the migration wins over it (WorkspaceStore documentation, `WorkspaceInDetail`, "Answers").
    static let migratedAnswersGivenAt = Instant.earliest

    // MARK: - Private helpers

    private static func createCentre(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE centre (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    name TEXT NOT NULL,
                    time_zone TEXT NOT NULL,
                    language TEXT NOT NULL,
                    organiser_name TEXT NOT NULL,
                    organiser_email TEXT NOT NULL,
                    uid_domain TEXT NOT NULL,
                    phone TEXT,
                    travel_buffer_minutes INTEGER NOT NULL
                ) STRICT;
                CREATE TABLE facilitator (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    email TEXT NOT NULL,
                    phone TEXT,
                    away_dates TEXT NOT NULL,
                    languages TEXT NOT NULL,
                    session_kinds TEXT NOT NULL,
                    workshops TEXT NOT NULL,
                    all_workshops INTEGER NOT NULL,
                    weekly_limit INTEGER,
                    monthly_limit INTEGER
                ) STRICT;
                CREATE TABLE venue (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    address TEXT NOT NULL,
                    capacity INTEGER NOT NULL,
                    has_step_free_access INTEGER NOT NULL,
                    opening_hours TEXT NOT NULL,
                    access TEXT
                ) STRICT;
                CREATE TABLE closure (
                    id INTEGER PRIMARY KEY,
                    first_day TEXT NOT NULL,
                    last_day TEXT NOT NULL,
                    reason TEXT
                ) STRICT;
                CREATE TABLE group_facilitator (
                    group_id TEXT NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    facilitator_id TEXT NOT NULL REFERENCES facilitator(id),
                    position INTEGER NOT NULL,
                    PRIMARY KEY (group_id, facilitator_id)
                ) STRICT;
                CREATE TABLE facilitator_slot (
                    group_id TEXT NOT NULL,
                    facilitator_id TEXT NOT NULL,
                    slot_id TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('busy', 'tentative')),
                    PRIMARY KEY (group_id, facilitator_id, slot_id, kind),
                    FOREIGN KEY (group_id, facilitator_id) REFERENCES group_facilitator(group_id, facilitator_id)
                        ON DELETE CASCADE
                ) STRICT;
                CREATE TABLE group_venue (
                    group_id TEXT NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    venue_id TEXT NOT NULL REFERENCES venue(id),
                    position INTEGER NOT NULL,
                    PRIMARY KEY (group_id, venue_id)
                ) STRICT;
                CREATE TABLE venue_booking (
                    group_id TEXT NOT NULL,
                    venue_id TEXT NOT NULL,
                    slot_id TEXT NOT NULL,
                    PRIMARY KEY (group_id, venue_id, slot_id),
                    FOREIGN KEY (group_id, venue_id) REFERENCES group_venue(group_id, venue_id) ON DELETE CASCADE
                ) STRICT;
                """
        )
    }

    /// Each group's JSON settings, in the order of the group ids: a record named by several groups takes the
    /// values of the last of them (they are the same unless the scenarios disagreed); closures are united.
    private static func moveGroupSettingsToCentre(_ db: Database) throws {
        let groups = try StoredRow.fetchAll(
            db,
            table: "workspace_group",
            key: ["id"],
            sql: "SELECT id, organisation, facilitators, venues, closures FROM workspace_group ORDER BY id"
        )
        var closures: [[String?]] = []
        for row in groups {
            let group = try row.text("id")
            let organisation = try row.json("organisation", LegacySettings.Organisation.self, "an organisation (JSON)")
            try db.execute(
                sql: """
                    INSERT INTO centre (id, name, time_zone, language, organiser_name, organiser_email, uid_domain,
                        phone, travel_buffer_minutes)
                    VALUES (1, ?, ?, ?, ?, ?, ?, NULL, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, time_zone = excluded.time_zone,
                        language = excluded.language, organiser_name = excluded.organiser_name,
                        organiser_email = excluded.organiser_email, uid_domain = excluded.uid_domain
                    """,
                arguments: [
                    organisation.name, organisation.timeZone, organisation.language, organisation.organiser.name,
                    organisation.organiser.email, organisation.uidDomain, Centre.defaultTravelBufferMinutes,
                ]
            )
            let facilitators = try row.json("facilitators", [LegacySettings.Facilitator].self, "facilitators (JSON)")
            for (position, facilitator) in facilitators.enumerated() {
                try moveFacilitator(facilitator, position: position, of: group, db)
            }
            let venues = try row.json("venues", [LegacySettings.Venue].self, "venues (JSON)")
            for (position, venue) in venues.enumerated() {
                try moveVenue(venue, position: position, of: group, db)
            }
            for closure in try row.json("closures", [LegacySettings.Closure].self, "closures (JSON)") {
                let values = [closure.from, closure.to, closure.reason]
                guard StoredText.date(closure.from) != nil, StoredText.date(closure.to) != nil else {
                    throw row.problem("closures", "closures with dates (2027-01-12)")
                }
                if !closures.contains(values) { closures.append(values) }
            }
        }
        for values in closures.sorted(by: { $0.map { $0 ?? "" }.lexicographicallyPrecedes($1.map { $0 ?? "" }) }) {
            try db.execute(
                sql: "INSERT INTO closure (first_day, last_day, reason) VALUES (?, ?, ?)",
                arguments: StatementArguments(values)
            )
        }
    }

    private static func moveFacilitator(
        _ facilitator: LegacySettings.Facilitator,
        position: Int,
        of group: String,
        _ db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO facilitator (id, name, email, phone, away_dates, languages, session_kinds, workshops,
                    all_workshops, weekly_limit, monthly_limit)
                VALUES (?, ?, ?, NULL, ?, '[]', ?, '[]', 1, NULL, NULL)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email,
                    away_dates = excluded.away_dates
                """,
            arguments: [
                facilitator.id, facilitator.name, facilitator.email,
                StoredSettings.encoded(facilitator.away.sorted()),
                StoredSettings.encoded(SessionKind.groupSequence.map(\.rawValue)),
            ]
        )
        try db.execute(
            sql: "INSERT OR IGNORE INTO group_facilitator (group_id, facilitator_id, position) VALUES (?, ?, ?)",
            arguments: [group, facilitator.id, position]
        )
        let slots =
            Set(facilitator.busy).map { ($0, "busy") } + Set(facilitator.tentative ?? []).map { ($0, "tentative") }
        for (slot, kind) in slots.sorted(by: { ($0.1, $0.0) < ($1.1, $1.0) }) {
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO facilitator_slot (group_id, facilitator_id, slot_id, kind)
                    VALUES (?, ?, ?, ?)
                    """,
                arguments: [group, facilitator.id, slot, kind]
            )
        }
    }

    private static func moveVenue(
        _ venue: LegacySettings.Venue,
        position: Int,
        of group: String,
        _ db: Database
    )
        throws
    {
        try db.execute(
            sql: """
                INSERT INTO venue (id, name, address, capacity, has_step_free_access, opening_hours, access)
                VALUES (?, ?, ?, ?, ?, '[]', NULL)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
                    capacity = excluded.capacity, has_step_free_access = excluded.has_step_free_access
                """,
            arguments: [venue.id, venue.name, venue.address, venue.capacity, venue.stepFree]
        )
        try db.execute(
            sql: "INSERT OR IGNORE INTO group_venue (group_id, venue_id, position) VALUES (?, ?, ?)",
            arguments: [group, venue.id, position]
        )
        for slot in Set(venue.booked).sorted() {
            try db.execute(
                sql: "INSERT OR IGNORE INTO venue_booking (group_id, venue_id, slot_id) VALUES (?, ?, ?)",
                arguments: [group, venue.id, slot]
            )
        }
    }

    /// The answers table again, keyed by origin too; every version 2 answer came from the imported scenario.
    private static func addAnswerOrigins(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE answer_v3 (
                    group_id TEXT NOT NULL,
                    participant_id TEXT NOT NULL,
                    slot_id TEXT NOT NULL,
                    origin_kind TEXT NOT NULL CHECK (origin_kind IN ('recorded', 'scenario', 'poll', 'derived')),
                    origin_detail TEXT NOT NULL,
                    origin_order INTEGER NOT NULL,
                    availability TEXT NOT NULL CHECK (availability IN ('yes', 'if-need-be', 'no')),
                    given_at INTEGER NOT NULL,
                    PRIMARY KEY (group_id, participant_id, slot_id, origin_kind, origin_detail),
                    FOREIGN KEY (group_id, participant_id) REFERENCES participant(group_id, id) ON DELETE CASCADE
                ) STRICT;
                INSERT INTO answer_v3 (group_id, participant_id, slot_id, origin_kind, origin_detail, origin_order,
                    availability, given_at)
                SELECT group_id, participant_id, slot_id, 'scenario', '', 0, availability, \(migratedAnswersGivenAt
                    .secondsSince1970) FROM answer;
                DROP TABLE answer;
                ALTER TABLE answer_v3 RENAME TO answer;
                """
        )
    }

    /// The facilitator of each publication (from its candidate; empty when the candidate is gone) and the
    /// facilitators' own copies (none were sent before version 3).
    private static func addFacilitatorsToPublications(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE session_publication ADD COLUMN facilitator TEXT NOT NULL DEFAULT '';
                UPDATE session_publication SET facilitator = coalesce(
                    (SELECT candidate_slot.facilitator FROM candidate_slot
                     WHERE candidate_slot.group_id = session_publication.group_id
                        AND candidate_slot.id = session_publication.slot_id),
                    '');
                CREATE TABLE facilitator_copy (
                    group_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    facilitator_id TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    is_cancelled INTEGER NOT NULL,
                    reply TEXT,
                    PRIMARY KEY (group_id, kind, facilitator_id),
                    FOREIGN KEY (group_id, kind) REFERENCES session_publication(group_id, kind) ON DELETE CASCADE
                ) STRICT;
                """
        )
    }

    private static func createOutbox(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE publication_run (
                    number INTEGER PRIMARY KEY AUTOINCREMENT,
                    group_id TEXT NOT NULL REFERENCES workspace_group(id) ON DELETE CASCADE,
                    created_at INTEGER NOT NULL,
                    reason TEXT NOT NULL
                ) STRICT;
                CREATE TABLE outbox_message (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    run INTEGER NOT NULL REFERENCES publication_run(number) ON DELETE CASCADE,
                    group_id TEXT NOT NULL,
                    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('participant', 'facilitator')),
                    recipient_id TEXT NOT NULL,
                    session_kind TEXT NOT NULL,
                    uid TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    method TEXT NOT NULL CHECK (method IN ('REQUEST', 'CANCEL')),
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
                    is_erased INTEGER NOT NULL
                ) STRICT;
                CREATE INDEX outbox_message_state ON outbox_message(state, id);
                CREATE INDEX outbox_message_recipient ON outbox_message(group_id, recipient_kind, recipient_id);
                CREATE INDEX publication_run_group ON publication_run(group_id, number);
                """
        )
    }
}
