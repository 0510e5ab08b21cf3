import Foundation
import GRDB
import Phrasebook
public import PlanningDomain

/// What became of one person's answers sent through their personal link.
public enum LinkAnswerOutcome: Hashable, Sendable {
    /// Every answer was recorded.
    case recorded(group: Group.ID, participant: Participant.ID, count: Int)
    /// The link is unknown, revoked, or of someone withdrawn or forgotten.
    case invalidLink
    /// Staff closed the group's poll.
    case closed
    /// An answer names a date that is not one of the group's candidates.
    case unknownDate
}

extension WorkspaceWriter {
    /// Records answers given through personal links — many people's, in this one transaction — with origin
    /// `recorded` and `channel` as detail, each replacing that person's earlier answer through the channel for
    /// that candidate (as ``recordAnswer(group:participant:slot:availability:channel:at:)`` does).
    ///
    /// Each request is checked on its own and refused as a whole (nothing of it recorded) when its link opens
    /// nothing, its group's poll is closed, or an answer names another date; the others are recorded all the
    /// same. One query resolves a link with its participant's status and the poll's state; one prepared statement
    /// writes each answer: the web server hands a few hundred people's answers over at once.
    /// - Throws: `invalid-identifier` for a channel that breaks `IdentifierRule`; a storage failure (then
    ///   nothing of any request was recorded).
    public func recordLinkAnswers(
        _ requests: [(link: SecretDigest, answers: [CandidateSlot.ID: Availability], at: Instant)],
        channel: String
    ) throws(WorkspaceError) -> [LinkAnswerOutcome] {
        try ImportChecks.id(channel, Phrase("workspace.what.channel"), file)
        return try run { db in
            let owner = try db.cachedStatement(
                sql: """
                    SELECT personal_link.group_id, personal_link.participant_id, personal_link.revoked_at,
                        participant.status, coalesce(group_web.is_poll_open, 1) AS is_open
                    FROM personal_link
                    JOIN participant ON participant.group_id = personal_link.group_id
                        AND participant.id = personal_link.participant_id
                    LEFT JOIN group_web ON group_web.group_id = personal_link.group_id
                    WHERE personal_link.digest = ?
                    """
            )
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO answer (group_id, participant_id, slot_id, origin_kind, origin_detail, origin_order,
                        availability, given_at)
                    VALUES (?, ?, ?, 'recorded', ?, 0, ?, ?)
                    ON CONFLICT (group_id, participant_id, slot_id, origin_kind, origin_detail) DO UPDATE SET
                        availability = excluded.availability, given_at = excluded.given_at
                    """
            )
            var candidates: [Group.ID: Set<CandidateSlot.ID>] = [:]
            return try requests.map { request -> LinkAnswerOutcome in
                guard
                    let row = try Row.fetchOne(owner, arguments: [Data(request.link.bytes)])
                        .map({ StoredRow($0, table: "personal_link", key: ["group_id", "participant_id"]) }),
                    try row.optionalInstant("revoked_at") == nil,
                    try row.value("status", ParticipantStatus.self) == .active
                else { return .invalidLink }
                guard try row.bool("is_open") else { return .closed }
                let group: Group.ID = try row.id("group_id")
                let participant: Participant.ID = try row.id("participant_id")
                if candidates[group] == nil {
                    candidates[group] = Set(try ScenarioRows.candidates(of: group, db).map(\.id))
                }
                guard request.answers.keys.allSatisfy({ candidates[group]?.contains($0) == true }) else {
                    return .unknownDate
                }
                for (slot, availability) in request.answers.sorted(by: { $0.key < $1.key }) {
                    try insert.execute(arguments: [
                        group.rawValue, participant.rawValue, slot.rawValue, channel, availability.rawValue,
                        request.at.secondsSince1970,
                    ])
                }
                return .recorded(group: group, participant: participant, count: request.answers.count)
            }
        }
    }
}
