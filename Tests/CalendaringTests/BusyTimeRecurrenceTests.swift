import Calendaring
import Foundation
import Testing

/// RRULE, EXDATE, RDATE and RECURRENCE-ID overrides, and the window.
@Suite struct BusyTimeRecurrenceTests {
    typealias F = CalendarImportFixtures

    @Test("A weekly 19:00 Europe/Zurich event stays at 19:00 local across the March and October changes")
    func weeklyEventKeepsItsWallClockTime() throws {
        let periods = try F.read(
            F.event([
                "DTSTART;TZID=Europe/Zurich:20270317T190000", "DTEND;TZID=Europe/Zurich:20270317T200000",
                "RRULE:FREQ=WEEKLY;UNTIL=20271110T180000Z",
            ]),
            from: F.utc("2027-03-01T00:00Z"),
            to: F.utc("2027-12-01T00:00Z")
        )
        #expect(periods.count == 35)
        let starts = Set(periods.map(\.start))
        // Before 2027-03-28 and after 2027-10-31, 19:00 is 18:00 UTC; in between it is 17:00 UTC.
        #expect(starts.isSuperset(of: [F.utc("2027-03-24T18:00Z"), F.utc("2027-03-31T17:00Z")]))
        #expect(starts.isSuperset(of: [F.utc("2027-10-27T17:00Z"), F.utc("2027-11-03T18:00Z")]))
        #expect(periods.last == F.period("2027-11-10T18:00Z", "2027-11-10T19:00Z"))
        // Independently of libical: every start is 19:00 on Foundation's Zurich clock, every period an hour.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Europe/Zurich"))
        for period in periods {
            let local = calendar.dateComponents(
                [.hour, .minute, .weekday],
                from: Date(timeIntervalSince1970: Double(period.start))
            )
            #expect(local.hour == 19 && local.minute == 0 && local.weekday == 4)
            #expect(period.end - period.start == 3600)
        }
    }

