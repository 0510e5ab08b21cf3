internal import Calendaring
public import PlanningDomain

/// Wall-clock times of one IANA zone turned into instants and ISO 8601 text with their UTC offset.
///
/// The offsets are libical's, from the system tzdata (`TimeZoneAuthority`): the same rules the calendars are
/// written with, so `plan.json` and the invitations never disagree about an instant.
public struct ZonedClock: Sendable {
    /// The IANA name of the zone (`Europe/Zurich`).
    public let identifier: String

    /// `nil` when the calendars cannot write the zone (see `CalendarTimeZones.isKnown`).
    public init?(identifier: String) {
        guard CalendarTimeZones.isKnown(identifier) else { return nil }
        self.identifier = identifier
    }

    /// The instant a wall-clock time denotes: the first of a time that occurs twice, and a time skipped when
    /// the clocks move forward moved forward by the gap; `nil` outside the years an `Instant` holds.
    public func instant(of local: LocalDateTime) -> Instant? {
        Instant(secondsSince1970: TimeZoneConversion.utcSeconds(of: local, in: identifier))
    }

    /// `2027-01-19T18:30:00+01:00`.
    public func iso8601(_ local: LocalDateTime) -> String {
        let offset = (TimeZoneAuthority.utcOffsetSeconds(of: local, in: identifier) ?? 0) / 60
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 60
        let minutes = abs(offset) % 60
        return "\(local.date)T\(local.time):00\(sign)\(Self.two(hours)):\(Self.two(minutes))"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
