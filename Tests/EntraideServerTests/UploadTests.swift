import EntraideServer
import EntraideService
import Foundation
import HTTPTypes
import PlanningDomain
import Testing
import WorkspaceStore

/// Poll exports, answer grids and calendars uploaded on the group page: read by the scenario's readers, with
/// their located errors, bounded in size.
@Suite struct UploadTests {
    @Test func anAnswerGridIsStoredAsAPoll() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let grid = "participant;information-a;founding1-a\np01;non;si nécessaire\np02;oui;\n"
            let page = try await browser.upload(
                "/staff/groups/g/import",
                file: ("réponses téléphone.csv", Array(grid.utf8)),
                fields: [("owner", "")]
            )
            #expect(page.status == .ok)
            #expect(page.contains("Fichier lu : 3 réponses"))
            let given = try fixture.given("p01")["information-a"] ?? []
            #expect(given.contains { $0.origin == AnswerOrigin(.poll, detail: "réponses_téléphone.csv", order: 0) })
        }
    }

    @Test func aBrokenFileGetsLocatedErrorsAndNothingIsStored() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let grid = "participant;information-a\np01;peut-être\np77;oui\n"
            let page = try await browser.upload(
                "/staff/groups/g/import",
                file: ("grid.csv", Array(grid.utf8)),
                fields: [("owner", "")]
            )
            #expect(page.status == .unprocessableContent)
            #expect(page.contains("Le fichier n’a pas pu être importé ; rien n’a été enregistré."))
            #expect(page.contains("grid.csv:2:"))
            #expect(page.contains("grid.csv:3:"))
            #expect(try fixture.given("p01")["information-a"]?.count == 1)
        }
    }

    @Test func aCalendarAnswersForItsOwner() async throws {
        let fixture = try ServerFixture()
        let calendar = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//EN\r
            BEGIN:VEVENT\r
            UID:busy-1@test\r
            DTSTAMP:20261101T000000Z\r
            DTSTART:20270112T170000Z\r
            DTEND:20270112T200000Z\r
            SUMMARY:Busy\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let page = try await browser.upload(
                "/staff/groups/g/import",
                file: ("agenda.ics", Array(calendar.utf8)),
                fields: [("owner", "p03")]
            )
            #expect(page.status == .ok)
            let derived = try fixture.given("p03")["information-a"]?.first { $0.origin.kind == .derived }
            #expect(derived?.availability == .no)
            #expect(try fixture.given("p03")["founding1-a"]?.first { $0.origin.kind == .derived }?.availability == .yes)
            #expect(try fixture.given("p01")["information-a"]?.contains { $0.origin.kind == .derived } == false)
        }
    }

    @Test func anOversizedUploadIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let page = try await browser.upload(
                "/staff/groups/g/import",
                file: ("big.csv", [UInt8](repeating: 65, count: 3 * 1024 * 1024)),
                fields: [("owner", "")]
            )
            #expect(page.status == .contentTooLarge)
        }
    }

    @Test func anUploadWithoutItsTokenIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            browser.forgetCSRF()
            let page = try await browser.upload(
                "/staff/groups/g/import",
                file: ("grid.csv", Array("participant;information-a\np01;non\n".utf8)),
                fields: [("owner", "")]
            )
            #expect(page.status == .forbidden)
            #expect(try fixture.given("p01")["information-a"]?.count == 1)
        }
    }
}
