import PlanningDomain
import Testing

@Suite struct LocalDateTests {
    @Test(arguments: [
        (1970, 1, 1, 0, 4), (2027, 1, 12, 20_830, 2), (2000, 2, 29, 11_016, 2), (1969, 12, 31, -1, 3),
        (2028, 12, 31, 21_549, 7),
    ])
    func dayNumberAndWeekday(year: Int, month: Int, day: Int, number: Int, weekday: Int) throws {
        let date = try #require(LocalDate(year: year, month: month, day: day))
        #expect(date.dayNumber == number)
        #expect(date.weekday == weekday)
        #expect(LocalDate(dayNumber: number) == date)
    }

    @Test func everyDayOfFourCenturiesRoundTrips() {
        var previous = LocalDate(dayNumber: -146_097)
        for number in -146_096...146_097 {
            let date = LocalDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(previous < date)
            #expect(previous.weekday % 7 + 1 == date.weekday)
            previous = date
        }
    }

    @Test(arguments: [(2027, 2, 29), (2027, 2, 30), (2100, 2, 29), (2027, 4, 31), (2027, 13, 1), (2027, 0, 1)])
    func datesThatDoNotExist(year: Int, month: Int, day: Int) {
        #expect(LocalDate(year: year, month: month, day: day) == nil)
    }

    @Test func leapDays() {
        #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func gapsCountWallCalendarDays() throws {
        let information = try #require(LocalDate(year: 2027, month: 3, day: 23))
        let founding = try #require(LocalDate(year: 2027, month: 4, day: 6))
        #expect(information.days(to: founding) == 14)  // across the change to summer time
        #expect(information.adding(days: 14) == founding)
        #expect(founding.description == "2027-04-06")
    }

    @Test func timesAddAcrossMidnight() throws {
        let start = LocalDateTime(
            date: try #require(LocalDate(year: 2027, month: 12, day: 31)),
            time: try #require(LocalTime(hour: 23, minute: 30))
        )
        let end = start.adding(minutes: 90)
        #expect(end.description == "2028-01-01T01:00")
        #expect(LocalTime(hour: 24, minute: 0) == nil)
    }

    @Test func slotsOverlapOnTheWallClock() throws {
        let date = try #require(LocalDate(year: 2027, month: 1, day: 12))
        func slot(_ hour: Int, _ minutes: Int) -> CandidateSlot {
            CandidateSlot(
                id: .init("s\(hour)"),
                kind: .information,
                start: LocalDateTime(date: date, time: LocalTime(hour: hour, minute: 0)!),
                durationMinutes: minutes,
                venue: "v",
                facilitator: "f"
            )
        }
        #expect(slot(18, 90).overlaps(slot(19, 60)))
        #expect(!slot(18, 60).overlaps(slot(19, 60)))
    }
}
