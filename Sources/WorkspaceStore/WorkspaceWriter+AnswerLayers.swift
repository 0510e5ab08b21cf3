import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceReader {
    /// The order to give a poll uploaded now: after every poll the group's answers came from, so that it wins
    /// over them under `AnswerMerge` (a later poll wins).
    public func nextPollOrder(of group: Group.ID) throws(WorkspaceError) -> Int {
        try run { db in
            try StoredRow.fetchAll(
                db,
                table: "answer",
                key: [],
                sql:
                    "SELECT coalesce(max(origin_order), -1) + 1 AS next FROM answer WHERE group_id = ? AND origin_kind = 'poll'",
                arguments: [group.rawValue]
            ).first.map { try $0.integer("next") } ?? 0
        }
    }
}

extension WorkspaceWriter {
    /// Replaces the answers of one imported source (a poll uploaded on the page, a participant's calendar) for
    /// the participants it covers, leaving every other source alone.
    ///
    /// For each participant of `covering` (every active participant for `nil`), the answers of exactly
    /// `layer.origin` (kind and detail) become what the layer says: answers it no longer gives are deleted, an
    /// unchanged answer keeps its time, a new or changed one is given `at`. Recorded answers are never touched.
    /// - Returns: how many answers were added, changed or deleted.
    /// - Throws: `invalid-answer-origin` for a layer of origin `recorded`; `invalid-identifier`, `unknown-group`.
    @discardableResult
    public func replaceAnswers(
        of layer: AnswerLayer,
        covering: Set<Participant.ID>?,
        in group: Group.ID,
        at instant: Instant
    ) throws(WorkspaceError) -> Int {
        guard layer.origin.kind != .recorded else { throw .recordedLayer(file) }
        try ImportChecks.id(group.rawValue, Phrase("workspace.what.groupID"), file)
        try requireGroup(group)
        let active = try run { db in try ScenarioRows.participants(of: group, status: .active, db).map(\.id) }
        let slots = try run { db in Set(try ScenarioRows.candidates(of: group, db).map(\.id)) }
        let people = covering.map { wanted in active.filter(wanted.contains) } ?? active
        return try run { db in
            var changes = 0
            for participant in people {
                var wanted: [CandidateSlot.ID: Availability] = [:]
                for (slot, availability) in layer.answers[participant] ?? [:] where slots.contains(slot) {
                    wanted[slot] = availability
                }
                let owner: StatementArguments = [
                    group.rawValue, participant.rawValue, layer.origin.kind.rawValue, layer.origin.detail,
                ]
                var stored: [CandidateSlot.ID: Availability] = [:]
                for row in try StoredRow.fetchAll(
                    db,
                    table: "answer",
                    key: ["group_id", "participant_id", "slot_id", "origin_kind", "origin_detail"],
                    sql: """
                        SELECT * FROM answer WHERE group_id = ? AND participant_id = ? AND origin_kind = ?
                            AND origin_detail = ?
                        """,
                    arguments: owner
                ) {
                    stored[try row.id("slot_id")] = try row.value("availability", Availability.self)
                }
                for slot in stored.keys where wanted[slot] == nil {
                    try db.execute(
                        sql: """
                            DELETE FROM answer WHERE group_id = ? AND participant_id = ? AND origin_kind = ?
                                AND origin_detail = ? AND slot_id = ?
                            """,
                        arguments: owner + [slot.rawValue]
                    )
                    changes += 1
                }
                for (slot, availability) in wanted where stored[slot] != availability {
                    try db.execute(
                        sql: """
                            INSERT INTO answer (group_id, participant_id, origin_kind, origin_detail, slot_id,
                                origin_order, availability, given_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (group_id, participant_id, slot_id, origin_kind, origin_detail) DO UPDATE SET
                                origin_order = excluded.origin_order, availability = excluded.availability,
                                given_at = excluded.given_at
                            """,
                        arguments: owner + [
                            slot.rawValue, layer.origin.order, availability.rawValue, instant.secondsSince1970,
                        ]
                    )
                    changes += 1
                }
            }
            return changes
        }
    }
}

extension WorkspaceReader {
    /// How many answers of the group's active participants each source gave (kind and detail; the order of
    /// polls left out): what the live plan says about where the answers come from, without reading them all.
    public func answerCounts(of group: Group.ID) throws(WorkspaceError) -> [AnswerOrigin: Int] {
        try run { db in
            var counts: [AnswerOrigin: Int] = [:]
            for row in try StoredRow.fetchAll(
                db,
                table: "answer",
                key: [],
                sql: """
                    SELECT answer.origin_kind, answer.origin_detail, count(*) AS count FROM answer
                    JOIN participant ON participant.group_id = answer.group_id AND participant.id = answer.participant_id
                    WHERE answer.group_id = ? AND participant.status = 'active'
                    GROUP BY answer.origin_kind, answer.origin_detail
                    """,
                arguments: [group.rawValue]
            ) {
                let origin = AnswerOrigin(
                    try row.value("origin_kind", AnswerOrigin.Kind.self),
                    detail: try row.text("origin_detail")
                )
                counts[origin, default: 0] += try row.integer("count")
            }
            return counts
        }
    }
}
