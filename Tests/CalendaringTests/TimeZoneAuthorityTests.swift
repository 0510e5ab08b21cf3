import Calendaring
import PlanningDomain
import Testing

/// The one time-zone authority: which names the readers accept, what they are told instead, and how often a
/// wall-clock time occurs.
@Suite struct TimeZoneAuthorityTests {
    @Test func everyAcceptedNameIsWrittenByTheWriter() throws {
        let names = TimeZoneAuthority.acceptedNames
        // The tzdata's zone.tab lists about 420 zones; UTC is added.
        #expect(names.count > 300)
        #expect(names.contains("Europe/Zurich") && names.contains("UTC"))
        for name in names {
            #expect(TimeZoneAuthority.isAccepted(name), "\(name)")
            var document = CalendarFixtures.invite
            document.timeZone = name
            let text = String(decoding: try ICSWriter.bytes(for: document), as: UTF8.self)
            #expect(text.contains("\r\nTZID:\(name)\r\n"), "\(name)")
            #expect(text.contains("DTSTART;TZID=\(name):"), "\(name)")
        }
    }

    @Test(arguments: ["Europe/Zurich", "Europe/Vaduz", "America/Argentina/Buenos_Aires", "Europe/Kyiv", "UTC"])
    func placesAreAccepted(_ name: String) {
        #expect(TimeZoneAuthority.refusal(of: name) == nil)
        #expect(TimeZoneAuthority.isAccepted(name))
    }

    @Test(arguments: [
        ("PST", "America/Los_Angeles"), ("pst", "America/Los_Angeles"), ("CET", "Europe/Zurich"),
        ("MEZ", "Europe/Zurich"), ("EST5EDT", "America/New_York"), ("GMT", "UTC"), ("Etc/UTC", "UTC"),
        ("Z", "UTC"),
    ])
    func abbreviationsAreRefusedWithThePlaceTheyMean(_ name: String, _ place: String) {
        #expect(TimeZoneAuthority.refusal(of: name) == .notAPlace(suggestion: place))
    }

    @Test(arguments: ["GMT+1", "UTC+01:00", "+01:00", "Etc/GMT-1", "Etc/GMT+5", "IST", "Factory", "localtime"])
    func offsetsAndAmbiguousNamesAreRefusedWithoutAPlace(_ name: String) {
        #expect(TimeZoneAuthority.refusal(of: name) == .notAPlace(suggestion: nil))
    }

    @Test(arguments: [
        ("US/Pacific", "America/Los_Angeles"), ("Asia/Calcutta", "Asia/Kolkata"), ("Europe/Kiev", "Europe/Kyiv"),
        ("posix/Europe/Zurich", "Europe/Zurich"), ("right/Europe/Zurich", "Europe/Zurich"),
    ])
    func aliasesAreRefusedWithTheZonesOwnName(_ name: String, _ zone: String) {
        #expect(TimeZoneAuthority.refusal(of: name) == .alias(of: zone))
    }

    @Test(arguments: [
        "Europe/Zurch", "Europe/Zürich", "europe/zurich", "Europe/Lausanne", "Mars/Olympus", "", "../etc/passwd",
        "/usr/share/zoneinfo/UTC", "Europe/../Europe/Zurich",
    ])
    func otherNamesAreUnknown(_ name: String) {
        #expect(TimeZoneAuthority.refusal(of: name) == .unknown)
        #expect(!TimeZoneAuthority.isAccepted(name))
    }

    // MARK: - Wall-clock times

    private func at(_ date: String, _ time: String) throws -> LocalDateTime {
        let day = date.split(separator: "-").compactMap { Int($0) }
        let clock = time.split(separator: ":").compactMap { Int($0) }
        return LocalDateTime(
            date: try #require(LocalDate(year: day[0], month: day[1], day: day[2])),
            time: try #require(LocalTime(hour: clock[0], minute: clock[1]))
        )
    }

    @Test func theSpringGapIsSkippedAndTheAutumnHourRepeated() throws {
        let zone = "Europe/Zurich"
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-03-28", "01:59"), in: zone) == .once)
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-03-28", "02:00"), in: zone) == .skipped)
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-03-28", "02:30"), in: zone) == .skipped)
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-03-28", "03:00"), in: zone) == .once)
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-10-31", "01:59"), in: zone) == .once)
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-10-31", "02:00"), in: zone) == .repeated)
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-10-31", "02:59"), in: zone) == .repeated)
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-10-31", "03:00"), in: zone) == .once)
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-03-28", "02:30"), in: "Asia/Tokyo") == .once)
        #expect(TimeZoneAuthority.occurrence(of: try at("2027-03-28", "02:30"), in: "Europe/Lausanne") == nil)
    }

    @Test func offsetsAreThoseOfTheWrittenCalendars() throws {
        let zone = "Europe/Zurich"
        #expect(TimeZoneAuthority.utcOffsetSeconds(of: try at("2027-01-19", "18:30"), in: zone) == 3600)
        #expect(TimeZoneAuthority.utcOffsetSeconds(of: try at("2027-07-20", "18:30"), in: zone) == 7200)
        // A repeated time is its first instant, still in summer time.
        #expect(TimeZoneAuthority.utcOffsetSeconds(of: try at("2027-10-31", "02:30"), in: zone) == 7200)
        #expect(TimeZoneAuthority.utcOffsetSeconds(of: try at("2027-07-20", "18:30"), in: "UTC") == 0)
        #expect(TimeZoneAuthority.utcOffsetSeconds(of: try at("2027-07-20", "18:30"), in: "Mars/Olympus") == nil)
    }
}
