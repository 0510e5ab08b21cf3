import Foundation
import GRDB
import PlanningDomain

@testable import WorkspaceStore

/// Workspaces as earlier schema versions wrote them, and the committed fixture files made from them.
///
/// `Fixtures/workspace-vN.sqlite` is re-recorded by running the tests with `ENTRAIDE_RECORD_FIXTURES=N`
/// (`swift test --filter MigrationTests`); it is never re-recorded otherwise, so that it stays what the version N
/// code wrote. Version N's fixture can only be recorded while N is the current version (its migrations are
/// then the code's own); afterwards it stays as committed.
///
/// `Fixtures/workspace-v3.sqlite` was written by the version 3 `entraide` itself (main at f9453fc): `init`,
/// `import Fixtures/workspace-v3.yaml`, `publish v3-group --now 2026-11-25T09:00:00Z` (nine messages in the
/// outbox), the write-ahead log then folded in. `Fixtures/workspace-v4.sqlite` and `workspace-v5.sqlite` were
/// written the same way by the version 4 and 5 `entraide` (see ``Version4And5MigrationTests``).
enum SchemaFixtures {
    /// The folder of the committed fixtures, beside this file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        .path

    /// Whether the fixture of `version` is to be re-recorded (`ENTRAIDE_RECORD_FIXTURES=version`).
    static func isRecording(version: Int) -> Bool {
        ProcessInfo.processInfo.environment["ENTRAIDE_RECORD_FIXTURES"] == "\(version)"
    }

    /// The committed fixture of a schema version, copied into `destination` as its workspace file.
    static func copy(version: Int, into destination: TemporaryFolder) throws {
        try FileManager.default.copyItem(
            atPath: folder + "/workspace-v\(version).sqlite",
            toPath: destination.file(Workspace.fileName)
        )
    }

    /// Builds in `folder` a workspace of schema `version` with the data of ``insert(version:into:)``, as a single
    /// self-contained file (the write-ahead log folded in).
    static func build(version: Int, in folder: String) throws {
        let workspace = try Workspace.create(in: folder, schemaVersion: version)
        try workspace.pool.write { db in try insert(version: version, into: db) }
        _ = try workspace.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try workspace.pool.close()
    }

    /// The rows an Entraide of schema `version` would have written.
    ///
    /// Version 1: group `v1-group` with two participants (one active, one withdrawn), one forgotten tombstone
    /// with its anonymous counts, two candidates. Version 2: the same group (with e-mail keys), its pinned
    /// session, a publication with recipient copies, and a second group `v2-second` sharing the facilitator
    /// `lea` and the venue `salle` with its own busy and booked candidates, another facilitator `paul`, one closure
    /// in common and one of its own, and two publications (one of a candidate no longer proposed).
    static func insert(version: Int, into db: Database) throws {
        switch version {
        case 1: try db.execute(sql: version1Rows)
        case 2: try db.execute(sql: version2Rows)
        case 3: try db.execute(sql: version3Rows)
        case 4: try db.execute(sql: version4Rows)
        case 5: try db.execute(sql: version5Rows)
        // Version 6 (the web records) adds tables only: version 5's rows and a staff account.
        case 6:
            try db.execute(sql: version5Rows)
            try db.execute(sql: "INSERT INTO staff_account VALUES ('marie', 'not-a-real-hash', 0, 0)")
        // Version 7 (recruitment) adds tables: version 6's rows and a queued intake invitation without its e-mail,
        // as version 7 queued them (the `.ics` only).
        case 7:
            try insert(version: 6, into: db)
            try db.execute(sql: version7Message)
        // Version 8 (the recruitment e-mails) changes the recruitment queue only: version 6's rows.
        case 8:
            try insert(version: 6, into: db)
        // Version 9 (the workshops' publication): version 6's rows, x1's invitation (sent) and x3's waiting-list
        // letter (pending) of the workshop `ecoute`, with their records; nothing of their names or languages.
        case 9:
            try insert(version: 6, into: db)
            try db.execute(sql: version9Workshops)
        default: preconditionFailure("only versions 1 to 9 are earlier versions so far")
        }
    }