    @Test("EXDATE lists remove each listed occurrence, DTSTART included")
    func exceptionDates() throws {
        let periods = try F.read(
            F.event([
                "DTSTART;TZID=Europe/Zurich:20270105T090000", "DTEND;TZID=Europe/Zurich:20270105T100000",
                "RRULE:FREQ=WEEKLY;COUNT=5", "EXDATE;TZID=Europe/Zurich:20270105T090000,20270119T090000",
                "EXDATE:20270126T080000Z",
            ])
        )
        #expect(
            periods == [
                F.period("2027-01-12T08:00Z", "2027-01-12T09:00Z"), F.period("2027-02-02T08:00Z", "2027-02-02T09:00Z"),
            ]
        )
    }

    @Test("RDATE adds DATE-TIME values with the event's length, and PERIOD values in both forms")
    func extraDates() throws {
        let periods = try F.read(
            F.event([
                "DTSTART;TZID=Europe/Zurich:20270105T090000", "DURATION:PT1H",
                "RDATE;TZID=Europe/Zurich:20270401T100000,20270105T090000",
                "RDATE;VALUE=PERIOD:20270402T080000Z/20270402T093000Z,20270403T080000Z/PT45M",
                "RDATE;VALUE=DATE:20270410",
            ])
        )
        #expect(
            periods == [
                F.period("2027-01-05T08:00Z", "2027-01-05T09:00Z"), F.period("2027-04-01T08:00Z", "2027-04-01T09:00Z"),
                F.period("2027-04-02T08:00Z", "2027-04-02T09:30Z"), F.period("2027-04-03T08:00Z", "2027-04-03T08:45Z"),
                F.period("2027-04-09T22:00Z", "2027-04-09T23:00Z"),
            ]
        )
    }

    @Test("RECURRENCE-ID overrides move or shorten one occurrence; a cancelled one removes it")
    func overrides() throws {
        let series = "DTSTART;TZID=Europe/Zurich:20270105T090000"
        let periods = try F.read(
            F.event(
                [series, "DTEND;TZID=Europe/Zurich:20270105T100000", "RRULE:FREQ=WEEKLY;COUNT=4"],
                uid: "s@example.org"
            )
                + F.event(
                    [
                        "RECURRENCE-ID;TZID=Europe/Zurich:20270112T090000",
                        "DTSTART;TZID=Europe/Zurich:20270113T140000",
                        "DTEND;TZID=Europe/Zurich:20270113T150000",
                    ],
                    uid: "s@example.org"
                )
                + F.event(
                    [
                        "RECURRENCE-ID:20270119T080000Z", "DTSTART;TZID=Europe/Zurich:20270119T090000",
                        "DTEND;TZID=Europe/Zurich:20270119T091500",
                    ],
                    uid: "s@example.org"
                )
                + F.event(
                    [
                        "RECURRENCE-ID;TZID=Europe/Zurich:20270126T090000", "STATUS:CANCELLED",
                        "DTSTART;TZID=Europe/Zurich:20270126T090000", "DTEND;TZID=Europe/Zurich:20270126T100000",
                    ],
                    uid: "s@example.org"
                )
        )
        #expect(
            periods == [
                F.period("2027-01-05T08:00Z", "2027-01-05T09:00Z"), F.period("2027-01-13T13:00Z", "2027-01-13T14:00Z"),
                F.period("2027-01-19T08:00Z", "2027-01-19T08:15Z"),
            ]
        )
    }

    @Test("An override of a single event replaces it")
    func overrideOfSingleEvent() throws {
        let periods = try F.read(
            F.event(["DTSTART:20270104T090000Z", "DURATION:PT1H"], uid: "o@example.org")
                + F.event(
                    ["RECURRENCE-ID:20270104T090000Z", "DTSTART:20270104T130000Z", "DURATION:PT2H"],
                    uid: "o@example.org"
                )
        )
        #expect(periods == [F.period("2027-01-04T13:00Z", "2027-01-04T15:00Z")])
    }

    @Test("An override moved into the window counts; an occurrence moved out of it does not")
    func overridesAcrossTheWindow() throws {
        let lines =
            F.event(
                ["DTSTART:20270104T090000Z", "DTEND:20270104T100000Z", "RRULE:FREQ=DAILY;COUNT=3"],
                uid: "d@example.org"
            )
            + F.event(
                ["RECURRENCE-ID:20270104T090000Z", "DTSTART:20270110T090000Z", "DURATION:PT1H"],
                uid: "d@example.org"
            )
            + F.event(
                ["RECURRENCE-ID:20270106T090000Z", "DTSTART:20270101T090000Z", "DURATION:PT1H"],
                uid: "d@example.org"
            )
        let periods = try F.read(lines, from: F.utc("2027-01-04T00:00Z"), to: F.utc("2027-01-31T00:00Z"))
        #expect(
            periods == [
                F.period("2027-01-05T09:00Z", "2027-01-05T10:00Z"), F.period("2027-01-10T09:00Z", "2027-01-10T10:00Z"),
            ]
        )
    }

    @Test("Occurrences that overlap the window's edges are kept whole; others are left out")
    func windowIsGenerous() throws {
        let periods = try F.read(
            F.event(["DTSTART:20270131T230000Z", "DTEND:20270201T010000Z", "RRULE:FREQ=DAILY;COUNT=3"]),
            from: F.utc("2027-02-01T00:00Z"),
            to: F.utc("2027-02-02T00:00Z")
        )
        #expect(
            periods == [
                F.period("2027-01-31T23:00Z", "2027-02-01T01:00Z"), F.period("2027-02-01T23:00Z", "2027-02-02T01:00Z"),
            ]
        )
    }

    @Test("A daily series that began years before the window is expanded from the window on")
    func longRunningSeries() throws {
        let periods = try F.read(
            F.event([
                "DTSTART;TZID=Europe/Zurich:20150302T084500", "DTEND;TZID=Europe/Zurich:20150302T090000",
                "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
            ]),
            from: F.utc("2027-03-01T00:00Z"),
            to: F.utc("2027-04-01T00:00Z")
        )
        #expect(periods.count == 23)
        #expect(periods.first == F.period("2027-03-01T07:45Z", "2027-03-01T08:00Z"))
        #expect(periods.last == F.period("2027-03-31T06:45Z", "2027-03-31T07:00Z"))
    }

    @Test("An all-day yearly series that began before the window falls on its day")
    func allDaySeriesFromThePast() throws {
        let periods = try F.read(F.event(["DTSTART;VALUE=DATE:20150801", "RRULE:FREQ=YEARLY"]))
        #expect(periods == [F.period("2027-07-31T22:00Z", "2027-08-01T22:00Z")])
    }

    @Test("A COUNT series that began before the window keeps its count")
    func countedSeriesFromThePast() throws {
        let periods = try F.read(F.event(["DTSTART:20261228T100000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3"]))
        #expect(periods.map(\.start) == [F.utc("2027-01-04T10:00Z"), F.utc("2027-01-11T10:00Z")])
    }

    @Test("A UTC UNTIL includes an occurrence that starts at that instant")
    func untilIsInclusive() throws {
        let periods = try F.read(
            F.event([
                "DTSTART;TZID=Europe/Zurich:20270601T190000", "DURATION:PT1H",
                "RRULE:FREQ=WEEKLY;UNTIL=20270615T170000Z",
            ])
        )
        #expect(
            periods.map(\.start) == [
                F.utc("2027-06-01T17:00Z"), F.utc("2027-06-08T17:00Z"), F.utc("2027-06-15T17:00Z"),
            ]
        )
    }

    @Test("Outlook's all-day series end on the day whose local midnight UNTIL names")
    func outlookAllDayUntil() throws {
        let periods = try F.read(
            F.event([
                "DTSTART;VALUE=DATE:20270507", "DTEND;VALUE=DATE:20270508",
                "RRULE:FREQ=WEEKLY;UNTIL=20270527T220000Z;BYDAY=FR",
            ])
        )
        #expect(periods.count == 4)
        #expect(periods.last == F.period("2027-05-27T22:00Z", "2027-05-28T22:00Z"))
    }

    @Test("DTSTART is an occurrence even when the rule does not match it")
    func startIsAlwaysAnOccurrence() throws {
        let periods = try F.read(
            F.event(["DTSTART:20270106T100000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2"])
        )
        #expect(
            periods.map(\.start) == [
                F.utc("2027-01-06T10:00Z"), F.utc("2027-01-12T10:00Z"), F.utc("2027-01-19T10:00Z"),
            ]
        )
    }
}
