/// The overrides of one series whose `RECURRENCE-ID` says `RANGE=THISANDFUTURE` (RFC 5545 §3.2.13, §3.8.4.4).
///
/// Such an override changes its own occurrence and every later one: "if the given recurrence instance is
/// rescheduled, all subsequent instances are also rescheduled by the same time difference", and take its
/// length; they also take its status and transparency (so a cancelled one ends the series). An occurrence is
/// governed by the latest such override whose `RECURRENCE-ID` is before it; EXDATEs and single overrides still
/// name the original instants, as in Python's `recurring-ical-events`.
///
/// The time difference is counted in the series' wall-clock time when the override and its `RECURRENCE-ID` are
/// in the same zone (a meeting moved from 10:00 to 13:00 stays at 13:00 local across daylight-saving changes),
/// in days between dates, and in exact seconds otherwise.
struct FutureOverrides {
    /// One override and what it does to later occurrences.
    struct Override {
        /// The override component, whose length and status the later occurrences take.
        let event: EventComponent
        /// The UTC instant of its `RECURRENCE-ID`: it governs the occurrences after it.
        let instant: Int64
        /// How far it moves its occurrence.
        let shift: Shift

        /// `start` moved by the override's difference.
        func moved(_ start: CalendarTime) -> CalendarTime {
            switch (shift, start) {
            case (.wall(let seconds), .dateTime(let wall, let clock)): .dateTime(wall + seconds, clock)
            case (.days(let days), .dateTime(let wall, let clock)): .dateTime(wall + Int64(days) * 86_400, clock)
            case (.days(let days), .date(let day)): .date(day + days)
            case (.wall(let seconds), .date(let day)), (.exact(let seconds), .date(let day)):
                .date(day + Int(seconds / 86_400))
            case (.exact(let seconds), .dateTime(let wall, let clock)):
                .dateTime(clock.wallSeconds(utc: clock.utcSeconds(wall: wall) + seconds), clock)
            }
        }
    }

    /// A time difference between an override's start and its `RECURRENCE-ID`.
    enum Shift {
        /// Wall-clock seconds, both times in the same zone.
        case wall(Int64)
        /// Calendar days, both times dates.
        case days(Int)
        /// Exact seconds, times in different zones.
        case exact(Int64)

        /// The difference in seconds, for widening windows.
        var seconds: Int64 {
            switch self {
            case .wall(let seconds), .exact(let seconds): seconds
            case .days(let days): Int64(days) * 86_400
            }
        }
    }

    /// The overrides, sorted by ``Override/instant``.
    private(set) var overrides: [Override] = []

    /// How much further than usual a rule must be expanded on each side so that occurrences moved into the
    /// window, or lengthened into it, are found: the largest move plus the longest length, in seconds.
    private(set) var margin: Int64 = 0

    /// Adds an override whose `RECURRENCE-ID` is the UTC instant `instant`.
    mutating func add(_ event: EventComponent, at instant: Int64, defaultClock: ZoneClock) {
        guard let recurrenceID = event.recurrenceID else { return }
        let shift: Shift
        switch (event.start, recurrenceID) {
        case (.dateTime(let start, let startClock), .dateTime(let original, let originalClock))
        where startClock === originalClock:
            shift = .wall(start - original)
        case (.date(let start), .date(let original)):
            shift = .days(start - original)
        default:
            shift = .exact(event.start.utcSeconds(defaultClock: defaultClock) - instant)
        }
        overrides.append(Override(event: event, instant: instant, shift: shift))
        overrides.sort { $0.instant < $1.instant }
        margin = max(margin, abs(shift.seconds) + event.length.longest)
    }

    /// The override that governs the occurrence originally at UTC `instant`: the latest one before it.
    func governing(_ instant: Int64) -> Override? {
        overrides.last { $0.instant < instant }
    }
}

extension EventComponent.ExtraDate.End {
    /// The exact length in seconds of an `RDATE` period starting at `start`, or `nil` for the event's own length.
    func lengthInSeconds(from start: CalendarTime, defaultClock: ZoneClock) -> Int64? {
        let startUTC = start.utcSeconds(defaultClock: defaultClock)
        switch self {
        case .eventLength: return nil
        case .time(let end): return end.utcSeconds(defaultClock: defaultClock) - startUTC
        case .duration(let days, let seconds):
            return start.utcSeconds(addingDays: days, seconds: seconds, defaultClock: defaultClock) - startUTC
        }
    }
}
