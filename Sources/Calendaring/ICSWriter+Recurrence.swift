internal import CLibical
internal import PlanningDomain

extension ICSWriter {
    /// Adds `RRULE` (RFC 5545 §3.8.5.3) and one `EXDATE;TZID=…` (§3.8.5.1) per exception date, built with
    /// libical's `icalrecurrencetype` and `icalproperty_new_exdate`; nothing when there is no recurrence and
    /// no exception date.
    static func addRecurrence(
        of event: CalendarEvent,
        timeZone: String,
        to vevent: ComponentBuilder
    ) throws(CalendarError) {
        if let rule = event.recurrence {
            try rule.validate(startingOn: event.start.date, uid: event.uid)
            try vevent.add("RRULE", icalproperty_new_rrule(rule.libicalValue(timeZone: timeZone)))
        }
        for date in event.exceptionDates {
            let property = try vevent.add("EXDATE", icalproperty_new_exdate(LibicalTime.local(date)))
            try vevent.addParameter("TZID", icalparameter_new_tzid(timeZone), to: property)
        }
    }
}

extension RecurrenceRule {
    /// The longest `BYDAY` list libical holds in one rule.
    static let maximumDays = 7 * 5

    /// Throws when libical cannot write the rule or it contradicts itself; the message names only the UID.
    func validate(startingOn start: LocalDate, uid: String) throws(CalendarError) {
        guard (1...Int(Int16.max)).contains(interval) else {
            throw CalendarError.invalidEvent(uid: uid, "interval", ["interval": "\(interval)"])
        }
        guard byDay.count <= Self.maximumDays else {
            throw CalendarError.invalidEvent(uid: uid, "days", ["maximum": "\(Self.maximumDays)"])
        }
        for day in byDay {
            guard let position = day.position else { continue }
            guard frequency == .monthly, (1...5).contains(abs(position)) else {
                throw CalendarError.invalidEvent(uid: uid, "position", ["position": "\(position)"])
            }
        }
        switch end {
        case .until(let last) where last < start:
            throw CalendarError.invalidEvent(uid: uid, "until", ["until": "\(last)", "start": "\(start)"])
        case .count(let count) where !(1...Int(Int32.max)).contains(count):
            throw CalendarError.invalidEvent(uid: uid, "count", ["count": "\(count)"])
        default:
            break
        }
    }

    /// The libical value; an `UNTIL` day becomes 23:59:59 that day in `timeZone`, in UTC.
    func libicalValue(timeZone: String) -> icalrecurrencetype {
        var rule = icalrecurrencetype()
        icalrecurrencetype_clear(&rule)
        rule.freq = frequency == .weekly ? ICAL_WEEKLY_RECURRENCE : ICAL_MONTHLY_RECURRENCE
        rule.interval = Int16(interval)
        rule.week_start = ICAL_MONDAY_WEEKDAY
        withUnsafeMutableBytes(of: &rule.by_day) { buffer in
            let values = buffer.bindMemory(to: Int16.self)
            for (index, day) in byDay.enumerated() where index < values.count {
                values[index] = Self.encoded(day)
            }
        }
        switch end {
        case .until(let last):
            let clock = ZoneClock.builtin(timeZone) ?? ZoneClock.utc()
            let lastSecond = Int64(last.dayNumber + 1) * 86_400 - 1
            rule.until = LibicalTime.utc(secondsSinceEpoch: clock.utcSeconds(wall: lastSecond))
        case .count(let count):
            rule.count = Int32(count)
        case nil:
            break
        }
        return rule
    }

    /// libical's encoding of a `BYDAY` value: the sign of the position times (|position| × 8 + day), where the
    /// day counts from Sunday = 1 (see `icalrecurrencetype_day_position`).
    static func encoded(_ day: Day) -> Int16 {
        let sundayFirst = day.weekday.rawValue % 7 + 1
        let position = day.position ?? 0
        let magnitude = abs(position) * 8 + sundayFirst
        return Int16(position < 0 ? -magnitude : magnitude)
    }
}
