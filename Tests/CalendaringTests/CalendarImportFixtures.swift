import Calendaring
import Foundation
import PlanningDomain

/// Calendar files for the reading side: the client fixtures in `Resources/Fixtures/Calendars`, and small
/// files built in the tests.
enum CalendarImportFixtures {
    /// 2027-01-01T00:00:00Z.
    static let windowStart: Int64 = 1_798_761_600
    /// 2027-09-01T00:00:00Z.
    static let windowEnd: Int64 = 1_819_756_800

    /// The client styles, one fixture each.
    static let clients = ["outlook", "google", "apple", "thunderbird", "freebusy"]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/Fixtures/Calendars")

    static func url(_ client: String) -> URL { folder.appendingPathComponent(client + ".ics") }

    static func bytes(_ client: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(client))) }

    /// Busy time of a fixture over January to August 2027, floating times in Europe/Zurich.
    static func busy(_ client: String) throws -> BusyCalendar {
        try BusyTimeReader.read(
            bytes(client),
            file: client + ".ics",
            defaultTimeZone: "Europe/Zurich",
            from: windowStart,
            to: windowEnd
        )
    }

    /// A calendar file: `BEGIN:VCALENDAR`, the lines, `END:VCALENDAR`, with CRLF.
    static func calendar(_ lines: [String]) -> [UInt8] {
        Array(
            (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Entraide//Tests//EN"] + lines + ["END:VCALENDAR"])
                .map { $0 + "\r\n" }.joined().utf8
        )
    }

    /// One `VEVENT`: `BEGIN`, `UID`, `DTSTAMP`, then these properties.
    static func event(_ properties: [String], uid: String = "event@example.org") -> [String] {
        ["BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261201T000000Z"] + properties + ["END:VEVENT"]
    }

    /// Reads a file built in a test over the 2027 window.
    static func read(
        _ lines: [String],
        defaultTimeZone: String = "Europe/Zurich",
        from: Int64 = windowStart,
        to: Int64 = windowEnd
    ) throws(CalendarImportErrors) -> [BusyPeriod] {
        try BusyTimeReader.read(
            calendar(lines),
            file: "test.ics",
            defaultTimeZone: defaultTimeZone,
            from: from,
            to: to
        ).periods
    }

    /// UTC seconds of `2027-03-30T07:00:00Z` (seconds optional).
    static func utc(_ text: String) -> Int64 {
        let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard digits.count >= 5, let date = LocalDate(year: digits[0], month: digits[1], day: digits[2]) else {
            preconditionFailure("bad test time \(text)")
        }
        let second = digits.count > 5 ? digits[5] : 0
        return Int64(date.dayNumber) * 86_400 + Int64(digits[3] * 3600 + digits[4] * 60 + second)
    }

    /// A busy period between two UTC times written `2027-03-30T07:00Z`.
    static func period(_ start: String, _ end: String, _ kind: BusyKind = .busy) -> BusyPeriod {
        BusyPeriod(start: utc(start), end: utc(end), kind: kind)
    }
}
