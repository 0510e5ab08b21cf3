public import AttendanceSheets
public import PlanningDomain

/// What was recorded for one session: the slot it was held in, who came and how many newcomers.
///
/// A registered participant without an entry in ``attendance`` was not recorded (not known), which is not the
/// same as absent.
public struct SessionAttendance: Hashable, Sendable {
    /// The candidate slot the session was held in, as planned when it was recorded.
    public var candidate: CandidateSlot.ID
    /// The day the session was held.
    public var date: LocalDate
    /// Each recorded participant's attendance, by id.
    public var attendance: [Participant.ID: AttendanceMark]
    /// People who came without being registered: counted only, never named.
    public var newcomers: Int

    /// Creates the record of one session.
    public init(
        candidate: CandidateSlot.ID,
        date: LocalDate,
        attendance: [Participant.ID: AttendanceMark],
        newcomers: Int = 0
    ) {
        self.candidate = candidate
        self.date = date
        self.attendance = attendance
        self.newcomers = newcomers
    }

    /// The participants recorded with `status`, sorted by id.
    public func participants(_ status: AttendanceMark) -> [Participant.ID] {
        attendance.filter { $0.value == status }.map(\.key).sorted()
    }

    /// How many participants were recorded with `status`.
    public func count(_ status: AttendanceMark) -> Int { attendance.values.count { $0 == status } }
}
