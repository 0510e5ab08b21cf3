import Foundation
import GRDB
public import PlanningDomain

extension WorkspaceReader {
    /// The group's registrations, oldest first (participants added before recruitment have none).
    public func registrations(of group: Group.ID) throws(WorkspaceError) -> [StoredRegistration] {
        try run { db in
            try StoredRow.fetchAll(
                db,
                table: "registration",
                key: ["group_id", "participant_id"],
                sql: """
                    SELECT group_id, participant_id, registered_at, source, consent_at, consent_version, withdrawn_at,
                        waiting_rank
                    FROM registration WHERE group_id = ? ORDER BY registered_at, participant_id
                    """,
                arguments: [group.rawValue]
            ).map { row in
                StoredRegistration(
                    registration: Registration(
                        participant: try row.id("participant_id"),
                        registeredAt: try row.instant("registered_at"),
                        source: try row.value("source"),
                        withdrawnAt: try row.optionalInstant("withdrawn_at")
                    ),
                    consentAt: try row.instant("consent_at"),
                    consentVersion: try row.text("consent_version"),
                    waitingRank: try row.optionalInteger("waiting_rank")
                )
            }
        }
    }

    /// The group's public text, audience and staff member in charge (`nil`s when none was stored).
    public func publicDescription(
        of group: Group.ID
    ) throws(WorkspaceError) -> (description: PublicDescription, staffInCharge: Facilitator.ID?) {
        try run { db in
            let row = try StoredRow.fetchAll(
                db,
                table: "group_public",
                key: ["group_id"],
                sql: "SELECT group_id, public_text, audience, staff_in_charge FROM group_public WHERE group_id = ?",
                arguments: [group.rawValue]
            ).first
            guard let row else { return (PublicDescription(), nil) }
            return (
                PublicDescription(
                    text: try row.optionalText("public_text"),
                    audience: try row.optionalText("audience")
                ),
                try row.optionalText("staff_in_charge").map { Facilitator.ID($0) }
            )
        }
    }
}

extension WorkspaceWriter {
    /// Adds a registration: the participant and how they registered, in one transaction.
    ///
    /// The participant comes after the group's others. Beyond the group's maximum size (counting active participants who are not waiting), the
    /// person goes on the waiting list with the next rank.
    ///
    /// - Returns: the stored registration (its `waitingRank` says whether the person is waiting).
    /// - Throws: as ``addParticipant(_:phone:to:)``.
    @discardableResult
    public func addRegistration(
        _ participant: Participant,
        phone: String?,
        source: RegistrationSource,
        at instant: Instant,
        consentVersion: String,
        to group: Group.ID
    ) throws(WorkspaceError) -> StoredRegistration {
        try addParticipant(participant, phone: phone, to: group)
        return try run { db in
            let maximum =
                try Int.fetchOne(
                    db,
                    sql: "SELECT maximum_size FROM workspace_group WHERE id = ?",
                    arguments: [group.rawValue]
                ) ?? 0
            let placed =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM participant p
                        LEFT JOIN registration r ON r.group_id = p.group_id AND r.participant_id = p.id
                        WHERE p.group_id = ? AND p.status = 'active' AND p.id != ? AND r.waiting_rank IS NULL
                        """,
                    arguments: [group.rawValue, participant.id.rawValue]
                ) ?? 0
            var rank: Int?
            if placed >= maximum {
                let last = try Int.fetchOne(
                    db,
                    sql: "SELECT max(waiting_rank) FROM registration WHERE group_id = ?",
                    arguments: [group.rawValue]
                )
                rank = (last ?? 0) + 1
            }
            try db.execute(
                sql: """
                    INSERT INTO registration (group_id, participant_id, registered_at, source, consent_at,
                        consent_version, withdrawn_at, waiting_rank)
                    VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
                    """,
                arguments: [
                    group.rawValue, participant.id.rawValue, instant.secondsSince1970, source.rawValue,
                    instant.secondsSince1970, consentVersion, rank,
                ]
            )
            return StoredRegistration(
                registration: Registration(participant: participant.id, registeredAt: instant, source: source),
                consentAt: instant,
                consentVersion: consentVersion,
                waitingRank: rank
            )
        }
    }

    /// Withdraws a registered participant (as ``withdrawParticipant(_:in:at:)``) and records when; the first
    /// person waiting, if any, takes the freed place and every other waiting rank moves up by one.
    public func withdrawRegistration(
        _ participant: Participant.ID,
        in group: Group.ID,
        at instant: Instant
    ) throws(WorkspaceError) {
        try withdrawParticipant(participant, in: group, at: instant)
        try run { db in
            let rank = try Int.fetchOne(
                db,
                sql: "SELECT waiting_rank FROM registration WHERE group_id = ? AND participant_id = ?",
                arguments: [group.rawValue, participant.rawValue]
            )
            try db.execute(
                sql: """
                    UPDATE registration SET withdrawn_at = ?, waiting_rank = NULL
                    WHERE group_id = ? AND participant_id = ?
                    """,
                arguments: [instant.secondsSince1970, group.rawValue, participant.rawValue]
            )
            // A placed person leaving frees a place for the first waiting; a waiting one frees a rank.
            let freed = rank ?? 1
            try db.execute(
                sql: """
                    UPDATE registration SET waiting_rank = CASE WHEN waiting_rank = ? THEN NULL ELSE waiting_rank - 1 END
                    WHERE group_id = ? AND waiting_rank >= ?
                    """,
                arguments: [rank == nil ? 1 : 0, group.rawValue, freed]
            )
        }
    }

    /// Stores the group's public text and audience (as the scenario's `group.public-text` and `group.audience`)
    /// and the staff member in charge of its recruitment.
    ///
    /// - Throws: `unknown-group`.
    public func setPublicDescription(
        _ description: PublicDescription,
        staffInCharge: Facilitator.ID?,
        of group: Group.ID
    ) throws(WorkspaceError) {
        try requireGroup(group)
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO group_public (group_id, public_text, audience, staff_in_charge) VALUES (?, ?, ?, ?)
                    ON CONFLICT (group_id) DO UPDATE SET public_text = excluded.public_text,
                        audience = excluded.audience, staff_in_charge = excluded.staff_in_charge
                    """,
                arguments: [group.rawValue, description.text, description.audience, staffInCharge?.rawValue]
            )
        }
    }
}
