import Calendaring
import Testing

/// What each client's fixture must give, checked by hand (the round trip then checks every occurrence
/// against Python).
@Suite struct ClientFixtureTests {
    typealias F = CalendarImportFixtures

    static func contains(_ periods: [BusyPeriod], _ start: String, _ end: String, _ kind: BusyKind = .busy) -> Bool {
        periods.contains(F.period(start, end, kind))
    }

    static func startsOn(_ periods: [BusyPeriod], _ start: String) -> Bool {
        periods.contains { $0.start == F.utc(start) }
    }

    @Test("Outlook: Windows zones, busy statuses, an exception, EXDATE")
    func outlook() throws {
        let periods = try F.busy("outlook").periods
        #expect(periods.count == 32)
        #expect(Self.contains(periods, "2027-01-05T08:00Z", "2027-01-05T09:00Z"))
        #expect(Self.contains(periods, "2027-03-30T07:00Z", "2027-03-30T08:00Z"))
        #expect(!Self.startsOn(periods, "2027-02-16T08:00Z") && !Self.startsOn(periods, "2027-05-25T07:00Z"))
        #expect(!Self.startsOn(periods, "2027-03-09T08:00Z"))
        #expect(Self.contains(periods, "2027-03-09T13:00Z", "2027-03-09T14:30Z"))
        #expect(Self.contains(periods, "2027-04-13T07:00Z", "2027-04-13T07:30Z"))
        #expect(Self.contains(periods, "2027-06-29T07:00Z", "2027-06-29T08:00Z"))
        #expect(Self.contains(periods, "2027-01-21T13:00Z", "2027-01-21T14:30Z", .tentative))
        #expect(Self.contains(periods, "2027-02-14T23:00Z", "2027-02-19T23:00Z"))
        #expect(!Self.startsOn(periods, "2027-01-22T11:00Z"))
        #expect(Self.contains(periods, "2027-06-04T06:30Z", "2027-06-04T14:30Z"))
        #expect(Self.contains(periods, "2027-07-07T08:00Z", "2027-07-07T09:30Z"))
        #expect(Self.contains(periods, "2027-05-27T22:00Z", "2027-05-28T22:00Z"))
    }

    @Test("Google: UTC times, a weekly series with UNTIL, an override and a cancelled instance")
    func google() throws {
        let busy = try F.busy("google")
        let periods = busy.periods
        #expect(Self.contains(periods, "2027-01-11T08:00Z", "2027-01-11T09:30Z"))
        #expect(Self.contains(periods, "2027-03-24T18:00Z", "2027-03-24T19:30Z"))
        #expect(Self.contains(periods, "2027-03-31T17:00Z", "2027-03-31T18:30Z"))
        #expect(!Self.startsOn(periods, "2027-04-07T17:00Z"))
        #expect(Self.contains(periods, "2027-05-05T16:00Z", "2027-05-05T17:30Z"))
        #expect(!Self.startsOn(periods, "2027-05-05T17:00Z") && !Self.startsOn(periods, "2027-06-02T17:00Z"))
        #expect(Self.contains(periods, "2027-06-30T17:00Z", "2027-06-30T18:30Z"))
        #expect(!Self.startsOn(periods, "2027-07-07T17:00Z"))
        #expect(Self.contains(periods, "2027-01-27T13:00Z", "2027-01-27T15:00Z", .tentative))
        #expect(busy.busyness(from: F.utc("2027-01-20T11:00Z"), to: F.utc("2027-01-20T12:00Z")) == nil)
        #expect(busy.busyness(from: F.utc("2027-03-02T12:00Z"), to: F.utc("2027-03-02T13:00Z")) == .busy)
        // The daily stand-up that began in 2025, every weekday of the window.
        #expect(periods.filter { ($0.end - $0.start) == 900 }.count == 173)
    }

    @Test("Apple: transparent and busy all-day events, RDATE values and periods, DURATION")
    func apple() throws {
        let busy = try F.busy("apple")
        #expect(busy.busyness(from: F.utc("2027-04-06T08:00Z"), to: F.utc("2027-04-06T17:00Z")) == nil)
        #expect(Self.contains(busy.periods, "2027-05-23T22:00Z", "2027-05-24T22:00Z"))
        #expect(Self.contains(busy.periods, "2027-05-17T12:00Z", "2027-05-17T13:30Z"))
        #expect(Self.contains(busy.periods, "2027-05-31T08:00Z", "2027-05-31T09:30Z"))
        #expect(Self.contains(busy.periods, "2027-06-25T12:00Z", "2027-06-25T15:00Z"))
        #expect(Self.contains(busy.periods, "2027-03-15T07:00Z", "2027-03-15T08:30Z"))
        #expect(Self.contains(busy.periods, "2027-04-20T08:00Z", "2027-04-20T09:30Z", .tentative))
    }

    @Test("Thunderbird: a mozilla.org TZID, a cancelled and a moved occurrence, floating time")
    func thunderbird() throws {
        let periods = try F.busy("thunderbird").periods
        #expect(Self.contains(periods, "2027-01-18T09:00Z", "2027-01-18T10:30Z"))
        #expect(!Self.startsOn(periods, "2027-02-01T09:00Z") && !Self.startsOn(periods, "2027-02-15T09:00Z"))
        #expect(Self.contains(periods, "2027-02-16T15:00Z", "2027-02-16T16:30Z"))
        #expect(Self.contains(periods, "2027-03-22T13:00Z", "2027-03-22T14:00Z"))
        #expect(Self.contains(periods, "2027-03-18T18:30Z", "2027-03-18T20:30Z", .tentative))
        #expect(!Self.startsOn(periods, "2027-04-10T18:00Z"))
        #expect(Self.contains(periods, "2027-07-31T22:00Z", "2027-08-01T22:00Z"))
    }

    @Test("Free/busy: every FBTYPE, both period forms, the window")
    func freeBusy() throws {
        let busy = try F.busy("freebusy")
        #expect(busy.periods.count == 8)
        #expect(busy.busyness(from: F.utc("2027-01-16T09:00Z"), to: F.utc("2027-01-16T10:00Z")) == nil)
        #expect(busy.busyness(from: F.utc("2027-01-14T09:30Z"), to: F.utc("2027-01-14T09:45Z")) == .tentative)
        #expect(busy.busyness(from: F.utc("2027-01-15T12:00Z"), to: F.utc("2027-01-15T13:00Z")) == .busy)
        #expect(Self.contains(busy.periods, "2027-01-13T12:00Z", "2027-01-13T13:30Z"))
        #expect(!Self.startsOn(busy.periods, "2026-12-30T08:00Z"))
    }
}
