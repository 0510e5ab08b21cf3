import PlanningDomain
import PlanningInput
import Testing

/// What the bounds of the reader still accept: the largest values, the end of the day, and wall-clock times
/// that occur twice when clocks move back.
@Suite struct ScenarioBoundsTests {
    @Test func acceptsTheLargestValues() throws {
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "quorum: 2" => "quorum: 10000",
            "maximum-size: 12" => "maximum-size: 10000",
            "capacity: 10" => "capacity: 10000",
            "{duration-minutes: 120, days-after-previous: {min: 7, max: 28}}"
                => "{duration-minutes: 720, days-after-previous: {min: 0, max: 3660}}",
            "start: 18:30, venue: salle-b" => "start: 08:00, venue: salle-b",
        ])
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "scenario.yaml")
        #expect(scenario.group.quorum == 10000)
        #expect(scenario.group.maximumSize == 10000)
        #expect(scenario.venue("salle-b")?.capacity == 10000)
        #expect(
            scenario.sessionRules[1] == SessionRule(kind: .founding1, durationMinutes: 720, daysAfterPrevious: 0...3660)
        )
        #expect(scenario.candidates(of: .founding1).map(\.durationMinutes) == [720])
    }

    @Test func acceptsACandidateEndingAtMidnight() throws {
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-01-12, start: \"22:30\""
        ])
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "scenario.yaml")
        let slot = try #require(scenario.candidates.first)
        #expect(slot.start.description == "2027-01-12T22:30")
        #expect(slot.durationMinutes == 90)
    }

    @Test(arguments: ["02:30", "02:00", "02:59", "03:00"])
    func acceptsATimeThatOccursTwiceWhenClocksMoveBack(_ start: String) throws {
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-10-31, start: \"\(start)\""
        ])
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "scenario.yaml")
        #expect(scenario.candidates.first?.start.description == "2027-10-31T\(start)")
    }

    /// 01:58 ends at 01:59, the last minute before the clocks move forward; 03:00 is the first after.
    @Test(arguments: ["01:58", "03:00"])
    func acceptsTheTimesAroundTheSkippedHour(_ start: String) throws {
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-03-28, start: \"\(start)\"",
            "{id: info-0112, date" => "{duration-minutes: 1, id: info-0112, date",
        ])
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "scenario.yaml")
        #expect(scenario.candidates.first?.start.description == "2027-03-28T\(start)")
    }

    @Test func aZoneWithoutDaylightSavingHasNoSkippedHour() throws {
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: Asia/Tokyo",
            "date: 2027-01-12, start: \"18:30\"" => "date: 2027-03-28, start: \"02:30\"",
        ])
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "scenario.yaml")
        #expect(scenario.candidates.first?.start.description == "2027-03-28T02:30")
    }
}
