import AvailabilityImport
import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// The centre file with its calendars and holidays, and a group's scenario that refers to it.
@Suite struct CentreLoaderTests {
    /// A folder holding `centre.yaml`, `agendas/anne.ics` and `groupe.yaml`; removed by the caller.
    struct Folder {
        let url: URL

        init(centreCalendar: String = "agendas/anne.ics") throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("entraide-centre-\(UUID().uuidString)")
            try FileManager.default.createDirectory(
                at: url.appendingPathComponent("agendas"),
                withIntermediateDirectories: true
            )
            try write("centre.yaml", Self.centre.replacingOccurrences(of: "agendas/anne.ics", with: centreCalendar))
            try write("agendas/anne.ics", Self.calendar)
            try write("groupe.yaml", Self.group)
        }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }

        static let centre = """
            organisation:
              name: Centre d'entraide Vaud
              organiser: {name: Groupes d'entraide, email: groupes@entraide-vd.example}
            facilitators:
              - {id: anne, name: Anne Rochat, email: anne.rochat@entraide-vd.example, calendars: agendas/anne.ics}
            venues:
              - {id: grand-pont, name: Salle du Grand-Pont, address: "Rue du Grand-Pont 2, 1003 Lausanne", capacity: 16}

            """

        /// Busy on Tuesday 26 January 2027 evening, tentative on Tuesday 9 February.
        static let calendar = """
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test//Centre//FR
            BEGIN:VEVENT
            UID:busy-0126@test
            DTSTAMP:20261101T000000Z
            DTSTART;TZID=Europe/Zurich:20270126T180000
            DTEND;TZID=Europe/Zurich:20270126T213000
            SUMMARY:Conseil
            END:VEVENT
            BEGIN:VEVENT
            UID:tentative-0209@test
            DTSTAMP:20261101T000000Z
            DTSTART;TZID=Europe/Zurich:20270209T190000
            DTEND;TZID=Europe/Zurich:20270209T200000
            STATUS:TENTATIVE
            SUMMARY:Peut-être
            END:VEVENT
            END:VCALENDAR

            """

        static let group = """
            group: {id: proches-aidants, title: Proches aidants, theme: Soutien, type: talking-group, region: Lausanne, quorum: 1}
            candidates:
              information:
                - {id: info-0112, date: 2027-01-12, start: "18:30", venue: grand-pont, facilitator: anne}
              founding1:
                - {id: f1-0126, date: 2027-01-26, start: "18:30", venue: grand-pont, facilitator: anne}
                - {id: f1-0128, date: 2027-01-28, start: "18:30", venue: grand-pont, facilitator: anne}
              founding2:
                - {id: f2-0209, date: 2027-02-09, start: "18:30", venue: grand-pont, facilitator: anne}
            participants:
              - {id: p01, name: Martine Favre, email: martine.favre@example.ch, answers: {info-0112: yes}}

            """
    }

    @Test func theCantonsHolidaysBecomeTheCentresClosures() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let loaded = try CentreLoader().load(contentsOf: folder.path("centre.yaml"))
        let dates = Set(loaded.centre.closures.map(\.from.description))
        for year in HolidayCatalogue.years {
            #expect(dates.contains("\(year)-08-01"))  // Fête nationale
            #expect(dates.contains("\(year)-12-25"))
        }
        #expect(loaded.centre.closures.allSatisfy { $0.reason?.isEmpty == false })
        #expect(loaded.filesRead == 1)
        #expect(loaded.sources.facilitators["anne"]?.calendars.map(\.written) == ["agendas/anne.ics"])
    }

    @Test func aMissingCalendarIsReportedWhereTheCentreNamesIt() throws {
        let folder = try Folder(centreCalendar: "agendas/absente.ics")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let path = folder.path("centre.yaml")
        let error = try #require(throws: ScenarioErrors.self) { try CentreLoader().load(contentsOf: path) }
        #expect(
            error.rendered
                == "\(path):5:86: error: calendar file 'agendas/absente.ics' does not exist (looked for "
                + "'\(folder.path("agendas/absente.ics"))')."
        )
    }

    @Test func aGroupOnTheCentreGetsItsCalendarsAndHolidays() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let centre = try CentreLoader().load(contentsOf: folder.path("centre.yaml"))
        let loaded = try ScenarioLoader().load(contentsOf: folder.path("groupe.yaml"), centre: centre)
        let anne = try #require(loaded.scenario.facilitator("anne"))
        #expect(anne.busySlots == ["f1-0126"])
        #expect(anne.tentativeSlots == ["f2-0209"])
        #expect(loaded.report.tentativeFacilitatorSlots == 1)
        // The holidays came with the centre's closures: no canton is read again.
        #expect(loaded.report.holidayCanton == nil)
        #expect(loaded.scenario.closures.contains { $0.from.description == "2027-01-02" })
        #expect(loaded.scenario.organisation.name == "Centre d'entraide Vaud")
    }

    @Test func theWorkspacesCentreRecordsAreEnoughToPlan() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let records = try CentreReader().centre(contentsOf: folder.path("centre.yaml"))
        let loaded = try ScenarioLoader().load(contentsOf: folder.path("groupe.yaml"), centre: records)
        // Without the centre's calendars, nothing is busy; the records alone resolve every reference.
        #expect(loaded.scenario.facilitator("anne")?.busySlots.isEmpty == true)
        #expect(loaded.scenario.venues.map(\.id) == ["grand-pont"])
    }

    @Test func withoutTheCentreTheGroupIsIncomplete() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let error = try #require(throws: ScenarioErrors.self) {
            try ScenarioLoader().load(contentsOf: folder.path("groupe.yaml"))
        }
        #expect(error.errors.map(\.code) == [.missingKey, .missingKey, .missingKey])
    }
}