    /// A publication of the workshops as version 9 recorded it.
    static let version9Workshops = """
        INSERT INTO publication_run (group_id, created_at, reason) VALUES (NULL, 1798761600, 'workshops of the calendar');
        INSERT INTO outbox_message (run, group_id, workshop_id, recipient_kind, recipient_id, session_kind, uid, sequence,
            method, reason, file_stem, ics, eml, envelope_from, envelope_to, state, state_text, state_at, attempts,
            last_attempt_at, is_erased)
        VALUES ((SELECT MAX(number) FROM publication_run), NULL, 'ecoute', 'participant', 'x1', 'workshop',
                'workshop.ecoute.e1@entraide.example', 0, 'REQUEST', 'new', 'invites/x1/ecoute', X'41', X'42',
                'groupes@entraide.example', 'x1@mail.example', 'sent', '250 OK', 1798761700, 1, 1798761700, 0),
            ((SELECT MAX(number) FROM publication_run), NULL, 'ecoute', 'participant', 'x3', 'workshop', '', 0,
                'LETTER', 'waiting', 'waiting/x3/ecoute', X'', X'43', 'groupes@entraide.example', 'x3@mail.example',
                'pending', NULL, NULL, 0, NULL, 0);
        INSERT INTO workshop_publication VALUES ('ecoute', 'x1', 'workshop.ecoute.e1@entraide.example', 0, 'e1',
            '2027-03-13T09:30', '2027-03-13T12:00', 'salle', 'confirmed');
        INSERT INTO waiting_notice VALUES ('ecoute', 'x3', 1);
        """

    /// A quorum notice as version 7 queued it: its text, no e-mail.
    static let version7Message = """
        INSERT INTO recruitment_message (group_id, interview_id, kind, recipient_kind, recipient_id, sequence,
            body, requested_at, state, attempts)
        VALUES ('v1-group', NULL, 'quorum-reachable', 'staff', 'marie', 0, X'71756F72756D', 1798761600,
            'pending', 0);
        """

    private static let organisationJSON =
        #"{"language":"fr","name":"Centre","organiser":{"email":"groupes@entraide.example","name":"Groupes"},"#
        + #""time-zone":"Europe/Zurich","uid-domain":"entraide.example"}"#

    /// The group `v1-group` and its candidates, as versions 1 and 2 wrote them.
    private static let version1Group = """
        INSERT INTO workspace_group VALUES ('v1-group', 'Groupe v1', 'Thème', 'shared-activity', 'Nyon', 5, 9,
            'p01',
            '\(organisationJSON)',
            '{"initiator-must-attend":false,"quorum-applies-to":"each-session"}',
            '[{"days-after-previous":null,"duration-minutes":90,"kind":"information"},{"days-after-previous":{"max":28,"min":7},"duration-minutes":120,"kind":"founding1"}]',
            '[{"away":["2027-03-01"],"busy":[],"email":"lea@entraide.example","id":"lea","name":"Léa"}]',
            '[{"address":"Rue 1","booked":["i1"],"capacity":12,"id":"salle","name":"Salle","step-free":true}]',
            '[{"from":"2027-08-01","reason":"Fête nationale","to":"2027-08-01"}]');
        INSERT INTO candidate_slot VALUES ('v1-group', 'i1', 0, 'information', '2027-03-02T18:30', 90, 'salle', 'lea');
        INSERT INTO candidate_slot VALUES ('v1-group', 'f1', 1, 'founding1', '2027-03-16T18:30', 120, 'salle', 'lea');
        """

    private static let version1Rows = """
        \(version1Group)
        INSERT INTO participant VALUES ('v1-group', 'p01', 0, 'active', 'Ancienne Personne', 'Ancienne@Exemple.example',
            'de', 1, 0);
        INSERT INTO participant VALUES ('v1-group', 'p02', 1, 'withdrawn', 'Partie Personne', 'partie@exemple.example',
            'fr', 0, 1);
        INSERT INTO participant VALUES ('v1-group', 'p03', 2, 'forgotten', '', '', '', 0, 0);
        INSERT INTO answer VALUES ('v1-group', 'p01', 'i1', 'yes'), ('v1-group', 'p01', 'f1', 'if-need-be'),
            ('v1-group', 'p02', 'i1', 'no');
        INSERT INTO forgotten_answer_count VALUES ('v1-group', 'i1', 'yes', 1);
        """

