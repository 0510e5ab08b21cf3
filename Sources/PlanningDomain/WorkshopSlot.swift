/// A date, time and room proposed for one run of a workshop; its facilitators are chosen by the plan.
public struct WorkshopSlot: Hashable, Sendable, Identifiable {
    /// The id people answer against (`cnv-0313-lausanne`), unique among the workshop's candidates.
    public typealias ID = Identifier<WorkshopSlot>

    /// The id, unique among the candidates of its workshop.
    public let id: ID
    /// The wall-clock start in the organisation's time zone.
    public var start: LocalDateTime
    /// Length in minutes, usually the workshop's duration.
    public var durationMinutes: Int
    /// The room.
    public var venue: Venue.ID

    /// Creates a candidate; no rule is checked here.
    public init(id: ID, start: LocalDateTime, durationMinutes: Int, venue: Venue.ID) {
        self.id = id
        self.start = start
        self.durationMinutes = durationMinutes
        self.venue = venue
    }

    /// The calendar day of the start.
    public var date: LocalDate { start.date }

    /// The wall-clock end.
    public var end: LocalDateTime { start.adding(minutes: durationMinutes) }

    /// Candidates generated from windows as staff describe them: every day of each window that falls on one of
    /// `weekdays`, at each of `times`, in each of `venues`, in that order; ids are
    /// `<prefix>-<yyyymmdd>-<hhmm>-<venue>`.
    public static func generate(
        prefix: String,
        windows: [DateWindow],
        weekdays: Set<Weekday>,
        times: [LocalTime],
        venues: [Venue.ID],
        durationMinutes: Int
    ) -> [WorkshopSlot] {
        var slots: [WorkshopSlot] = []
        var seen = Set<ID>()
        for window in windows where window.from <= window.to {
            for day in window.from.dayNumber...window.to.dayNumber {
                let date = LocalDate(dayNumber: day)
                guard weekdays.contains(Weekday(of: date)) else { continue }
                for time in times {
                    for venue in venues {
                        let stamp = "\(date.year)\(LocalDate.pad(date.month, 2))\(LocalDate.pad(date.day, 2))"
                        let clock = "\(LocalDate.pad(time.hour, 2))\(LocalDate.pad(time.minute, 2))"
                        let id = ID("\(prefix)-\(stamp)-\(clock)-\(venue.rawValue)")
                        guard seen.insert(id).inserted else { continue }
                        slots.append(
                            WorkshopSlot(
                                id: id,
                                start: LocalDateTime(date: date, time: time),
                                durationMinutes: durationMinutes,
                                venue: venue
                            )
                        )
                    }
                }
            }
        }
        return slots
    }
}
