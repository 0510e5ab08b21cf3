import Calendaring
import PlanningDomain
import PlanningInput
import Testing

/// What the id rule and the time-zone authority still accept: file-name-like ids, the longest ids, every zone
/// the calendars can write.
@Suite struct IdentifierAndZoneTests {
    @Test func anIdMayLookLikeAFileName() throws {
        // Valid by the rule; collisions with Entraide's own file names are avoided by the folder layout.
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "  - id: p02" => "  - id: calendar.ics",
            "{id: anne, name: Anne Rochat" => "{id: a_B-9.x, name: Anne Rochat",
            "venue: grand-pont, facilitator: anne}\n  founding1"
                => "venue: grand-pont, facilitator: a_B-9.x}\n  founding1",
            "venue: grand-pont, facilitator: anne}\nparticipants"
                => "venue: grand-pont, facilitator: a_B-9.x}\nparticipants",
        ])
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "scenario.yaml")
        #expect(scenario.participant("calendar.ics") != nil)
        #expect(scenario.facilitator("a_B-9.x") != nil)
        #expect(scenario.candidates.allSatisfy { $0.id.isSafe && $0.venue.isSafe && $0.facilitator.isSafe })
    }

    @Test func anIdOf64CharactersIsAccepted() throws {
        let id = String(repeating: "b", count: 64)
        let yaml = try ScenarioFixtures.minimal(replacing: ["  id: proches-aidants" => "  id: \(id)"])
        #expect(try ScenarioReader().read(yaml: yaml, fileName: "scenario.yaml").group.id.rawValue == id)
    }

    @Test func aWindowWhoseIdsHave64CharactersIsAccepted() throws {
        // `<prefix>-20270201-1830-grand-pont-anne` is 64 characters with a prefix of 34.
        let prefix = String(repeating: "p", count: 34)
        let yaml = try ScenarioFixtures.minimal(replacing: [
            "    - {id: f2-0209, date: 2027-02-09, start: \"18:30\", venue: grand-pont, facilitator: anne}"
                => "    - {window: {from: 2027-02-01, to: 2027-02-10}, starts: [\"18:30\"], "
                + "venues: [grand-pont, salle-b], facilitators: [anne, luc], id-prefix: \(prefix)}",
            "f1-0126: if-need-be, f2-0209: yes}" => "f1-0126: if-need-be}",
        ])
        let scenario = try ScenarioReader().read(yaml: yaml, fileName: "scenario.yaml")
        let lengths = scenario.candidates(of: .founding2).map(\.id.rawValue.utf8.count)
        #expect(lengths.max() == IdentifierRule.maximumLength)
        #expect(lengths.count == 40)
    }

    /// Whatever the reader accepts, the calendars write (Calendaring's tests write every accepted zone).
    @Test func everyZoneTheCalendarsWriteIsRead() throws {
        let names = TimeZoneAuthority.acceptedNames
        #expect(names.count > 300)
        for name in names {
            let yaml = try ScenarioFixtures.minimal(replacing: [
                "  name: Centre d'entraide Vaud" => "  name: Centre d'entraide Vaud\n  time-zone: \(name)",
                // 12:00 exists in every zone on every day.
                "date: 2027-01-26, start: 18:30" => "date: 2027-01-26, start: \"12:00\"",
            ])
            let scenario = try ScenarioReader().read(yaml: yaml, fileName: "scenario.yaml")
            #expect(scenario.organisation.timeZone == name)
            #expect(CalendarTimeZones.isKnown(name), "\(name)")
        }
    }
}