    private static let version2Rows = """
        \(version1Group)
        INSERT INTO workspace_group VALUES ('v2-second', 'Groupe deux', 'Autre thème', 'talking-group', 'Morges', 4, 8,
            NULL,
            '\(organisationJSON)',
            '{"initiator-must-attend":true,"quorum-applies-to":"whole-sequence"}',
            '[{"days-after-previous":null,"duration-minutes":90,"kind":"information"},{"days-after-previous":{"max":28,"min":7},"duration-minutes":120,"kind":"founding1"}]',
            '[{"away":["2027-03-01"],"busy":["s1"],"email":"lea@entraide.example","id":"lea","name":"Léa"},{"away":[],"busy":[],"email":"paul@entraide.example","id":"paul","name":"Paul"}]',
            '[{"address":"Rue 1","booked":["s2"],"capacity":12,"id":"salle","name":"Salle","step-free":true}]',
            '[{"from":"2027-08-01","reason":"Fête nationale","to":"2027-08-01"},{"from":"2027-12-24","reason":null,"to":"2027-12-26"}]');
        INSERT INTO candidate_slot VALUES ('v2-second', 's1', 0, 'information', '2027-03-03T18:30', 90, 'salle', 'lea');
        INSERT INTO candidate_slot VALUES ('v2-second', 's2', 1, 'founding1', '2027-03-17T18:30', 120, 'salle', 'paul');
        INSERT INTO participant VALUES ('v1-group', 'p01', 0, 'active', 'Ancienne Personne', 'Ancienne@Exemple.example',
            'de', 1, 0, 'ancienne@exemple.example');
        INSERT INTO participant VALUES ('v1-group', 'p02', 1, 'withdrawn', 'Partie Personne', 'partie@exemple.example',
            'fr', 0, 1, 'partie@exemple.example');
        INSERT INTO participant VALUES ('v1-group', 'p03', 2, 'forgotten', '', '', '', 0, 0, '');
        INSERT INTO participant VALUES ('v2-second', 'q01', 0, 'active', 'Deuxième Personne', 'deux@exemple.example',
            'fr', 0, 0, 'deux@exemple.example');
        INSERT INTO answer VALUES ('v1-group', 'p01', 'i1', 'yes'), ('v1-group', 'p01', 'f1', 'if-need-be'),
            ('v1-group', 'p02', 'i1', 'no'), ('v2-second', 'q01', 's1', 'yes'), ('v2-second', 'q01', 's2', 'no');
        INSERT INTO forgotten_answer_count VALUES ('v1-group', 'i1', 'yes', 1);
        INSERT INTO pinned_session VALUES ('v1-group', 'information', 'i1'), ('v2-second', 'founding1', 's2');
        INSERT INTO session_publication VALUES ('v1-group', 'information', 'information.v1-group@entraide.example', 1,
            'i1', '2027-03-02T18:30', '2027-03-02T20:00', 'salle', 0);
        INSERT INTO recipient_copy VALUES ('v1-group', 'information', 'p01', 1, 0, 'ACCEPTED'),
            ('v1-group', 'information', 'p02', 1, 1, NULL), ('v1-group', 'information', 'p03', 0, 0, 'DECLINED');
        INSERT INTO session_publication VALUES ('v2-second', 'founding1', 'founding1.v2-second@entraide.example', 0,
            's2', '2027-03-17T18:30', '2027-03-17T20:30', 'salle', 0);
        INSERT INTO recipient_copy VALUES ('v2-second', 'founding1', 'q01', 0, 0, 'TENTATIVE');
        INSERT INTO session_publication VALUES ('v2-second', 'information', 'information.v2-second@entraide.example', 2,
            'gone', '2027-03-01T18:30', '2027-03-01T20:00', 'salle', 1);
        INSERT INTO recipient_copy VALUES ('v2-second', 'information', 'q01', 2, 1, NULL);
        """

