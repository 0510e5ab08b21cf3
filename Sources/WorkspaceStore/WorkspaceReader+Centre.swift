import GRDB
public import PlanningDomain

extension WorkspaceReader {
    /// The centre's records: the organisation and travel buffer, every facilitator and venue (by id, without
    /// any group's busy, tentative or booked candidates) and every closure (by date); `nil` before anything was
    /// imported.
    public func centre() throws(WorkspaceError) -> Centre? {
        try run { db in try CentreRows.centre(db) }
    }

    /// Every answer stored for the group's active participants, strongest first.
    ///
    /// By participant and candidate, ordered under `AnswerMerge` (so the first of each list is the one that
    /// counts): for explanations and the web page's grid. Empty for an unknown group.
    public func givenAnswers(
        of group: Group.ID
    ) throws(WorkspaceError) -> [Participant.ID: [CandidateSlot.ID: [GivenAnswer]]] {
        try run { db in try AnswerRows.givenAnswers(of: group, status: .active, db) }
    }

    /// The sessions of every group but `excludingGroup` that hold a facilitator and a room: each published
    /// session that is not cancelled (as published), and each pinned session that is not (from its candidate),
    /// sorted by start, group and session.
    ///
    /// Planning or publishing a group treats them as bookings of the facilitators and venues they name.
    public func bookings(excludingGroup: Group.ID?) throws(WorkspaceError) -> [SessionBooking] {
        try run { db in
            var bookings: [SessionBooking] = []
            var published: Set<[String]> = []
            for row in try StoredRow.fetchAll(
                db,
                table: "session_publication",
                key: ["group_id", "kind"],
                sql: "SELECT * FROM session_publication WHERE is_cancelled = 0"
            ) {
                let group: Group.ID = try row.id("group_id")
                guard group != excludingGroup else { continue }
                let kind = try row.value("kind", SessionKind.self)
                published.insert([group.rawValue, kind.rawValue])
                bookings.append(
                    SessionBooking(
                        group: group,
                        kind: kind,
                        facilitator: try row.id("facilitator"),
                        venue: try row.id("venue"),
                        start: try row.dateTime("start"),
                        end: try row.dateTime("end"),
                        isPublished: true
                    )
                )
            }
            for row in try StoredRow.fetchAll(
                db,
                table: "candidate_slot",
                key: ["group_id", "id"],
                sql: """
                    SELECT candidate_slot.*, pinned_session.kind AS pinned_kind FROM pinned_session
                    JOIN candidate_slot ON candidate_slot.group_id = pinned_session.group_id
                        AND candidate_slot.id = pinned_session.slot_id
                    """
            ) {
                let group: Group.ID = try row.id("group_id")
                let kind = try row.value("pinned_kind", SessionKind.self)
                guard group != excludingGroup, !published.contains([group.rawValue, kind.rawValue]) else { continue }
                let start = try row.dateTime("start")
                bookings.append(
                    SessionBooking(
                        group: group,
                        kind: kind,
                        facilitator: try row.id("facilitator"),
                        venue: try row.id("venue"),
                        start: start,
                        end: start.adding(minutes: try row.integer("duration_minutes")),
                        isPublished: false
                    )
                )
            }
            return bookings.sorted { ($0.start, $0.group, $0.kind) < ($1.start, $1.group, $1.kind) }
        }
    }
}
