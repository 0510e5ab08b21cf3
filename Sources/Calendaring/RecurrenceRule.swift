public import PlanningDomain

/// How an event repeats, written as `RRULE` (RFC 5545 §3.8.5.3, value type RECUR §3.3.10) through libical.
///
/// The rule repeats the event's `DTSTART`, a wall-clock time with a `TZID`: every occurrence keeps that wall
/// time across daylight-saving changes (19:00 stays 19:00 in Europe/Zurich in March and October), which a rule
/// anchored in UTC would not.
///
/// Only what Entraide writes is modelled: weekly or monthly, an interval, `BYDAY`, and an end by date or count.
public struct RecurrenceRule: Hashable, Sendable {
    /// `FREQ` (RFC 5545 §3.3.10).
    public var frequency: Frequency
    /// `INTERVAL` (RFC 5545 §3.3.10): every `interval` weeks or months; 1 or more.
    public var interval: Int
    /// `BYDAY` (RFC 5545 §3.3.10), in this order; empty for the weekday of `DTSTART`.
    public var byDay: [Day]
    /// `UNTIL` or `COUNT` (RFC 5545 §3.3.10); `nil` for a rule without end.
    public var end: End?

    /// Creates a rule.
    public init(frequency: Frequency, interval: Int = 1, byDay: [Day] = [], end: End? = nil) {
        self.frequency = frequency
        self.interval = interval
        self.byDay = byDay
        self.end = end
    }

    /// `FREQ=WEEKLY` or `FREQ=MONTHLY` (RFC 5545 §3.3.10).
    public enum Frequency: Hashable, Sendable, CaseIterable {
        /// `FREQ=WEEKLY`.
        case weekly
        /// `FREQ=MONTHLY`.
        case monthly
    }

    /// One `BYDAY` value (RFC 5545 §3.3.10): a weekday, with a position in the month for monthly rules
    /// (`2TU`, the second Tuesday; `-1FR`, the last Friday).
    public struct Day: Hashable, Sendable {
        /// The weekday.
        public var weekday: Weekday
        /// The position in the month (1 to 5, or -5 to -1 from the end), or `nil` for every such weekday.
        ///
        /// Weekly rules take none.
        public var position: Int?

        /// Creates a `BYDAY` value.
        public init(_ weekday: Weekday, position: Int? = nil) {
            self.weekday = weekday
            self.position = position
        }
    }

    /// How the repetition ends (RFC 5545 §3.3.10).
    public enum End: Hashable, Sendable {
        /// The last day an occurrence may start, in the event's time zone; written as `UNTIL`, in UTC at
        /// 23:59:59 local time that day, since RFC 5545 §3.3.10 requires a UTC `UNTIL` with a zoned `DTSTART`.
        case until(LocalDate)
        /// `COUNT`: the number of occurrences, `DTSTART` included; 1 or more.
        case count(Int)
    }
}