    /// `v1-group` as version 3 wrote it: the centre's records (organisation, Léa, the room, both closures) in
    /// their own tables, the answers with their origin (the scenario, at an unknown time).
    private static let version3Rows = """
        INSERT INTO centre VALUES (1, 'Centre', 'Europe/Zurich', 'fr', 'Groupes', 'groupes@entraide.example',
            'entraide.example', NULL, 30);
        INSERT INTO facilitator VALUES ('lea', 'Léa', 'lea@entraide.example', NULL, '["2027-03-01"]', '[]',
            '["information","founding1","founding2","review"]', '[]', 1, NULL, NULL);
        INSERT INTO venue VALUES ('salle', 'Salle', 'Rue 1', 12, 1, '[]', NULL);
        INSERT INTO closure (first_day, last_day, reason) VALUES ('2027-08-01', '2027-08-01', 'Fête nationale'),
            ('2027-12-24', '2027-12-26', NULL);
        INSERT INTO workspace_group VALUES ('v1-group', 'Groupe v1', 'Thème', 'shared-activity', 'Nyon', 5, 9, 'p01',
            '{"initiator-must-attend":false,"quorum-applies-to":"each-session"}',
            '[{"days-after-previous":null,"duration-minutes":90,"kind":"information"},{"days-after-previous":{"max":28,"min":7},"duration-minutes":120,"kind":"founding1"}]');
        INSERT INTO group_facilitator VALUES ('v1-group', 'lea', 0);
        INSERT INTO group_venue VALUES ('v1-group', 'salle', 0);
        INSERT INTO venue_booking VALUES ('v1-group', 'salle', 'i1');
        INSERT INTO candidate_slot VALUES ('v1-group', 'i1', 0, 'information', '2027-03-02T18:30', 90, 'salle', 'lea');
        INSERT INTO candidate_slot VALUES ('v1-group', 'f1', 1, 'founding1', '2027-03-16T18:30', 120, 'salle', 'lea');
        INSERT INTO participant VALUES ('v1-group', 'p01', 0, 'active', 'Ancienne Personne', 'Ancienne@Exemple.example',
            'de', 1, 0, 'ancienne@exemple.example');
        INSERT INTO participant VALUES ('v1-group', 'p02', 1, 'withdrawn', 'Partie Personne', 'partie@exemple.example',
            'fr', 0, 1, 'partie@exemple.example');
        INSERT INTO participant VALUES ('v1-group', 'p03', 2, 'forgotten', '', '', '', 0, 0, '');
        INSERT INTO answer VALUES ('v1-group', 'p01', 'i1', 'scenario', '', 0, 'yes', 0),
            ('v1-group', 'p01', 'f1', 'scenario', '', 0, 'if-need-be', 0),
            ('v1-group', 'p02', 'i1', 'scenario', '', 0, 'no', 0);
        INSERT INTO forgotten_answer_count VALUES ('v1-group', 'i1', 'yes', 1);
        """

