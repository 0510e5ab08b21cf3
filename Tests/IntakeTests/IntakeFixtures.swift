import Calendaring
import Intake
import PlanningDomain

/// Hours, dates and instants shared by the intake tests: Anne, Europe/Zurich, January 2027.
enum IntakeFixtures {
    static let zone = "Europe/Zurich"

    /// Tuesday 09:00–12:00 and Thursday 14:00–17:00.
    static let weekly = [
        WeeklyWindow(weekday: .tuesday, from: time(9, 0), to: time(12, 0)),
        WeeklyWindow(weekday: .thursday, from: time(14, 0), to: time(17, 0)),
    ]

    /// Monday 11 to Sunday 17 January 2027.
    static let week = IntakeSlotRequest(from: date(2027, 1, 11), to: date(2027, 1, 17))

    static func hours(
        weekly: [WeeklyWindow] = weekly,
        busy: [BusyPeriod] = [],
        closures: [Closure] = [],
        away: Set<LocalDate> = [],
        booked: [BookedInterview] = [],
        buffer: Int = 15
    ) -> IntakeHours {
        IntakeHours(
            staff: "anne",
            timeZone: zone,
            weekly: weekly,
            calendars: busy.isEmpty ? [] : [BusyCalendar(periods: busy)],
            closures: closures,
            awayDates: away,
            booked: booked,
            bufferMinutes: buffer
        )
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day) ?? LocalDate(dayNumber: 0)
    }

    static func time(_ hour: Int, _ minute: Int) -> LocalTime { LocalTime(hour: hour, minute: minute) ?? time(0, 0) }

    static func local(_ date: LocalDate, _ hour: Int, _ minute: Int) -> LocalDateTime {
        LocalDateTime(date: date, time: time(hour, minute))
    }

    /// The UTC seconds of a wall-clock time in Zurich.
    static func utc(_ date: LocalDate, _ hour: Int, _ minute: Int) -> Int64 {
        TimeZoneConversion.utcSeconds(of: local(date, hour, minute), in: zone)
    }

    static func instant(_ date: LocalDate, _ hour: Int, _ minute: Int) -> Instant {
        Instant(secondsSince1970: utc(date, hour, minute)) ?? .earliest
    }

    /// A busy (or tentative) period from one wall-clock time to another on the same day.
    static func period(_ date: LocalDate, _ from: (Int, Int), _ to: (Int, Int), _ kind: BusyKind = .busy) -> BusyPeriod
    {
        BusyPeriod(start: utc(date, from.0, from.1), end: utc(date, to.0, to.1), kind: kind)
    }

    /// The starts of slots as `HH:MM` on one day.
    static func starts(_ slots: [IntakeSlot], on date: LocalDate) -> [String] {
        slots.filter { $0.start.date == date }.map(\.start.time.description)
    }

    static let tuesday = date(2027, 1, 12)
    static let thursday = date(2027, 1, 14)
}
