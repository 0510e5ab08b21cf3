import Foundation
import GRDB
import Phrasebook
public import PlanningDomain

extension WorkspaceReader {
    /// The intake interview with this id, if any.
    public func intakeBooking(_ id: String) throws(WorkspaceError) -> IntakeBookingRecord? {
        try intakeBookings(where: "id = ?", [id]).first
    }

    /// The intake interview a personal link opens, if the link is one.
    public func intakeBooking(link digest: SecretDigest) throws(WorkspaceError) -> IntakeBookingRecord? {
        try intakeBookings(where: "link_digest = ?", [Data(digest.bytes)]).first
    }

    /// The booked interviews of a staff member, by start: what a new booking must not overlap.
    public func bookedIntakes(of staff: Facilitator.ID) throws(WorkspaceError) -> [IntakeBookingRecord] {
        try intakeBookings(where: "staff_id = ? AND status = 'booked'", [staff.rawValue])
    }

    /// The intake record kept with the group, if the interview was recorded.
    public func intakeRecord(of group: Group.ID) throws(WorkspaceError) -> IntakeRecord? {
        try run { db in
            try StoredRow.fetchAll(
                db,
                table: "intake_record",
                key: ["group_id"],
                sql: """
                    SELECT group_id, working_title, region, need, theme, member_profile, type, initiator_role,
                        motivation
                    FROM intake_record WHERE group_id = ?
                    """,
                arguments: [group.rawValue]
            ).first.map { row in
                IntakeRecord(
                    group: group,
                    workingTitle: try row.optionalText("working_title"),
                    region: try row.text("region"),
                    need: try row.text("need"),
                    theme: try row.text("theme"),
                    memberProfile: try row.text("member_profile"),
                    groupType: try row.value("type"),
                    initiatorRole: try row.text("initiator_role"),
                    motivation: try row.text("motivation")
                )
            }
        }
    }

    private func intakeBookings(
        where condition: String,
        _ arguments: StatementArguments
    ) throws(WorkspaceError) -> [IntakeBookingRecord] {
        try run { db in
            try StoredRow.fetchAll(
                db,
                table: "intake_interview",
                key: ["id"],
                sql: """
                    SELECT id, group_id, staff_id, status, start, end, start_at, end_at, mode, place, sequence,
                        initiator_name, initiator_email, initiator_phone, initiator_language, offer_terms
                    FROM intake_interview WHERE \(condition) ORDER BY start_at, id
                    """,
                arguments: arguments
            ).map { row in
                IntakeBookingRecord(
                    id: try row.text("id"),
                    group: try row.optionalText("group_id").map { Group.ID($0) },
                    staff: try row.id("staff_id"),
                    status: try row.value("status"),
                    start: try row.optionalText("start").map { _ in try row.dateTime("start") },
                    end: try row.optionalText("end").map { _ in try row.dateTime("end") },
                    startInstant: try row.optionalInstant("start_at"),
                    endInstant: try row.optionalInstant("end_at"),
                    mode: try row.optionalText("mode").map { _ in try row.value("mode") },
                    place: try row.optionalText("place"),
                    sequence: try row.integer("sequence"),
                    initiatorName: try row.text("initiator_name"),
                    initiatorEmail: try row.text("initiator_email"),
                    initiatorPhone: try row.optionalText("initiator_phone"),
                    initiatorLanguage: try row.text("initiator_language"),
                    offerTerms: try row.optionalText("offer_terms")
                )
            }
        }
    }
}

