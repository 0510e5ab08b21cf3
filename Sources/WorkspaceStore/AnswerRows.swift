import GRDB
import PlanningDomain

/// Reads and writes the `answer` table: every answer with its origin and the time it was given.
enum AnswerRows {
    /// An imported answer's place: the candidate and the source (recorded answers are never imported).
    struct Key: Hashable {
        var slot: CandidateSlot.ID
        var kind: AnswerOrigin.Kind
        var detail: String
    }

    /// What an import says at a key: the answer and the source's order.
    struct Value: Equatable {
        var availability: Availability
        var order: Int
    }

    /// Every answer of the group's participants of `status` (all statuses for `nil`), strongest first under
    /// `AnswerMerge`.
    static func givenAnswers(
        of group: Group.ID,
        status: ParticipantStatus?,
        _ db: Database
    ) throws -> [Participant.ID: [CandidateSlot.ID: [GivenAnswer]]] {
        var filter = ""
        var arguments: StatementArguments = [group.rawValue]
        if let status {
            filter = " AND participant.status = ?"
            arguments += [status.rawValue]
        }
        var answers: [Participant.ID: [CandidateSlot.ID: [GivenAnswer]]] = [:]
        for row in try StoredRow.fetchAll(
            db,
            table: "answer",
            key: ["group_id", "participant_id", "slot_id", "origin_kind", "origin_detail"],
            sql: """
                SELECT answer.* FROM answer
                JOIN participant ON participant.group_id = answer.group_id AND participant.id = answer.participant_id
                WHERE answer.group_id = ?\(filter)
                """,
            arguments: arguments
        ) {
            answers[try row.id("participant_id"), default: [:]][try row.id("slot_id"), default: []].append(
                try answer(row)
            )
        }
        return answers.mapValues { slots in slots.mapValues { $0.sorted { AnswerMerge.isStronger($0, than: $1) } } }
    }

    /// Every answer of one participant for one candidate.
    static func givenAnswers(
        of participant: Participant.ID,
        for slot: CandidateSlot.ID,
        in group: Group.ID,
        _ db: Database
    ) throws -> [GivenAnswer] {
        try StoredRow.fetchAll(
            db,
            table: "answer",
            key: ["group_id", "participant_id", "slot_id", "origin_kind", "origin_detail"],
            sql: "SELECT * FROM answer WHERE group_id = ? AND participant_id = ? AND slot_id = ?",
            arguments: [group.rawValue, participant.rawValue, slot.rawValue]
        ).map(answer)
    }

    /// The answer that counts for each candidate, under `AnswerMerge` (the one merge rule).
    static func merged(_ answers: [CandidateSlot.ID: [GivenAnswer]]) -> [CandidateSlot.ID: Availability] {
        answers.compactMapValues { AnswerMerge.winner(of: $0)?.availability }
    }

    /// Replaces a participant's imported answers (every origin but `recorded`) with `wanted`.
    ///
    /// An answer that did not change keeps the time it was first given; a new or changed one is given `at`; an
    /// imported answer the import no longer gives is deleted. Recorded answers are never touched.
    /// - Returns: whether anything changed.
    static func replaceImported(
        of participant: Participant.ID,
        in group: Group.ID,
        with wanted: [Key: Value],
        at instant: Instant,
        _ db: Database
    ) throws -> Bool {
        let owner: StatementArguments = [group.rawValue, participant.rawValue]
        var stored: [Key: Value] = [:]
        for row in try StoredRow.fetchAll(
            db,
            table: "answer",
            key: ["group_id", "participant_id", "slot_id", "origin_kind", "origin_detail"],
            sql: "SELECT * FROM answer WHERE group_id = ? AND participant_id = ? AND origin_kind != 'recorded'",
            arguments: owner
        ) {
            let answer = try answer(row)
            stored[Key(slot: try row.id("slot_id"), kind: answer.origin.kind, detail: answer.origin.detail)] = Value(
                availability: answer.availability,
                order: answer.origin.order
            )
        }
        guard stored != wanted else { return false }
        for key in stored.keys where wanted[key] == nil {
            try db.execute(
                sql: """
                    DELETE FROM answer WHERE group_id = ? AND participant_id = ? AND slot_id = ? AND origin_kind = ?
                        AND origin_detail = ?
                    """,
                arguments: owner + [key.slot.rawValue, key.kind.rawValue, key.detail]
            )
        }
        for (key, value) in wanted where stored[key] != value {
            // Only a new or different answer is given now; a source that moved in the list keeps its time.
            let isSameAnswer = stored[key]?.availability == value.availability
            try db.execute(
                sql: """
                    INSERT INTO answer (group_id, participant_id, slot_id, origin_kind, origin_detail, origin_order,
                        availability, given_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (group_id, participant_id, slot_id, origin_kind, origin_detail) DO UPDATE SET
                        origin_order = excluded.origin_order, availability = excluded.availability,
                        given_at = CASE WHEN ? THEN given_at ELSE excluded.given_at END
                    """,
                arguments: owner + [
                    key.slot.rawValue, key.kind.rawValue, key.detail, value.order, value.availability.rawValue,
                    instant.secondsSince1970, isSameAnswer,
                ]
            )
        }
        return true
    }

    /// Stores an answer given one at a time; it replaces the earlier answer of the same channel for that slot.
    static func record(
        _ availability: Availability,
        of participant: Participant.ID,
        for slot: CandidateSlot.ID,
        in group: Group.ID,
        channel: String,
        at instant: Instant,
        _ db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO answer (group_id, participant_id, slot_id, origin_kind, origin_detail, origin_order,
                    availability, given_at)
                VALUES (?, ?, ?, 'recorded', ?, 0, ?, ?)
                ON CONFLICT (group_id, participant_id, slot_id, origin_kind, origin_detail) DO UPDATE SET
                    availability = excluded.availability, given_at = excluded.given_at
                """,
            arguments: [
                group.rawValue, participant.rawValue, slot.rawValue, channel, availability.rawValue,
                instant.secondsSince1970,
            ]
        )
    }

    // MARK: - Private helpers

    private static func answer(_ row: StoredRow) throws -> GivenAnswer {
        GivenAnswer(
            try row.value("availability", Availability.self),
            origin: AnswerOrigin(
                try row.value("origin_kind", AnswerOrigin.Kind.self),
                detail: try row.text("origin_detail"),
                order: try row.integer("origin_order")
            ),
            givenAt: try row.instant("given_at")
        )
    }
}
