public import Calendaring
public import PlanningDomain

/// When one staff member can hold intake interviews: their weekly hours, minus their calendar's busy times, the
/// centre's closures and public holidays, their days away and the interviews already booked, with a buffer
/// around every appointment.
///
/// **Tentative counts as busy here.** A pencilled meeting (`STATUS:TENTATIVE`, `FBTYPE=BUSY-TENTATIVE`) may
/// well take place, and an initiator who booked a slot must not be moved because of it: unlike the planning of
/// group sessions, where a tentative facilitator is only avoided, an intake slot that meets anything in the
/// staff member's calendar is not offered (``IntakeConflict/tentative`` says which).
public struct IntakeHours: Hashable, Sendable {
    /// The staff member.
    public var staff: Facilitator.ID
    /// The IANA time zone of the centre: every wall-clock time is read there (`Europe/Zurich`).
    public var timeZone: String
    /// When interviews may take place each week; a slot must lie entirely inside one window.
    public var weekly: [WeeklyWindow]
    /// The staff member's calendars (any `.ics` source, read by `BusyTimeReader`).
    public var calendars: [BusyCalendar]
    /// Days the centre is closed, public holidays included.
    public var closures: [Closure]
    /// Days the staff member is away.
    public var awayDates: Set<LocalDate>
    /// Interviews of this staff member already booked.
    public var booked: [BookedInterview]
    /// Minutes kept free before and after every interview: no busy time, no other interview within them.
    public var bufferMinutes: Int

    /// The default buffer between appointments: 15 minutes.
    public static let defaultBufferMinutes = 15

    /// Bookable hours.
    public init(
        staff: Facilitator.ID,
        timeZone: String,
        weekly: [WeeklyWindow],
        calendars: [BusyCalendar] = [],
        closures: [Closure] = [],
        awayDates: Set<LocalDate> = [],
        booked: [BookedInterview] = [],
        bufferMinutes: Int = IntakeHours.defaultBufferMinutes
    ) {
        self.staff = staff
        self.timeZone = timeZone
        self.weekly = weekly
        self.calendars = calendars
        self.closures = closures
        self.awayDates = awayDates
        self.booked = booked
        self.bufferMinutes = bufferMinutes
    }
}

/// An interview already booked with the staff member: the time it holds.
public struct BookedInterview: Hashable, Sendable {
    /// The interview.
    public var id: IntakeInterview.ID
    /// Its start.
    public var start: Instant
    /// Its end.
    public var end: Instant

    /// A booked interview.
    public init(id: IntakeInterview.ID, start: Instant, end: Instant) {
        self.id = id
        self.start = start
        self.end = end
    }
}
