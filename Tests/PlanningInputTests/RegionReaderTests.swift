import PlanningDomain
import PlanningInput
import Testing

/// The region file: what it names and pins, and its problems located.
@Suite struct RegionReaderTests {
    @Test func readsTheFilesItNamesAndWhatItPins() throws {
        let document = try RegionReader().document(
            yaml: """
                centre: centre.yaml
                year: 2027
                groups:
                  - groupes/a.yaml
                  - {scenario: groupes/b.yaml, published: {information: info-0112}}
                  - {scenario: groupes/c.yaml, stage: review-due, founded-on: 2026-11-17}
                workshops: ateliers.yaml
                interest: interets.yaml
                published-runs: [{workshop: communication, slot: com-0313}]
                bookings: [{venue: grand-pont, date: 2027-03-13, start: "08:00", end: "13:00", reason: AG}]
                """,
            fileName: "vaud/REGION.yaml"
        )
        #expect(document.centre.path == "vaud/centre.yaml" && document.year == 2027)
        #expect(
            document.groups.map(\.scenario.path) == [
                "vaud/groupes/a.yaml", "vaud/groupes/b.yaml", "vaud/groupes/c.yaml",
            ]
        )
        #expect(document.groups[1].published == [.information: "info-0112"])
        #expect(document.groups[1].publishedLocations[.information]?.line == 5)
        #expect(document.groups[2].stage == .reviewDue && document.groups[2].foundedOn?.description == "2026-11-17")
        #expect(document.workshops?.path == "vaud/ateliers.yaml" && document.interest?.path == "vaud/interets.yaml")
        #expect(document.publishedRuns.map(\.value) == [PublishedRun(workshop: "communication", slot: "com-0313")])
        let booking = try #require(document.bookings.first?.value)
        #expect(booking.venue == "grand-pont" && booking.start.description == "2027-03-13T08:00")
        #expect(booking.end.description == "2027-03-13T13:00" && booking.reason == "AG")
    }

    @Test func problemsAreReportedAtOnceWithTheirLines() throws {
        do {
            _ = try RegionReader().document(
                yaml: """
                    centre: centre.yaml
                    groups:
                      - {scenario: a.yaml, stage: reviewed}
                      - {scenario: b.yaml, published: {fondation: x}}
                    bookings: [{venue: grand-pont, date: 2027-03-13, start: "13:00", end: "08:00"}]
                    """,
                fileName: "REGION.yaml"
            )
            Issue.record("the region file was accepted")
        } catch {
            #expect(error.errors.map(\.line) == [3, 4, 5])
            #expect(error.errors.map(\.code) == [.invalidChoice, .unknownKey, .invalidPeriod])
            #expect(error.errors[0].message == "stage 'reviewed' is not one of founding, review-due.")
        }
    }
}
