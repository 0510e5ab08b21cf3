import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceWriter {
    /// Records one answer given on its own — by phone, on the web page, in a calendar reply — with origin
    /// `recorded` and the channel as its detail.
    ///
    /// It replaces the participant's earlier answer through the same channel for that candidate and is given
    /// `at`, so it wins under `AnswerMerge` over every answer given before. No import ever erases it. One short
    /// transaction: one query checks the ids, one statement writes.
    /// - Parameters:
    ///   - group: the participant's group.
    ///   - participant: an active participant of the group.
    ///   - slot: a candidate of the group.
    ///   - availability: the answer.
    ///   - channel: how the answer came (`phone`, `web`, `reply`); an id (`IdentifierRule`).
    ///   - instant: when it was given.
    /// - Returns: the answer that now counts for that candidate (usually this one).
    /// - Throws: `invalid-identifier` for an id or a channel that breaks `IdentifierRule`; `unknown-group`,
    ///   `unknown-participant`, `inactive-participant` (withdrawn or forgotten), `unknown-slot`. Nothing is then
    ///   changed.
    @discardableResult
    public func recordAnswer(
        group: Group.ID,
        participant: Participant.ID,
        slot: CandidateSlot.ID,
        availability: Availability,
        channel: String,
        at instant: Instant
    ) throws(WorkspaceError) -> GivenAnswer {
        try ImportChecks.id(group.rawValue, Phrase("workspace.what.groupID"), file)
        try ImportChecks.id(participant.rawValue, Phrase("workspace.what.participantID"), file)
        try ImportChecks.id(slot.rawValue, Phrase("workspace.what.candidateID"), file)
        try ImportChecks.id(channel, Phrase("workspace.what.channel"), file)
        let found = try run { db in
            try StoredRow.fetchAll(
                db,
                table: "participant",
                key: [],
                sql: """
                    SELECT EXISTS (SELECT 1 FROM workspace_group WHERE id = :group) AS has_group,
                        (SELECT status FROM participant WHERE group_id = :group AND id = :participant) AS status,
                        EXISTS (SELECT 1 FROM candidate_slot WHERE group_id = :group AND id = :slot) AS has_slot
                    """,
                arguments: ["group": group.rawValue, "participant": participant.rawValue, "slot": slot.rawValue]
            ).first.map { row in
                (
                    try row.bool("has_group"),
                    try row.optionalText("status") == nil ? nil : try row.value("status", ParticipantStatus.self),
                    try row.bool("has_slot")
                )
            }
        }
        guard let (hasGroup, status, hasSlot) = found, hasGroup else { throw .unknownGroup(group.rawValue, file) }
        guard let status else { throw .unknownParticipant(participant.rawValue, group: group.rawValue, file) }
        guard status == .active else {
            throw .inactiveParticipant(participant.rawValue, group: group.rawValue, status: status.rawValue, file)
        }
        guard hasSlot else { throw .unknownSlot(slot.rawValue, group: group.rawValue, file) }
        return try run { db in
            try AnswerRows.record(
                availability,
                of: participant,
                for: slot,
                in: group,
                channel: channel,
                at: instant,
                db
            )
            let given = try AnswerRows.givenAnswers(of: participant, for: slot, in: group, db)
            return AnswerMerge.winner(of: given)
                ?? GivenAnswer(availability, origin: AnswerOrigin(.recorded, detail: channel), givenAt: instant)
        }
    }
}
