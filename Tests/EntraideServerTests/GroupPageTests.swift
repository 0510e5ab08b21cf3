import EntraideServer
import EntraideService
import Foundation
import HTTPTypes
import PlanningDomain
import Testing
import WorkspaceStore

/// The staff's group page: registrations, candidate dates, settings, answers by phone, links; every form
/// refused without its token.
@Suite struct GroupPageTests {
    @Test func theGroupListShowsPhaseRegistrationsAndWarnings() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            let page = try await browser.get("/staff")
            #expect(page.contains("réponses en cours"))
            #expect(page.contains("4 (quorum 2)"))
            #expect(page.contains("href=\"/staff/groups/g\""))
        }
    }

    @Test func staffAddEditAndWithdrawARegistration() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let added = try await browser.post(
                "/staff/groups/g/participants",
                [
                    ("name", "Zoé <Müller>"), ("email", "zoe@mail.example"), ("phone", "079 123 45 67"),
                    ("language", "de"),
                    ("stepFree", "1"), ("source", "phone"), ("consent", "1"),
                ]
            )
            #expect(added.status == .seeOther)
            #expect(added.location?.hasPrefix("/staff/groups/g?done=personAdded&id=p05") == true)
            let page = try await browser.get(try #require(added.location))
            #expect(page.contains("p05 est inscrit·e."))
            #expect(page.contains("Zoé &lt;Müller&gt;"))
            #expect(!page.contains("Zoé <Müller>"))
            let scenario = try #require(try fixture.workspace.read { try $0.scenario(of: "g") })
            let person = try #require(scenario.participant("p05"))
            #expect(person.language == .german)
            #expect(person.needsStepFreeAccess)
            #expect(try fixture.workspace.read { try $0.phones(of: "g") }["p05"] == "079 123 45 67")
            #expect(try fixture.workspace.read { try $0.registrations(of: "g") }.map(\.registration.source) == [.phone])

            try await browser.get("/staff/groups/g/participants/p05")
            let edited = try await browser.post(
                "/staff/groups/g/participants/p05",
                [("name", "Zoé Müller"), ("email", "zoe.m@mail.example"), ("phone", ""), ("language", "it")]
            )
            #expect(edited.status == .seeOther)
            let after = try #require(try fixture.workspace.read { try $0.scenario(of: "g") }?.participant("p05"))
            #expect(after.email == "zoe.m@mail.example")
            #expect(after.language == .italian)
            #expect(!after.needsStepFreeAccess)
            #expect(try fixture.workspace.read { try $0.phones(of: "g") }["p05"] == nil)

            try await browser.get("/staff/groups/g/participants/p05")
            let refused = try await browser.post("/staff/groups/g/participants/p05/withdraw", [])
            #expect(refused.status == .badRequest)
            let withdrawn = try await browser.post("/staff/groups/g/participants/p05/withdraw", [("confirm", "1")])
            #expect(withdrawn.status == .seeOther)
            #expect(try fixture.workspace.read { try $0.withdrawnParticipants(of: "g") }.map(\.id) == ["p05"])
        }
    }

    @Test func anIncompleteRegistrationSaysWhichFields() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let page = try await browser.post(
                "/staff/groups/g/participants",
                [("name", ""), ("email", "not an address"), ("language", "fr")]
            )
            #expect(page.status == .badRequest)
            #expect(page.contains("L’inscription n’est pas complète : le nom, l’e-mail."))
            #expect(try fixture.workspace.read { try $0.participantIDs(of: "g") }.count == 4)
        }
    }

    @Test func everyGroupFormIsRefusedWithoutItsToken() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let forms: [(String, [(String, String)])] = [
                ("/staff/groups/g/participants", [("name", "X"), ("email", "x@mail.example"), ("language", "fr")]),
                ("/staff/groups/g/candidates", [("kind", "information"), ("date", "2027-03-02"), ("start", "18:30")]),
                ("/staff/groups/g/settings", [("open", "1")]),
                ("/staff/groups/g/participants/p01", [("name", "X"), ("email", "x@mail.example"), ("language", "fr")]),
                ("/staff/groups/g/participants/p01/answers", [("answer-information-a", "no")]),
                ("/staff/groups/g/participants/p01/withdraw", [("confirm", "1")]),
                ("/staff/groups/g/participants/p01/link", []),
                ("/staff/groups/g/participants/p01/link/revoke", []),
                ("/staff/groups/g/participants/p01/link/send", []),
                ("/staff/groups/g/publish", [("preview", "x")]),
                ("/staff/outbox/send", []),
            ]
            for (path, fields) in forms {
                let bad = try await browser.post(path, fields, csrf: String(repeating: "a", count: 64))
                #expect(bad.status == .forbidden, "\(path)")
                #expect(bad.contains("Formulaire expiré"), "\(path)")
            }
            #expect(try fixture.workspace.read { try $0.participantIDs(of: "g") }.count == 4)
            #expect(try fixture.given("p01")["information-a"]?.count == 1)
        }
    }

    @Test func aFormFromAnotherSiteIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let page = try await browser.post(
                "/staff/groups/g/settings",
                [("open", "1")],
                origin: "https://evil.example"
            )
            #expect(page.status == .forbidden)
        }
    }

    @Test func staffAddOneDateAndAWindow() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let one = try await browser.post(
                "/staff/groups/g/candidates",
                [
                    ("kind", "information"), ("venue", "big"), ("facilitator", "anne"), ("duration", ""),
                    ("date", "2027-01-19"), ("start", "18:30"),
                ]
            )
            #expect(one.status == .seeOther)
            let window = try await browser.post(
                "/staff/groups/g/candidates/window",
                [
                    ("kind", "founding1"), ("venue", "old"), ("facilitator", "anne"), ("duration", "150"),
                    ("from", "2027-02-01"), ("to", "2027-02-28"), ("weekday", "2"), ("weekday", "4"),
                    ("starts", "18:00, 18:30"),
                ]
            )
            #expect(window.status == .seeOther)
            #expect(window.location?.contains("done=datesAdded&count=16") == true)
            let candidates = try #require(try fixture.workspace.read { try $0.scenario(of: "g") }?.candidates)
            let added = candidates.filter { $0.id.rawValue.hasPrefix("f1-202702") }
            #expect(added.count == 16)
            #expect(added.allSatisfy { $0.durationMinutes == 150 && $0.venue == "old" })
            #expect(candidates.contains { $0.id == "info-20270119-1830" && $0.durationMinutes == 90 })
            let page = try await browser.get(try #require(window.location))
            #expect(page.contains("16 dates ajoutées."))
            #expect(page.contains("mardi 2 février 2027, 18 h – 20 h 30"))
            let reversed = try await browser.post(
                "/staff/groups/g/candidates/window",
                [
                    ("kind", "founding1"), ("venue", "old"), ("facilitator", "anne"), ("from", "2027-03-01"),
                    ("to", "2027-02-01"), ("starts", "18:00"),
                ]
            )
            #expect(reversed.status == .badRequest)
            #expect(reversed.contains("la fin précède le début"))
        }
    }

    @Test func answersTakenByPhoneKeepTheirSource() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g/participants/p02")
            let recorded = try await browser.post(
                "/staff/groups/g/participants/p02/answers",
                [("answer-information-a", "no"), ("answer-founding1-a", "if-need-be"), ("answer-founding2-a", "")]
            )
            #expect(recorded.status == .seeOther)
            let given = try fixture.given("p02")
            #expect(given["information-a"]?.first?.availability == .no)
            #expect(given["information-a"]?.first?.origin == AnswerOrigin(.recorded, detail: "phone"))
            #expect(given["founding1-a"]?.first?.availability == .ifNeedBe)
            #expect(given["founding2-a"]?.first?.origin.kind == .scenario)
            let page = try await browser.get(try #require(recorded.location))
            #expect(page.contains("2 réponses enregistrées par téléphone."))
            #expect(page.contains("Non (par téléphone, mercredi 25 novembre 2026, 10 h)"))
        }
    }

    @Test func aLinkIsShownOnceAndReissuingRotatesIt() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g/participants/p01")
            let first = try await browser.post("/staff/groups/g/participants/p01/link", [])
            #expect(first.status == .ok)
            let url = try #require(Self.link(in: first.text))
            #expect(url.hasPrefix("http://127.0.0.1:8080/p/"))
            let token = String(url.dropFirst("http://127.0.0.1:8080/p/".count))
            #expect(token.count == 43)
            #expect(try await browser.get("/p/\(token)").status == .ok)
            try await browser.get("/staff/groups/g/participants/p01")
            let second = try #require(
                Self.link(in: try await browser.post("/staff/groups/g/participants/p01/link", []).text)
            )
            #expect(second != url)
            #expect(try await browser.get("/p/\(token)").status == .notFound)
            let newToken = String(second.dropFirst("http://127.0.0.1:8080/p/".count))
            #expect(try await browser.get("/p/\(newToken)").status == .ok)
            try await browser.get("/staff/groups/g/participants/p01")
            let revoked = try await browser.post("/staff/groups/g/participants/p01/link/revoke", [])
            #expect(revoked.location?.contains("done=linkRevoked") == true)
            #expect(try await browser.get("/p/\(newToken)").status == .notFound)
            let page = try await browser.get("/staff/groups/g/participants/p01")
            #expect(!page.contains(newToken))
        }
    }

    /// The personal link shown on the page (the read-only field's value).
    static func link(in html: String) -> String? {
        guard let range = html.range(of: "id=\"personal-link\" readonly value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}