extension WorkspaceWriter {
    /// Keeps the intake record with the group (replacing an earlier one).
    ///
    /// - Throws: `invalid-identifier` for the group id.
    public func recordIntake(_ record: IntakeRecord, at instant: Instant) throws(WorkspaceError) {
        try ImportChecks.id(record.group.rawValue, Phrase("workspace.what.groupID"), file)
        try run { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO intake_record (group_id, working_title, region, need, theme,
                        member_profile, type, initiator_role, motivation, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    record.group.rawValue, record.workingTitle, record.region, record.need, record.theme,
                    record.memberProfile, record.groupType.rawValue, record.initiatorRole, record.motivation,
                    instant.secondsSince1970,
                ]
            )
        }
    }

    /// Stores an interview offered to an initiator, with the digest of their personal link.
    ///
    /// - Throws: `invalid-identifier`; `duplicate-id` when the id is taken.
    public func offerIntake(
        _ record: IntakeBookingRecord,
        link digest: SecretDigest,
        at instant: Instant
    ) throws(WorkspaceError) {
        try ImportChecks.id(record.id, .verbatim("the interview id"), file)
        guard try intakeBooking(record.id) == nil else { throw .duplicate("intake interview", record.id, file) }
        try run { db in
            try db.execute(
                sql: """
                    INSERT INTO intake_interview (id, group_id, staff_id, status, sequence, initiator_name,
                        initiator_email, initiator_phone, initiator_language, link_digest, offer_terms, offered_at, changed_at)
                    VALUES (?, ?, ?, 'offered', 0, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    record.id, record.group?.rawValue, record.staff.rawValue, record.initiatorName,
                    record.initiatorEmail, record.initiatorPhone, record.initiatorLanguage, Data(digest.bytes),
                    record.offerTerms, instant.secondsSince1970, instant.secondsSince1970,
                ]
            )
        }
    }

    /// Books (or moves) the interview to the slot given in `booked` (start, end, instants, mode, place) and
    /// sets its SEQUENCE: 0 for a first booking, one more than before for a move.
    ///
    /// Atomic: the partial UNIQUE index on the staff member and start of booked interviews refuses a second
    /// booking of the same slot, even from another connection committing at the same moment.
    /// - Throws: `slot-taken` when that slot is booked meanwhile; `unknown-interview` when the interview does
    ///   not exist or is cancelled.
    @discardableResult
    public func bookIntake(
        _ booked: IntakeBookingRecord,
        at instant: Instant
    ) throws(WorkspaceError)
        -> IntakeBookingRecord
    {
        guard let stored = try intakeBooking(booked.id), stored.status != .cancelled,
            let start = booked.start, let end = booked.end, let startAt = booked.startInstant,
            let endAt = booked.endInstant, let mode = booked.mode
        else { throw .unknownInterview(booked.id, "offered or booked", file) }
        var result = stored
        result.status = .booked
        (result.start, result.end, result.startInstant, result.endInstant) = (start, end, startAt, endAt)
        (result.mode, result.place) = (mode, booked.place)
        result.sequence = stored.status == .offered ? 0 : stored.sequence + 1
        let updated = result
        let isTaken = try run { db -> Bool in
            do {
                try db.execute(
                    sql: """
                        UPDATE intake_interview SET status = 'booked', start = ?, end = ?, start_at = ?, end_at = ?,
                            mode = ?, place = ?, sequence = ?, changed_at = ?
                        WHERE id = ?
                        """,
                    arguments: [
                        start.description, end.description, startAt.secondsSince1970, endAt.secondsSince1970,
                        mode.rawValue, updated.place, updated.sequence, instant.secondsSince1970, updated.id,
                    ]
                )
                return false
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                return true
            }
        }
        if isTaken { throw .slotTaken(booked.staff.rawValue, start.description, file) }
        return updated
    }

    /// Ties interview `id` to `group`, once the interview has recorded which group it opens.
    ///
    /// - Throws: `invalid-identifier` for the group id, `unknown-interview` for an interview not stored.
    public func tieIntake(_ id: String, to group: Group.ID) throws(WorkspaceError) {
        try ImportChecks.id(group.rawValue, Phrase("workspace.what.groupID"), file)
        guard try intakeBooking(id) != nil else { throw .unknownInterview(id, "offered or booked", file) }
        try run { db in
            try db.execute(
                sql: "UPDATE intake_interview SET group_id = ? WHERE id = ?",
                arguments: [group.rawValue, id]
            )
        }
    }

    /// Cancels a booked interview: status `cancelled`, SEQUENCE one more.
    ///
    /// - Throws: `unknown-interview` unless it is booked.
    @discardableResult
    public func cancelIntake(_ id: String, at instant: Instant) throws(WorkspaceError) -> IntakeBookingRecord {
        guard var stored = try intakeBooking(id), stored.status == .booked else {
            throw .unknownInterview(id, "booked", file)
        }
        stored.status = .cancelled
        stored.sequence += 1
        let sequence = stored.sequence
        try run { db in
            try db.execute(
                sql: "UPDATE intake_interview SET status = 'cancelled', sequence = ?, changed_at = ? WHERE id = ?",
                arguments: [sequence, instant.secondsSince1970, id]
            )
        }
        return stored
    }
}
