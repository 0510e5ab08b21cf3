import Calendaring
import PlanningDomain
import Testing

/// UTC, TZID (IANA, VTIMEZONE, Windows, vendor prefix), floating times, all-day dates, and the conversion of
/// wall-clock times around daylight-saving changes.
@Suite struct BusyTimeZoneTests {
    typealias F = CalendarImportFixtures

    /// A VTIMEZONE named `tzid` at a fixed offset, without daylight saving.
    static func fixedZone(_ tzid: String, offset: String) -> [String] {
        [
            "BEGIN:VTIMEZONE", "TZID:" + tzid, "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + offset,
            "TZOFFSETTO:" + offset, "END:STANDARD", "END:VTIMEZONE",
        ]
    }

    /// The start of a one-hour event at 2027-02-10 10:00 in the zone `tzid`, with extra lines before it.
    static func start(tzid: String, _ extra: [String] = []) throws -> Int64 {
        let periods = try F.read(
            extra + F.event(["DTSTART;TZID=\(tzid):20270210T100000", "DTEND;TZID=\(tzid):20270210T110000"])
        )
        return try #require(periods.first).start
    }

    @Test("UTC times, and IANA TZIDs with or without a VTIMEZONE")
    func utcAndIANA() throws {
        #expect(
            try F.read(F.event(["DTSTART:20270210T100000Z", "DURATION:PT1H"])).first?.start
                == F.utc("2027-02-10T10:00Z")
        )
        #expect(try Self.start(tzid: "Europe/Zurich") == F.utc("2027-02-10T09:00Z"))
        #expect(try Self.start(tzid: "America/New_York") == F.utc("2027-02-10T15:00Z"))
        #expect(try Self.start(tzid: "Asia/Kolkata") == F.utc("2027-02-10T04:30Z"))
    }

    @Test("A zone defined only by a VTIMEZONE of the file is used, whatever its name")
    func zoneDefinedInTheFile() throws {
        let zone = Self.fixedZone("Customized Time Zone", offset: "+0530")
        #expect(try Self.start(tzid: "Customized Time Zone", zone) == F.utc("2027-02-10T04:30Z"))
    }

    @Test("A Windows name reads as its CLDR zone, even when the file defines it differently")
    func windowsNames() throws {
        #expect(try Self.start(tzid: "W. Europe Standard Time") == F.utc("2027-02-10T09:00Z"))
        #expect(try Self.start(tzid: "Eastern Standard Time") == F.utc("2027-02-10T15:00Z"))
        let misleading = Self.fixedZone("W. Europe Standard Time", offset: "+0300")
        #expect(try Self.start(tzid: "W. Europe Standard Time", misleading) == F.utc("2027-02-10T09:00Z"))
    }

    @Test("Vendor-prefixed TZIDs of Thunderbird and libical read as their IANA tail")
    func vendorPrefixes() throws {
        #expect(try Self.start(tzid: "/mozilla.org/20050126_1/Europe/Paris") == F.utc("2027-02-10T09:00Z"))
        #expect(try Self.start(tzid: "/freeassociation.sourceforge.net/Europe/London") == F.utc("2027-02-10T10:00Z"))
        #expect(
            try Self.start(tzid: "/citadel.org/20190914_1/America/Argentina/Buenos_Aires") == F.utc("2027-02-10T13:00Z")
        )
    }

    @Test("Floating times are in the default time zone")
    func floatingTimes() throws {
        let lines = F.event(["DTSTART:20270710T100000", "DTEND:20270710T113000"])
        #expect(try F.read(lines) == [F.period("2027-07-10T08:00Z", "2027-07-10T09:30Z")])
        #expect(
            try F.read(lines, defaultTimeZone: "America/New_York") == [
                F.period("2027-07-10T14:00Z", "2027-07-10T15:30Z")
            ]
        )
    }

    @Test("All-day dates run from midnight to midnight in the default time zone, DTEND excluded")
    func allDayDates() throws {
        #expect(
            try F.read(F.event(["DTSTART;VALUE=DATE:20270215", "DTEND;VALUE=DATE:20270218"]))
                == [F.period("2027-02-14T23:00Z", "2027-02-17T23:00Z")]
        )
        #expect(
            try F.read(F.event(["DTSTART;VALUE=DATE:20270801"])) == [F.period("2027-07-31T22:00Z", "2027-08-01T22:00Z")]
        )
        // The day clocks go forward lasts 23 hours.
        #expect(
            try F.read(F.event(["DTSTART;VALUE=DATE:20270328"])) == [F.period("2027-03-27T23:00Z", "2027-03-28T22:00Z")]
        )
        #expect(
            try F.read(F.event(["DTSTART;VALUE=DATE:20270801"]), defaultTimeZone: "America/New_York")
                == [F.period("2027-08-01T04:00Z", "2027-08-02T04:00Z")]
        )
    }

    @Test("A wall time that occurs twice is its first, summer-time instant; one in the spring gap moves forward")
    func conversionAroundChanges() throws {
        let autumn = LocalDateTime(
            date: try #require(LocalDate(year: 2027, month: 10, day: 31)),
            time: try #require(LocalTime(hour: 2, minute: 30))
        )
        let spring = LocalDateTime(
            date: try #require(LocalDate(year: 2027, month: 3, day: 28)),
            time: try #require(LocalTime(hour: 2, minute: 30))
        )
        let noon = LocalDateTime(
            date: try #require(LocalDate(year: 2027, month: 7, day: 1)),
            time: try #require(LocalTime(hour: 12, minute: 0))
        )
        #expect(TimeZoneConversion.utcSeconds(of: autumn, in: "Europe/Zurich") == F.utc("2027-10-31T00:30Z"))
        #expect(TimeZoneConversion.utcSeconds(of: spring, in: "Europe/Zurich") == F.utc("2027-03-28T01:30Z"))
        #expect(TimeZoneConversion.utcSeconds(of: noon, in: "Europe/Zurich") == F.utc("2027-07-01T10:00Z"))
        #expect(TimeZoneConversion.utcSeconds(of: noon, in: "UTC") == F.utc("2027-07-01T12:00Z"))
        #expect(TimeZoneConversion.utcSeconds(of: noon, in: "Mars/Olympus_Mons") == F.utc("2027-07-01T12:00Z"))
        // Events read the same way.
        let event = F.event(["DTSTART;TZID=Europe/Zurich:20271031T023000", "DTEND;TZID=Europe/Zurich:20271031T033000"])
        let periods = try F.read(event, from: F.utc("2027-10-01T00:00Z"), to: F.utc("2027-11-01T00:00Z"))
        #expect(periods == [F.period("2027-10-31T00:30Z", "2027-10-31T02:30Z")])
    }

    @Test("Windows names map through CLDR's table; every IANA name in it is known to tzdata")
    func windowsTable() {
        #expect(WindowsTimeZones.ianaName(for: "W. Europe Standard Time") == "Europe/Berlin")
        #expect(WindowsTimeZones.ianaName(for: "Romance Standard Time") == "Europe/Paris")
        #expect(WindowsTimeZones.ianaName(for: " romance standard time ") == "Europe/Paris")
        #expect(WindowsTimeZones.ianaName(for: "Customized Time Zone") == nil)
        for name in ["GMT Standard Time", "Central Europe Standard Time", "UTC", "Tokyo Standard Time"] {
            let iana = WindowsTimeZones.ianaName(for: name)
            #expect(iana.map(CalendarTimeZones.isKnown) == true, "\(name) → \(iana ?? "nil")")
        }
    }
}
