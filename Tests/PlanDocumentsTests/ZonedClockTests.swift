import PlanDocuments
import PlanningDomain
import Testing

@Suite struct ZonedClockTests {
    func at(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) throws -> LocalDateTime {
        LocalDateTime(
            date: try #require(LocalDate(year: year, month: month, day: day)),
            time: try #require(LocalTime(hour: hour, minute: minute))
        )
    }

    @Test func offsetsFollowDaylightSavingTime() throws {
        let clock = try #require(ZonedClock(identifier: "Europe/Zurich"))
        #expect(try clock.iso8601(at(2027, 1, 19, 18, 30)) == "2027-01-19T18:30:00+01:00")
        #expect(try clock.iso8601(at(2027, 7, 20, 18, 30)) == "2027-07-20T18:30:00+02:00")
        // The last Sunday of March 2027 is the 28th: 01:30 is winter time, 03:30 summer time.
        #expect(try clock.iso8601(at(2027, 3, 28, 1, 30)) == "2027-03-28T01:30:00+01:00")
        #expect(try clock.iso8601(at(2027, 3, 28, 3, 30)) == "2027-03-28T03:30:00+02:00")
    }

    @Test func unknownZones() {
        #expect(ZonedClock(identifier: "Europe/Lausanne") == nil)
    }
}
