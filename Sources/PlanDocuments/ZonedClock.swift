public import Foundation
public import PlanningDomain

/// Wall-clock times of one IANA zone turned into instants and ISO 8601 text with their UTC offset.
public struct ZonedClock: Sendable {
    /// The zone, with its daylight-saving rules from the system's tzdata.
    public let timeZone: TimeZone

    /// `nil` when the system does not know the zone.
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.timeZone = zone
    }

    /// The instant a wall-clock time denotes (in a daylight-saving gap, the time just after it).
    public func instant(of local: LocalDateTime) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(
            year: local.date.year,
            month: local.date.month,
            day: local.date.day,
            hour: local.time.hour,
            minute: local.time.minute
        )
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// `2027-01-19T18:30:00+01:00`.
    public func iso8601(_ local: LocalDateTime) -> String {
        let offset = timeZone.secondsFromGMT(for: instant(of: local)) / 60
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 60
        let minutes = abs(offset) % 60
        return "\(local.date)T\(local.time):00\(sign)\(Self.two(hours)):\(Self.two(minutes))"
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
