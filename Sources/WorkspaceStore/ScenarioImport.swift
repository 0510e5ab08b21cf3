import GRDB
import PlanningDomain

/// One import of a group's scenario and its answer layers (see `WorkspaceWriter.importScenario`).
struct ScenarioImport {
    var scenario: Scenario
    var layers: [AnswerLayer]
    var at: Instant

    func apply(_ restoring: Set<Participant.ID>, _ db: Database) throws -> ImportSummary {
        let group = scenario.group.id
        let before = try ScenarioRows.scenario(of: group, db)
        let centre = try CentreUpdate(
            source: .scenario,
            organisation: scenario.organisation,
            // A scenario's default buffer keeps the centre's, like the other fields a scenario may leave out.
            travelBufferMinutes: scenario.travelBufferMinutes == Centre.defaultTravelBufferMinutes
                ? nil : scenario.travelBufferMinutes,
            facilitators: scenario.facilitators,
            venues: scenario.venues,
            closures: scenario.closures
        ).apply(db)
        let settings = GroupSettings(
            scenario,
            knownFacilitators: Set(centre.facilitators.keys),
            knownVenues: Set(centre.venues.keys)
        )
        let stored = before.map {
            GroupSettings($0, knownFacilitators: Set(centre.facilitators.keys), knownVenues: Set(centre.venues.keys))
        }
        let hasGroupChanged = stored != settings
        if hasGroupChanged {
            try Self.rename(Self.renamedCandidates(from: before, to: scenario), of: group, db)
            try settings.write(db)
        }

        let statuses = try Dictionary(
            StoredRow.fetchAll(
                db,
                table: "participant",
                key: ["group_id", "id"],
                sql: "SELECT group_id, id, status, position FROM participant WHERE group_id = ?",
                arguments: [group.rawValue]
            ).map { row in
                (
                    try row.id("id") as Participant.ID,
                    (try row.value("status", ParticipantStatus.self), try row.integer("position"))
                )
            },
            uniquingKeysWith: { first, _ in first }
        )
        let active = Dictionary(
            try ScenarioRows.participants(of: group, status: .active, db).map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var added: [Participant.ID] = []
        var updated: [Participant.ID] = []
        var unchanged: [Participant.ID] = []
        var keptForgotten: [Participant.ID] = []
        var seen: Set<Participant.ID> = []
        for (position, participant) in scenario.participants.enumerated() where seen.insert(participant.id).inserted {
            let existing = statuses[participant.id]
            if existing?.0 == .forgotten, !restoring.contains(participant.id) {
                keptForgotten.append(participant.id)
                continue
            }
            let current = active[participant.id]
            let isPersonalChange = current.map { !Self.samePerson($0, participant) || existing?.1 != position } ?? true
            if isPersonalChange { try Self.write(participant, position: position, of: group, db) }
            let hasAnswersChanged = try AnswerRows.replaceImported(
                of: participant.id,
                in: group,
                with: wantedAnswers(of: participant.id),
                at: at,
                db
            )
            if current == nil {
                added.append(participant.id)
            } else if isPersonalChange || hasAnswersChanged {
                updated.append(participant.id)
            } else {
                unchanged.append(participant.id)
            }
        }
        let withdrawn = active.keys.filter { !seen.contains($0) }
        for participant in withdrawn {
            try db.execute(
                sql: "UPDATE participant SET status = 'withdrawn' WHERE group_id = ? AND id = ?",
                arguments: [group.rawValue, participant.rawValue]
            )
        }
        return ImportSummary(
            group: group,
            isNewGroup: before == nil,
            hasSettingsChanged: hasGroupChanged || !centre.isUnchanged,
            added: added,
            updated: updated,
            withdrawn: withdrawn,
            unchanged: unchanged,
            keptForgotten: keptForgotten,
            centre: centre
        )
    }

    // MARK: - Private helpers

    /// What the layers say about one participant, by candidate and source.
    private func wantedAnswers(of participant: Participant.ID) -> [AnswerRows.Key: AnswerRows.Value] {
        var wanted: [AnswerRows.Key: AnswerRows.Value] = [:]
        for layer in layers {
            for (slot, availability) in layer.answers[participant] ?? [:] {
                let key = AnswerRows.Key(slot: slot, kind: layer.origin.kind, detail: layer.origin.detail)
                wanted[key] = AnswerRows.Value(availability: availability, order: layer.origin.order)
            }
        }
        return wanted
    }

    /// Whether two participants are the same person with the same data, answers aside.
    private static func samePerson(_ lhs: Participant, _ rhs: Participant) -> Bool {
        lhs.id == rhs.id && lhs.name == rhs.name && lhs.email == rhs.email && lhs.language == rhs.language
            && lhs.isInitiator == rhs.isInitiator && lhs.needsStepFreeAccess == rhs.needsStepFreeAccess
    }

    private static func write(_ participant: Participant, position: Int, of group: Group.ID, _ db: Database) throws {
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
    }
}
