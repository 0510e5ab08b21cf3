/// A moment in time, to the second, in UTC: what `--now`, `DTSTAMP`, an e-mail's `Date`, a PDF's creation date
/// and every stored time are made of.
///
/// The one instant type of Entraide. Libraries never read the clock: an `Instant` is an input (the CLI's
/// `--now`, the server's clock), so the same input gives the same bytes. Its range, 1970-01-01T00:00:00Z to
/// 9999-12-31T23:59:59Z, is what every format Entraide writes can hold (iCalendar and PDF dates have four-digit
/// years; SQLite and `plan.json` store seconds since 1970), so an instant that exists can always be written.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z, within ``range``.
    public let secondsSince1970: Int64

    /// The seconds an instant may hold: 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    public static let range: ClosedRange<Int64> = 0...253_402_300_799

    /// The first instant Entraide accepts, 1970-01-01T00:00:00Z.
    public static let earliest = Instant(unchecked: range.lowerBound)
    /// The last instant Entraide accepts, 9999-12-31T23:59:59Z.
    public static let latest = Instant(unchecked: range.upperBound)

    /// The instant `seconds` after 1970-01-01T00:00:00Z, or `nil` outside ``range``.
    public init?(secondsSince1970 seconds: Int64) {
        guard Self.range.contains(seconds) else { return nil }
        self.secondsSince1970 = seconds
    }

    private init(unchecked seconds: Int64) { self.secondsSince1970 = seconds }

    /// Reads an ISO 8601 / RFC 3339 date-time with its offset: `2027-01-05T09:00:00Z`,
    /// `2027-01-05T10:00:00+01:00`, `2027-01-05T09:00:00.250Z` (fractions are dropped), or `nil` when the text is
    /// not one or lies outside ``range``.
    ///
    /// The offset is required: a time without one would depend on the machine's zone.
    public init?(iso8601 text: String) {
        guard let seconds = ISO8601Text.seconds(of: text) else { return nil }
        self.init(secondsSince1970: seconds)
    }

    /// The UTC date.
    public var date: LocalDate { LocalDate(dayNumber: Int(secondsSince1970 / 86_400)) }

    /// The UTC date and time, the second dropped.
    public var utcDateTime: LocalDateTime {
        LocalDateTime(date: date, time: LocalTime(minuteOfDay: Int(secondsSince1970 % 86_400) / 60))
    }

    /// The second within the minute, 0 to 59.
    public var second: Int { Int(secondsSince1970 % 60) }

    /// The instant `seconds` later, or `nil` past ``range``.
    public func adding(seconds: Int64) -> Instant? {
        let (sum, overflow) = secondsSince1970.addingReportingOverflow(seconds)
        return overflow ? nil : Instant(secondsSince1970: sum)
    }

    /// `2027-01-05T09:00:00Z`: what the export, the outbox and every log line write.
    public var iso8601: String {
        let time = utcDateTime
        return "\(time.date)T\(time.time):\(LocalDate.pad(second, 2))Z"
    }

    /// The ISO 8601 text.
    public var description: String { iso8601 }

    /// Earlier first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    /// What every command says when `--now` cannot be read: the form and the range accepted.
    public static let acceptedForms =
        "an ISO 8601 date-time with its offset, such as 2027-01-05T09:00:00Z or 2027-01-05T10:00:00+01:00, "
        + "between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z"
}

/// The ISO 8601 grammar `Instant` reads, without Foundation (whose parser depends on the platform).
enum ISO8601Text {
    /// Seconds since 1970 of `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)`, `t` and a space accepted for `T`.
    static func seconds(of text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 17, bytes.count <= 40 else { return nil }
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + width] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += width
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
            index < bytes.count, [84, 116, 32].contains(bytes[index])
        else { return nil }
        index += 1
        guard let hour = number(2), expect(58), let minute = number(2) else { return nil }
        var second = 0
        if expect(58) {
            guard let value = number(2) else { return nil }
            second = value
            if expect(46) || expect(44) {
                let start = index
                while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
                guard index > start else { return nil }
            }
        }
        guard let date = LocalDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 60,
            index < bytes.count
        else { return nil }
        var offsetSeconds = 0
        switch bytes[index] {
        case 90, 122:  // Z, z
            index += 1
        case 43, 45:  // +, -
            let sign = bytes[index] == 45 ? -1 : 1
            index += 1
            guard let offsetHour = number(2) else { return nil }
            _ = expect(58)
            guard let offsetMinute = number(2), offsetHour < 24, offsetMinute < 60 else { return nil }
            offsetSeconds = sign * (offsetHour * 3600 + offsetMinute * 60)
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return local - Int64(offsetSeconds)
    }
}
