public import PlanningDomain

/// Every session recorded for one group: the content of `<scenario>.attendance.json`.
///
/// Participants appear by id only; newcomers (people who came without being registered) as a count. The file
/// format, `entraide-attendance/1`, is described in `ATTENDANCE.md`.
public struct AttendanceRecord: Hashable, Sendable {
    /// The format name written in the file.
    public static let format = "entraide-attendance/1"

    /// The group the sessions belong to; a record is read only with its own group's scenario.
    public var group: Group.ID
    /// What was recorded for each session, by kind; a session not yet recorded has no entry.
    public var sessions: [SessionKind: SessionAttendance]

    /// Creates a record, empty unless given sessions.
    public init(group: Group.ID, sessions: [SessionKind: SessionAttendance] = [:]) {
        self.group = group
        self.sessions = sessions
    }

    /// Records one session, replacing what was recorded for it before (if anything).
    ///
    /// - Returns: the entry it replaces, or `nil` when the session had none.
    @discardableResult
    public mutating func record(_ attendance: SessionAttendance, for kind: SessionKind) -> SessionAttendance? {
        sessions.updateValue(attendance, forKey: kind)
    }

    /// The recorded sessions, in sequence order.
    public var recordedKinds: [SessionKind] { sessions.keys.sorted() }

    /// Every participant id recorded in some session, sorted.
    public var participants: [Participant.ID] {
        Set(sessions.values.flatMap(\.attendance.keys)).sorted()
    }
}