    /// `v1-group` as version 4 wrote it: version 3's rows with the group's calendar title (`public`), and a
    /// hand-over sent to p01.
    private static var version4Rows: String {
        // The group's row gains its last column, calendar_title; the rest is version 3's.
        version3Rows.replacingOccurrences(of: #""kind":"founding1"}]');"#, with: #""kind":"founding1"}]', 'public');"#)
            + """

            INSERT INTO handover VALUES ('v1-group', 'handover.v1-group@entraide.example', 0, 2, '2027-04-13T19:00',
                120, '2027-12-21', '[]', 'salle', 0);
            INSERT INTO handover_copy VALUES ('v1-group', 'p01', 0, 0, NULL);
            """
    }

    /// `v1-group` as version 5 wrote it: version 4's rows with the centre's canton (`VD`).
    private static var version5Rows: String {
        version4Rows.replacingOccurrences(
            of: "'entraide.example', NULL, 30);",
            with: "'entraide.example', NULL, 30, 'VD');"
        )
    }

    /// The scenario the version 1 rows stand for, as the current code must read it.
    static var version1Scenario: Scenario {
        Scenario(
            organisation: Organisation(
                name: "Centre",
                timeZone: "Europe/Zurich",
                language: .french,
                organiser: Contact(name: "Groupes", email: "groupes@entraide.example"),
                uidDomain: "entraide.example"
            ),
            group: Group(
                id: "v1-group",
                title: "Groupe v1",
                theme: "Thème",
                type: .sharedActivity,
                region: "Nyon",
                quorum: 5,
                maximumSize: 9,
                initiator: "p01"
            ),
            facilitators: [
                Facilitator(
                    id: "lea",
                    name: "Léa",
                    email: "lea@entraide.example",
                    awayDates: [StoreFixtures.date(2027, 3, 1)]
                )
            ],
            venues: [
                Venue(
                    id: "salle",
                    name: "Salle",
                    address: "Rue 1",
                    capacity: 12,
                    hasStepFreeAccess: true,
                    bookedSlots: ["i1"]
                )
            ],
            sessionRules: [.standard(.information), .standard(.founding1)],
            candidates: [
                CandidateSlot(
                    id: "i1",
                    kind: .information,
                    start: StoreFixtures.start(2027, 3, 2, 18, 30),
                    durationMinutes: 90,
                    venue: "salle",
                    facilitator: "lea"
                ),
                CandidateSlot(
                    id: "f1",
                    kind: .founding1,
                    start: StoreFixtures.start(2027, 3, 16, 18, 30),
                    durationMinutes: 120,
                    venue: "salle",
                    facilitator: "lea"
                ),
            ],
            participants: [
                Participant(
                    id: "p01",
                    name: "Ancienne Personne",
                    email: "Ancienne@Exemple.example",
                    language: .german,
                    isInitiator: true,
                    answers: ["i1": .yes, "f1": .ifNeedBe]
                )
            ],
            closures: [
                Closure(
                    from: StoreFixtures.date(2027, 8, 1),
                    to: StoreFixtures.date(2027, 8, 1),
                    reason: "Fête nationale"
                )
            ],
            rules: PlanningRules(initiatorMustAttend: false, quorumScope: .eachSession)
        )
    }
}

extension SchemaFixtures {
    /// The closure only version 2's second group had: a centre-wide closure once migrated.
    static let christmas = Closure(from: StoreFixtures.date(2027, 12, 24), to: StoreFixtures.date(2027, 12, 26))

    /// `v1-group` as the current code reads it from a workspace of `version`: from version 2 on, the second
    /// group's closure is the centre's, so every group has it; version 4's rows chose the public calendar title,
    /// version 5's the canton.
    static func migratedScenario(fromVersion version: Int) -> Scenario {
        var scenario = version1Scenario
        if version >= 2 { scenario.closures.append(christmas) }
        if version >= 4 { scenario.group.calendarTitle = .public }
        if version >= 5 { scenario.organisation.canton = "VD" }
        return scenario
    }

    /// `v2-second` as the current code reads it from the version 2 fixture.
    static var version2SecondScenario: Scenario {
        var scenario = migratedScenario(fromVersion: 2)
        scenario.group = Group(
            id: "v2-second",
            title: "Groupe deux",
            theme: "Autre thème",
            type: .talkingGroup,
            region: "Morges",
            quorum: 4,
            maximumSize: 8,
            initiator: nil
        )
        scenario.facilitators = [
            Facilitator(
                id: "lea",
                name: "Léa",
                email: "lea@entraide.example",
                awayDates: [StoreFixtures.date(2027, 3, 1)],
                busySlots: ["s1"]
            ),
            Facilitator(id: "paul", name: "Paul", email: "paul@entraide.example"),
        ]
        scenario.venues[0].bookedSlots = ["s2"]
        scenario.candidates = [
            CandidateSlot(
                id: "s1",
                kind: .information,
                start: StoreFixtures.start(2027, 3, 3, 18, 30),
                durationMinutes: 90,
                venue: "salle",
                facilitator: "lea"
            ),
            CandidateSlot(
                id: "s2",
                kind: .founding1,
                start: StoreFixtures.start(2027, 3, 17, 18, 30),
                durationMinutes: 120,
                venue: "salle",
                facilitator: "paul"
            ),
        ]
        scenario.participants = [
            Participant(
                id: "q01",
                name: "Deuxième Personne",
                email: "deux@exemple.example",
                language: .french,
                answers: ["s1": .yes, "s2": .no]
            )
        ]
        scenario.rules = PlanningRules(initiatorMustAttend: true, quorumScope: .wholeSequence)
        return scenario
    }
}
