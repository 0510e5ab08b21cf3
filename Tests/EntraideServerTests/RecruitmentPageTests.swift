import EntraideServer
import EntraideService
import Foundation
import HTTPTypes
import PlanningDomain
import Testing
import WorkspaceStore

/// Issue 12's pages: the group's public page and registration form with each refusal (missing consent, a bad
/// e-mail address, too many attempts, the honeypot, an unknown key), the confirmation with the personal link,
/// and staff's recruitment view with the chart and the entry of registrations taken by phone or by mail.
@Suite struct RecruitmentPageTests {
    /// The public page's path, as staff's recruitment view shows it.
    static func publicPath(_ browser: Browser) async throws -> String {
        try await browser.signIn()
        let page = try await browser.get("/staff/groups/g/recruitment")
        #expect(page.status == .ok)
        let range = try #require(page.text.range(of: "http://127.0.0.1:8080/r/"))
        return "/r/" + page.text[range.upperBound...].prefix { $0 != "\"" && $0 != "<" }
    }

    static func person(
        _ name: String,
        email: String = "",
        consent: Bool = true,
        honeypot: String = ""
    )
        -> [(String, String)]
    {
        var fields = [
            ("name", name), ("email", email), ("phone", ""), ("language", "fr"), ("source", "partner"),
            ("website", honeypot),
        ]
        if consent { fields.append(("consent", "1")) }
        return fields
    }

    @Test func aPersonRegistersAndGetsTheirLinkWhichOpensTheirPage() async throws {
        let fixture = try ServerFixture()
        fixture.limits.linksPerClient = 20
        try await fixture.withClient { browser in
            let path = try await Self.publicPath(browser)
            let page = try await browser.get(path)
            #expect(page.status == .ok)
            #expect(page.contains("Groupe de parole deuil") && page.contains("name=\"consent\""))
            #expect(!page.contains("Personne P01"))
            #expect(!page.contains("&quot;_&quot;") && !page.contains("\"_\":"))
            let done = try await browser.post(path, Self.person("Zoé Nouvelle", email: "zoe@mail.example"))
            #expect(done.status == .ok)
            #expect(done.contains("votre inscription est enregistrée"))
            let link = try #require(done.text.range(of: "http://127.0.0.1:8080/p/"))
            let token = String(done.text[link.upperBound...].prefix { $0 != "\"" && $0 != "<" })
            #expect(try await browser.get("/p/\(token)").status == .ok)
        }
        let registrations = try fixture.workspace.read { try $0.registrations(of: "g") }
        #expect(registrations.map(\.registration.source) == [.partner])
        #expect(registrations.first?.consentVersion == Register.consentVersion)
        #expect(try fixture.workspace.read { try $0.linkMessages(group: "g", states: nil) }.count == 1)
    }

    @Test func everyRefusalStoresNothing() async throws {
        let fixture = try ServerFixture()
        fixture.limits.linksPerClient = 20
        try await fixture.withClient { browser in
            let path = try await Self.publicPath(browser)
            try await browser.get(path)
            let noConsent = try await browser.post(path, Self.person("A", email: "a@mail.example", consent: false))
            #expect(noConsent.status == .unprocessableContent && noConsent.contains("consentement"))
            #expect(noConsent.contains("value=\"a@mail.example\""))
            let badEmail = try await browser.post(path, Self.person("B", email: "b@"))
            #expect(badEmail.status == .unprocessableContent)
            let noContact = try await browser.post(path, Self.person("C"))
            #expect(noContact.status == .unprocessableContent)
            let robot = try await browser.post(path, Self.person("D", email: "d@mail.example", honeypot: "http://spam"))
            #expect(robot.status == .ok && robot.contains("votre demande est reçue") && !robot.contains("/p/"))
            let forged = try await browser.post(path, Self.person("E", email: "e@mail.example"), csrf: "x")
            #expect(forged.status == .forbidden)
            #expect(try await browser.get("/r/" + String(repeating: "0", count: 32)).status == .notFound)
        }
        #expect(try fixture.workspace.read { try $0.registrations(of: "g") }.isEmpty)
        #expect(try fixture.workspace.read { try $0.participantIDs(of: "g") }.count == 4)
    }

    @Test func tooManyAttemptsFromOneClientAreRefused() async throws {
        let fixture = try ServerFixture()
        fixture.limits.linksPerClient = 3
        try await fixture.withClient { browser in
            let path = try await Self.publicPath(browser)
            try await browser.get(path)
            for number in 1...3 {
                let page = try await browser.post(path, Self.person("P\(number)", email: "p\(number)@mail.example"))
                #expect(page.status == .ok)
            }
            #expect(
                try await browser.post(path, Self.person("P4", email: "p4@mail.example")).status == .tooManyRequests
            )
            #expect(try await browser.get(path).status == .tooManyRequests)
        }
        #expect(try fixture.workspace.read { try $0.registrations(of: "g") }.count == 3)
    }

    @Test func staffSeeTheChartAndEnterAPhoneRegistration() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            let page = try await browser.get("/staff/groups/g/recruitment")
            #expect(page.contains("prêt à planifier") && page.contains("recruitment.svg"))
            let chart = try await browser.get("/staff/groups/g/recruitment.svg")
            #expect(chart.status == .ok && chart.text.contains("<svg"))
            let fields = [
                ("name", "Par Téléphone"), ("email", ""), ("phone", "+41 21 555 12 34"), ("language", "de"),
                ("source", "phone"),
            ]
            let refused = try await browser.post("/staff/groups/g/recruitment", fields)
            #expect(refused.status == .unprocessableContent)
            let added = try await browser.post("/staff/groups/g/recruitment", fields + [("consent", "1")])
            #expect(added.status == .ok && added.contains("Inscription p05 enregistrée"))
            // French typography: a space before the colon, in the sources and the caption.
            let after = try await browser.get("/staff/groups/g/recruitment")
            #expect(after.contains("<li>Téléphone : 1</li>"), "\(after.text)")
            #expect(!after.contains("maximale:"))
        }
        #expect(try fixture.workspace.read { try $0.registrations(of: "g") }.map(\.registration.source) == [.phone])
    }
}
