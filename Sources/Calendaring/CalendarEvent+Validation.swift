internal import PlanningDomain

extension CalendarEvent {
    /// The latest `DTSTAMP` libical can write: 9999-12-31T23:59:59Z.
    static let latestStamp: Int64 = 253_402_300_799

    /// The longest reminder whose trigger fits libical's 32-bit seconds.
    static let longestReminderMinutes = Int(Int32.max) / 60

    /// The year of the event's last occurrence, at most (an upper bound for a rule with `COUNT`), or `nil` when
    /// it repeats without end.
    var lastYear: Int? {
        guard let recurrence else { return end.date.year }
        switch recurrence.end {
        case nil: return nil
        case .until(let last): return max(last.year, end.date.year)
        case .count(let count):
            // Weekly: at most `count` weeks of `interval`; monthly: `count` × `interval` months.
            let days =
                recurrence.frequency == .weekly ? count * recurrence.interval * 7 : count * recurrence.interval * 31
            return end.date.year + days / 365 + 1
        }
    }

    /// Throws when the event cannot be written as valid iCalendar; the message names only the UID.
    func validate() throws(CalendarError) {
        guard !uid.isEmpty else { throw CalendarError.invalidEvent(uid: uid, "emptyUID") }
        guard end > start else {
            throw CalendarError.invalidEvent(uid: uid, "endNotAfterStart", ["end": "\(end)", "start": "\(start)"])
        }
        guard (0...Int(Int32.max)).contains(sequence) else {
            throw CalendarError.invalidEvent(uid: uid, "sequence", ["sequence": "\(sequence)"])
        }
        guard (0...Self.latestStamp).contains(stamp) else {
            throw CalendarError.invalidEvent(
                uid: uid,
                "stamp",
                ["stamp": "\(stamp)", "latest": "\(Self.latestStamp)"]
            )
        }
        if let reminder, !(0...Self.longestReminderMinutes).contains(reminder.minutesBefore) {
            throw CalendarError.invalidEvent(
                uid: uid,
                "reminder",
                ["minutes": "\(reminder.minutesBefore)", "longest": "\(Self.longestReminderMinutes)"]
            )
        }
    }
}
