import GRDB
public import PlanningDomain

extension WorkspaceWriter {
    /// Imports a group's scenario: adds the group or brings it up to date, idempotently.
    ///
    /// The group's settings (fields, organisation, rules, sessions, facilitators, venues, candidates, closures)
    /// are replaced when they differ. Each participant of the scenario is added, updated (answers replaced) or
    /// left as is; an active participant absent from the scenario is marked withdrawn, never deleted, so that
    /// the copies they hold can be cancelled. A forgotten participant stays forgotten, whatever the scenario
    /// says about them, unless their id is in `restoring` (the person registered again and agreed to it).
    /// - Returns: what changed.
    public func importScenario(
        _ scenario: Scenario,
        restoring: Set<Participant.ID> = []
    ) throws(WorkspaceError) -> ImportSummary {
        try run { db in try Self.importScenario(scenario, restoring: restoring, db) }
    }

    // MARK: - Private helpers

    private static func importScenario(
        _ scenario: Scenario,
        restoring: Set<Participant.ID>,
        _ db: Database
    ) throws -> ImportSummary {
        let group = scenario.group.id
        var before = try ScenarioRows.scenario(of: group, db)
        var settings = scenario
        settings.participants = []
        before?.participants = []
        let hasSettingsChanged = before != settings
        if hasSettingsChanged { try writeSettings(scenario, isNew: before == nil, db) }

        let statuses = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(
                db,
                sql: "SELECT id, status, position FROM participant WHERE group_id = ?",
                arguments: [group.rawValue]
            ).map { row in (row["id"] as String, (status: row["status"] as String, position: row["position"] as Int)) }
        )
        let active = Dictionary(
            uniqueKeysWithValues: try ScenarioRows.participants(of: group, status: .active, db).map { ($0.id, $0) }
        )
        var added: [Participant.ID] = []
        var updated: [Participant.ID] = []
        var unchanged: [Participant.ID] = []
        var keptForgotten: [Participant.ID] = []
        for (position, participant) in scenario.participants.enumerated() {
            let existing = statuses[participant.id.rawValue]
            if existing?.status == ParticipantStatus.forgotten.rawValue, !restoring.contains(participant.id) {
                keptForgotten.append(participant.id)
                continue
            }
            if let current = active[participant.id] {
                if current == participant, existing?.position == position {
                    unchanged.append(participant.id)
                    continue
                }
                updated.append(participant.id)
            } else {
                added.append(participant.id)
            }
            try writeParticipant(participant, position: position, of: group, db)
        }
        let imported = Set(scenario.participants.map(\.id))
        let withdrawn = active.keys.filter { !imported.contains($0) }
        for participant in withdrawn {
            try db.execute(
                sql: "UPDATE participant SET status = 'withdrawn' WHERE group_id = ? AND id = ?",
                arguments: [group.rawValue, participant.rawValue]
            )
        }
        return ImportSummary(
            group: group,
            isNewGroup: before == nil,
            hasSettingsChanged: hasSettingsChanged,
            added: added,
            updated: updated,
            withdrawn: withdrawn,
            unchanged: unchanged,
            keptForgotten: keptForgotten
        )
    }

    private static func writeSettings(_ scenario: Scenario, isNew: Bool, _ db: Database) throws {
        let group = scenario.group
        let columns: [String: (any DatabaseValueConvertible)?] = [
            "id": group.id.rawValue, "title": group.title, "theme": group.theme, "type": group.type.rawValue,
            "region": group.region, "quorum": group.quorum, "maximum_size": group.maximumSize,
            "initiator": group.initiator?.rawValue,
            "organisation": StoredSettings.encoded(StoredSettings.Organisation(scenario.organisation)),
            "rules": StoredSettings.encoded(StoredSettings.Rules(scenario.rules)),
            "session_rules": StoredSettings.encoded(scenario.sessionRules.map(StoredSettings.SessionRule.init)),
            "facilitators": StoredSettings.encoded(scenario.facilitators.map(StoredSettings.Facilitator.init)),
            "venues": StoredSettings.encoded(scenario.venues.map(StoredSettings.Venue.init)),
            "closures": StoredSettings.encoded(scenario.closures.map(StoredSettings.Closure.init)),
        ]
        let names = columns.keys.sorted()
        let updates = names.filter { $0 != "id" }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        try db.execute(
            sql: """
                INSERT INTO workspace_group (\(names.joined(separator: ", ")))
                VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))
                ON CONFLICT (id) DO UPDATE SET \(updates)
                """,
            arguments: StatementArguments(names.map { columns[$0] ?? nil })
        )
        try db.execute(sql: "DELETE FROM candidate_slot WHERE group_id = ?", arguments: [group.id.rawValue])
        for (position, slot) in scenario.candidates.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO candidate_slot (group_id, id, position, kind, start, duration_minutes, venue, facilitator)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    group.id.rawValue, slot.id.rawValue, position, slot.kind.rawValue, slot.start.description,
                    slot.durationMinutes, slot.venue.rawValue, slot.facilitator.rawValue,
                ]
            )
        }
    }

    private static func writeParticipant(
        _ participant: Participant,
        position: Int,
        of group: Group.ID,
        _ db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO participant (group_id, id, position, status, name, email, email_key, language,
                    is_initiator, needs_step_free_access)
                VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)
                ON CONFLICT (group_id, id) DO UPDATE SET position = excluded.position, status = 'active',
                    name = excluded.name, email = excluded.email, email_key = excluded.email_key,
                    language = excluded.language, is_initiator = excluded.is_initiator,
                    needs_step_free_access = excluded.needs_step_free_access
                """,
            arguments: [
                group.rawValue, participant.id.rawValue, position, participant.name, participant.email,
                WorkspaceSchema.emailKey(participant.email), participant.language.code, participant.isInitiator,
                participant.needsStepFreeAccess,
            ]
        )
        let key: StatementArguments = [group.rawValue, participant.id.rawValue]
        try db.execute(sql: "DELETE FROM answer WHERE group_id = ? AND participant_id = ?", arguments: key)
        for (slot, availability) in participant.answers.sorted(by: { $0.key < $1.key }) {
            try db.execute(
                sql: "INSERT INTO answer (group_id, participant_id, slot_id, availability) VALUES (?, ?, ?, ?)",
                arguments: key + [slot.rawValue, availability.rawValue]
            )
        }
    }
}
