import Foundation
import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceReader {
    /// Whose page a personal link opens, by the digest of its token; `nil` for a digest never issued.
    ///
    /// A revoked link and a link of a withdrawn or forgotten participant are returned too (with
    /// ``PersonalLinkOwner/revokedAt`` and ``PersonalLinkOwner/isParticipantActive``): the caller refuses them.
    public func linkOwner(_ digest: SecretDigest) throws(WorkspaceError) -> PersonalLinkOwner? {
        try run { db in
            try StoredRow.fetchAll(
                db,
                table: "personal_link",
                key: ["group_id", "participant_id"],
                sql: """
                    SELECT personal_link.group_id, personal_link.participant_id, issued_at, revoked_at,
                        participant.status
                    FROM personal_link
                    JOIN participant ON participant.group_id = personal_link.group_id
                        AND participant.id = personal_link.participant_id
                    WHERE digest = ?
                    """,
                arguments: [Data(digest.bytes)]
            ).first.map { row in
                PersonalLinkOwner(
                    group: try row.id("group_id"),
                    participant: try row.id("participant_id"),
                    issuedAt: try row.instant("issued_at"),
                    revokedAt: try row.optionalInstant("revoked_at"),
                    isParticipantActive: try row.value("status", ParticipantStatus.self) == .active
                )
            }
        }
    }

    /// The state of every participant's link in a group (participants without any link are absent).
    public func linkStates(of group: Group.ID) throws(WorkspaceError) -> [Participant.ID: PersonalLinkState] {
        try run { db in
            var states: [Participant.ID: PersonalLinkState] = [:]
            for row in try StoredRow.fetchAll(
                db,
                table: "personal_link",
                key: ["group_id", "participant_id"],
                sql: """
                    SELECT group_id, participant_id, issued_at, revoked_at FROM personal_link WHERE group_id = ?
                    ORDER BY issued_at, rowid
                    """,
                arguments: [group.rawValue]
            ) {
                let participant: Participant.ID = try row.id("participant_id")
                if let revoked = try row.optionalInstant("revoked_at") {
                    if case .active = states[participant] { continue }
                    states[participant] = .revoked(at: revoked)
                } else {
                    states[participant] = .active(issuedAt: try row.instant("issued_at"))
                }
            }
            return states
        }
    }
}

extension WorkspaceWriter {
    /// Issues a personal link: stores the digest of its token for the participant and, unless
    /// `revokingEarlier` is false, revokes every earlier link of theirs (a link is rotated when re-issued).
    ///
    /// A link e-mail issues its link without revoking the earlier ones, and revokes them once the mail server
    /// accepted it (``revokeLinks(of:in:at:except:)``): a refused e-mail leaves the person their working link.
    ///
    /// - Throws: `invalid-identifier`, `unknown-group`, `unknown-participant`, `inactive-participant` (withdrawn
    ///   or forgotten); `duplicate-id` in the impossible case of a digest issued twice.
    public func issueLink(
        _ digest: SecretDigest,
        for participant: Participant.ID,
        in group: Group.ID,
        at instant: Instant,
        revokingEarlier: Bool = true
    ) throws(WorkspaceError) {
        try requireActiveParticipant(participant, in: group)
        guard try linkOwner(digest) == nil else { throw .duplicate("personal link", "digest", file) }
        if revokingEarlier { _ = try revokeLinks(of: participant, in: group, at: instant) }
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO personal_link (digest, group_id, participant_id, issued_at, revoked_at)
                    VALUES (?, ?, ?, ?, NULL)
                    """,
                arguments: [Data(digest.bytes), group.rawValue, participant.rawValue, instant.secondsSince1970]
            )
        }
    }

    /// Revokes every working link of the participant but `kept` (when given); returns how many there were.
    ///
    /// - Throws: `invalid-identifier`, `unknown-group`.
    public func revokeLinks(
        of participant: Participant.ID,
        in group: Group.ID,
        at instant: Instant,
        except kept: SecretDigest? = nil
    ) throws(WorkspaceError) -> Int {
        try ImportChecks.id(group.rawValue, Phrase("workspace.what.groupID"), file)
        try requireGroup(group)
        return try run { db in
            try db.execute(
                sql: """
                    UPDATE personal_link SET revoked_at = ?
                    WHERE group_id = ? AND participant_id = ? AND revoked_at IS NULL AND digest IS NOT ?
                    """,
                arguments: [
                    instant.secondsSince1970, group.rawValue, participant.rawValue, kept.map { Data($0.bytes) },
                ]
            )
            return db.changesCount
        }
    }

    /// Revokes one link by the digest of its token (a link e-mail the mail server refused); returns whether it
    /// was working.
    public func revokeLink(_ digest: SecretDigest, at instant: Instant) throws(WorkspaceError) -> Bool {
        try run { db in
            try db.execute(
                sql: "UPDATE personal_link SET revoked_at = ? WHERE digest = ? AND revoked_at IS NULL",
                arguments: [instant.secondsSince1970, Data(digest.bytes)]
            )
            return db.changesCount > 0
        }
    }

    /// Throws unless the participant is an active participant of the group.
    func requireActiveParticipant(_ participant: Participant.ID, in group: Group.ID) throws(WorkspaceError) {
        try ImportChecks.id(group.rawValue, Phrase("workspace.what.groupID"), file)
        try ImportChecks.id(participant.rawValue, Phrase("workspace.what.participantID"), file)
        try requireGroup(group)
        let status = try run { db in
            try StoredRow.fetchAll(
                db,
                table: "participant",
                key: ["group_id", "id"],
                sql: "SELECT group_id, id, status FROM participant WHERE group_id = ? AND id = ?",
                arguments: [group.rawValue, participant.rawValue]
            ).first.map { try $0.value("status", ParticipantStatus.self) }
        }
        guard let status else { throw .unknownParticipant(participant.rawValue, group: group.rawValue, file) }
        guard status == .active else {
            throw .inactiveParticipant(participant.rawValue, group: group.rawValue, status: status.rawValue, file)
        }
    }
}
