import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceReader {
    /// The phone numbers staff entered for the group's participants (absent: none given).
    public func phones(of group: Group.ID) throws(WorkspaceError) -> [Participant.ID: String] {
        try run { db in
            Dictionary(
                try StoredRow.fetchAll(
                    db,
                    table: "participant_phone",
                    key: ["group_id", "participant_id"],
                    sql: "SELECT group_id, participant_id, phone FROM participant_phone WHERE group_id = ?",
                    arguments: [group.rawValue]
                ).map { (try $0.id("participant_id") as Participant.ID, try $0.text("phone")) },
                uniquingKeysWith: { first, _ in first }
            )
        }
    }

    /// Every participant id the group has ever had, whatever their status (an id is never given twice).
    public func participantIDs(of group: Group.ID) throws(WorkspaceError) -> Set<Participant.ID> {
        try run { db in
            Set(
                try StoredRow.fetchAll(
                    db,
                    table: "participant",
                    key: ["group_id", "id"],
                    sql: "SELECT group_id, id FROM participant WHERE group_id = ?",
                    arguments: [group.rawValue]
                ).map { try $0.id("id") as Participant.ID }
            )
        }
    }
}

extension WorkspaceWriter {
    /// Adds a registration made on the web page, after the group's other participants; its answers are
    /// ignored (answers come one at a time, or from a poll).
    ///
    /// - Throws: `invalid-identifier`, `unknown-group`; `duplicate-id` when the id is taken, even by a withdrawn
    ///   or forgotten participant.
    public func addParticipant(
        _ participant: Participant,
        phone: String?,
        to group: Group.ID
    ) throws(WorkspaceError) {
        try ImportChecks.id(group.rawValue, Phrase("workspace.what.groupID"), file)
        try ImportChecks.id(participant.id.rawValue, Phrase("workspace.what.participantID"), file)
        try requireGroup(group)
        guard try !participantIDs(of: group).contains(participant.id) else {
            throw .duplicate("participant", participant.id.rawValue, file)
        }
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO participant (group_id, id, position, status, name, email, email_key, language,
                        is_initiator, needs_step_free_access)
                    VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM participant WHERE group_id = ?),
                        'active', ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    group.rawValue, participant.id.rawValue, group.rawValue, participant.name, participant.email,
                    WorkspaceSchema.emailKey(participant.email), participant.language.code, participant.isInitiator,
                    participant.needsStepFreeAccess,
                ]
            )
            try Self.setPhone(phone, of: participant.id, in: group, db)
        }
    }

    /// Changes an active participant's personal data (name, e-mail, language, step-free need) and phone;
    /// answers and status are kept.
    ///
    /// - Throws: `invalid-identifier`, `unknown-group`, `unknown-participant`, `inactive-participant`.
    public func updateParticipant(
        _ participant: Participant,
        phone: String?,
        in group: Group.ID
    ) throws(WorkspaceError) {
        try requireActiveParticipant(participant.id, in: group)
        try run { db in
            try db.execute(
                sql: """
                    UPDATE participant SET name = ?, email = ?, email_key = ?, language = ?,
                        needs_step_free_access = ?
                    WHERE group_id = ? AND id = ?
                    """,
                arguments: [
                    participant.name, participant.email, WorkspaceSchema.emailKey(participant.email),
                    participant.language.code, participant.needsStepFreeAccess, group.rawValue,
                    participant.id.rawValue,
                ]
            )
            try Self.setPhone(phone, of: participant.id, in: group, db)
        }
    }

    /// Withdraws an active participant: kept with their data and answers, left out of planning, and sent a
    /// CANCEL for every copy they hold by the next publication; their personal links stop working.
    ///
    /// - Throws: `invalid-identifier`, `unknown-group`, `unknown-participant`, `inactive-participant`.
    public func withdrawParticipant(
        _ participant: Participant.ID,
        in group: Group.ID,
        at instant: Instant
    ) throws(WorkspaceError) {
        try requireActiveParticipant(participant, in: group)
        _ = try revokeLinks(of: participant, in: group, at: instant)
        try run { db in
            try db.execute(
                sql: "UPDATE participant SET status = 'withdrawn' WHERE group_id = ? AND id = ?",
                arguments: [group.rawValue, participant.rawValue]
            )
        }
    }

    private static func setPhone(
        _ phone: String?,
        of participant: Participant.ID,
        in group: Group.ID,
        _ db: Database
    )
        throws
    {
        if let phone, !phone.isEmpty {
            try db.execute(
                sql: """
                    INSERT INTO participant_phone (group_id, participant_id, phone) VALUES (?, ?, ?)
                    ON CONFLICT (group_id, participant_id) DO UPDATE SET phone = excluded.phone
                    """,
                arguments: [group.rawValue, participant.rawValue, phone]
            )
        } else {
            try db.execute(
                sql: "DELETE FROM participant_phone WHERE group_id = ? AND participant_id = ?",
                arguments: [group.rawValue, participant.rawValue]
            )
        }
    }
}
