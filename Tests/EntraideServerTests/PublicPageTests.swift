import EntraideServer
import EntraideService
import EntraideTestSupport
import Foundation
import HTTPTypes
import PlanningDomain
import Testing
import WorkspaceStore

/// Issue 12's public page beyond the form: the information session's date, time and place with its "add to
/// calendar" file once it is fixed (and the sentence saying it will follow before), the waiting list told with
/// the other groups on the same theme, and staff's registrations on the group page kept with their source.
@Suite struct PublicPageTests {
    /// The public page's path of `group`, as staff's recruitment view shows it.
    static func publicPath(_ browser: Browser, group: String = "g") async throws -> String {
        let page = try await browser.get("/staff/groups/\(group)/recruitment")
        #expect(page.status == .ok)
        let range = try #require(page.text.range(of: "http://127.0.0.1:8080/r/"))
        return "/r/" + page.text[range.upperBound...].prefix { $0 != "\"" && $0 != "<" }
    }

    @Test func theFixedInformationSessionIsShownWithItsCalendarFile() async throws {
        let fixture = try ServerFixture()
        let path = try await fixture.withClient { browser in
            try await browser.signIn()
            let path = try await Self.publicPath(browser)
            let before = try await browser.get(path)
            #expect(before.status == .ok)
            #expect(before.contains("La date de la séance d&#39;information sera communiquée aux personnes inscrites."))
            #expect(!before.contains("information.ics"))
            #expect(try await browser.get(path + "/information.ics").status == .notFound)
            return path
        }
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        try await fixture.withClient { browser in
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            #expect(page.contains("mardi 12 janvier 2027, 18 h 30 – 20 h"))
            #expect(page.contains("Big, Rue 1"))
            #expect(page.contains("href=\"\(path)/information.ics\""))
            #expect(!page.contains("sera communiquée"))
            let file = try await browser.get(path + "/information.ics")
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(file.headers[.contentDisposition] == "attachment; filename=\"information.ics\"")
            #expect(file.contains("METHOD:PUBLISH\r\n"))
            #expect(file.contains("UID:information.public.g@"))
            #expect(file.contains("DTSTART;TZID=Europe/Zurich:20270112T183000\r\n"))
            #expect(!file.contains("ATTENDEE"))
            for person in ["Personne P0", "p01@mail.example", "anne"] { #expect(!file.contains(person)) }
            browser.acceptLanguage = "en"
            let english = try await browser.get(path)
            #expect(english.contains("Tuesday 12 January 2027"))
            #expect(english.contains("Add the information session to my calendar (.ics)"))
        }
    }

    @Test(.enabled(if: ProjectPython.has("icalendar"), "needs the project's Python with icalendar (scripts/test)"))
    func pythonIcalendarReadsTheCalendarFile() async throws {
        let fixture = try ServerFixture()
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        let bytes = try await fixture.withClient { browser in
            try await browser.signIn()
            return try await browser.get(Self.publicPath(browser) + "/information.ics").bytes
        }
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            for component in cal.walk():
                assert not getattr(component, "errors", []), component.errors
            events = cal.walk("VEVENT")
            assert len(events) == 1 and events[0].get("ATTENDEE") is None
            print(cal.get("METHOD"), events[0].decoded("DTSTART").isoformat(), events[0].get("LOCATION"))
            """
        let result = try ProjectPython.run(script, input: Data(bytes))
        #expect(result.status == 0, "\(result.error)")
        #expect(result.text.hasPrefix("PUBLISH 2027-01-12T18:30:00+01:00 Big"))
    }

    /// `g2` (full, on the theme of `g`), `g3` (full too, same theme) and `h` (another theme) besides `g`.
    static func addGroups(to fixture: ServerFixture) throws {
        for (id, theme, people, maximum) in [("g2", " deuil ", 3, 3), ("g3", "Deuil", 2, 2), ("h", "Autre", 1, 12)] {
            var builder = ScenarioBuilder(
                people: .init(count: people, id: ScenarioBuilder.People.twoDigitIDs),
                quorum: 1
            )
            builder.scenario.group = Group(
                id: Group.ID(id),
                title: "Groupe \(id)",
                theme: theme,
                type: .talkingGroup,
                region: "Lausanne",
                quorum: 1,
                maximumSize: maximum,
                initiator: nil
            )
            _ = try fixture.workspace.write { try $0.importScenario(builder.scenario, answers: nil, at: fixture.now) }
        }
    }

    @Test func aPersonOnTheWaitingListIsToldSoAndOfferedTheGroupsOnTheSameTheme() async throws {
        let fixture = try ServerFixture()
        fixture.limits.linksPerClient = 20
        try Self.addGroups(to: fixture)
        try await fixture.withClient { browser in
            try await browser.signIn()
            let full = try await Self.publicPath(browser, group: "g2")
            let offered = try await Self.publicPath(browser, group: "g")
            try await browser.get(full)
            let done = try await browser.post(
                full,
                RecruitmentPageTests.person("Zoé Attente", email: "zoe@mail.example")
            )
            #expect(done.status == .ok)
            #expect(done.contains("vous êtes sur la liste d’attente (rang 1)"))
            #expect(done.contains("Ces groupes sur le même thème ont encore de la place"))
            #expect(done.contains("<a href=\"http://127.0.0.1:8080\(offered)\">Groupe de parole deuil</a>"))
            #expect(!done.contains("Groupe g3") && !done.contains("Groupe h"))
            try await browser.get("/staff/groups/g2/recruitment")
            let staff = try await browser.post(
                "/staff/groups/g2/recruitment",
                [("name", "Par Téléphone"), ("phone", "+41 21 555 12 34"), ("source", "phone"), ("consent", "1")]
            )
            #expect(staff.contains("sur la liste d’attente (rang 2)"))
            #expect(staff.contains("Groupe de parole deuil (g)"))
        }
    }

    @Test func aPersonWithAPlaceIsOfferedNothing() async throws {
        let fixture = try ServerFixture()
        try Self.addGroups(to: fixture)
        try await fixture.withClient { browser in
            try await browser.signIn()
            let path = try await Self.publicPath(browser, group: "g")
            try await browser.get(path)
            let done = try await browser.post(path, RecruitmentPageTests.person("Zoé Place", email: "zoe@mail.example"))
            #expect(done.status == .ok && !done.contains("liste d’attente") && !done.contains("next-groups"))
        }
    }

    @Test func staffAddingAPersonOnTheGroupPageKeepTheRegistrationsSource() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            let page = try await browser.get("/staff/groups/g")
            #expect(page.contains("<option value=\"staff\" selected>"))
            #expect(page.contains("name=\"consent\""))
            let person = [("name", "Par Courrier"), ("email", "courrier@mail.example"), ("language", "fr")]
            let refused = try await browser.post("/staff/groups/g/participants", person + [("source", "mail")])
            #expect(refused.status == .badRequest && refused.contains("consentement"))
            let added = try await browser.post(
                "/staff/groups/g/participants",
                person + [("source", "mail"), ("consent", "1")]
            )
            #expect(added.location?.hasPrefix("/staff/groups/g?done=personAdded&id=p05") == true)
            let unnamed = try await browser.post(
                "/staff/groups/g/participants",
                [("name", "Au Guichet"), ("phone", "079 123 45 67"), ("language", "fr"), ("consent", "1")]
            )
            #expect(unnamed.location?.hasPrefix("/staff/groups/g?done=personAdded&id=p06") == true)
        }
        let registrations = try fixture.workspace.read { try $0.registrations(of: "g") }
        #expect(registrations.map(\.registration.participant) == ["p05", "p06"])
        #expect(registrations.map(\.registration.source) == [.mail, .staff])
        #expect(registrations.allSatisfy { $0.consentVersion == Register.consentVersion })
    }
}
