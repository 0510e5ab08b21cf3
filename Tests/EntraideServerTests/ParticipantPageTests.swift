import EntraideServer
import EntraideService
import Foundation
import HTTPTypes
import PlanningDomain
import Testing
import WorkspaceStore

/// Participants' pages through their personal link: their dates in their language, their answers only, the
/// poll's settings, and every refusal (revoked link, closed poll, another person's link, too many attempts).
@Suite struct ParticipantPageTests {
    @Test func thePageShowsTheDatesInTheirLanguageWithTheRoomAndNobodyElse() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        try await fixture.withClient { browser in
            let page = try await browser.get("/p/\(token)")
            #expect(page.status == .ok)
            #expect(page.contains("<html lang=\"fr\">"))
            #expect(page.contains("<legend>mardi 12 janvier 2027, 18 h 30 – 20 h</legend>"))
            #expect(page.contains("Big, Rue 1<br>Accès de plain-pied."))
            #expect(page.contains("<label for=\"a-information-a-yes\">Oui</label>"))
            #expect(page.contains("<label for=\"a-information-a-if-need-be\">Si nécessaire</label>"))
            #expect(page.contains("value=\"yes\" checked"))
            #expect(page.contains("021 000 00 00"))
            #expect(page.contains("centre@example.org"))
            // Discretion: the title is hidden by default, nobody's name shows, not even theirs.
            #expect(!page.contains("Groupe de parole deuil"))
            for id in ["P01", "P02", "P03", "P04"] { #expect(!page.contains("Personne \(id)")) }
            #expect(!page.contains("p02"))
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(page.headers[.init("Referrer-Policy")!] == "same-origin")
        }
    }

    @Test func germanSpeakersReadGerman() async throws {
        let fixture = try ServerFixture()
        try Registrations(workspace: fixture.workspace).update(
            "p03",
            in: "g",
            with: Registrations.Form(
                name: "Personne P03",
                email: "p03@mail.example",
                phone: "",
                language: "de",
                needsStepFreeAccess: false
            )
        )
        let token = try fixture.link(for: "p03")
        try await fixture.withClient { browser in
            let page = try await browser.get("/p/\(token)")
            #expect(page.contains("<html lang=\"de\">"))
            #expect(page.contains("Ihre Verfügbarkeit"))
            #expect(page.contains("Dienstag, 12. Januar 2027"))
            #expect(page.contains(">Wenn nötig</label>"))
        }
    }

    @Test func answersAreRecordedFromTheWebAndChangeable() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p02")
        try await fixture.withClient { browser in
            try await browser.get("/p/\(token)")
            let saved = try await browser.post(
                "/p/\(token)/answers",
                [("answer-information-a", "if-need-be"), ("answer-founding1-a", "no")]
            )
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/p/\(token)?done=saved")
            let given = try fixture.given("p02")
            #expect(given["information-a"]?.first?.availability == .ifNeedBe)
            #expect(given["information-a"]?.first?.origin == AnswerOrigin(.recorded, detail: "web"))
            let page = try await browser.get("/p/\(token)?done=saved")
            #expect(page.contains("Vos réponses sont enregistrées."))
            #expect(
                page.contains(
                    "id=\"a-information-a-if-need-be\" name=\"answer-information-a\" value=\"if-need-be\" checked"
                )
            )
            fixture.advance(seconds: 60)
            try await browser.post("/p/\(token)/answers", [("answer-information-a", "yes")])
            #expect(try fixture.given("p02")["information-a"]?.first?.availability == .yes)
        }
    }

    @Test func anotherPersonsAnswersCannotBeReachedThroughALink() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        try await fixture.withClient { browser in
            try await browser.get("/p/\(token)")
            // Extra fields naming someone else are ignored: a link speaks for its owner only.
            let saved = try await browser.post(
                "/p/\(token)/answers",
                [("answer-information-a", "no"), ("participant", "p02"), ("group", "other")]
            )
            #expect(saved.status == .seeOther)
            #expect(try fixture.given("p01")["information-a"]?.first?.availability == .no)
            #expect(try fixture.given("p02")["information-a"]?.first?.origin.kind == .scenario)
            // p01's form token does not work with p02's link.
            let other = try fixture.link(for: "p02")
            let refused = try await browser.post("/p/\(other)/answers", [("answer-information-a", "no")])
            #expect(refused.status == .forbidden)
            #expect(try fixture.given("p02")["information-a"]?.first?.origin.kind == .scenario)
        }
    }

    @Test func aDateThatIsNotProposedIsRefused() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        try await fixture.withClient { browser in
            try await browser.get("/p/\(token)")
            let refused = try await browser.post("/p/\(token)/answers", [("answer-not-a-date", "yes")])
            #expect(refused.status == .badRequest)
            let invalid = try await browser.post("/p/\(token)/answers", [("answer-information-a", "maybe")])
            #expect(invalid.status == .badRequest)
        }
    }

    @Test func aClosedPollRefusesChangesAndShowsTheAnswers() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        try GroupPage(workspace: fixture.workspace).change(
            PollSettings(isOpen: false, showsTitle: true, showsCounts: true),
            of: "g"
        )
        try await fixture.withClient { browser in
            let page = try await browser.get("/p/\(token)")
            #expect(page.contains("Groupe de parole deuil : vos disponibilités"))
            #expect(page.contains("Le centre a clos les réponses."))
            #expect(!page.contains("action=\"/p/\(token)/answers\""))
            let refused = try await browser.post("/p/\(token)/answers", [("answer-information-a", "no")])
            #expect(refused.status == .conflict)
            #expect(try fixture.given("p01")["information-a"]?.first?.origin.kind == .scenario)
        }
    }

    @Test func countsShowOnlyWhenStaffChooseAndNeverWho() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        try await fixture.withClient { browser in
            let passed = !(try await browser.get("/p/\(token)").contains("personnes ont répondu"))
            #expect(passed)
        }
        try GroupPage(workspace: fixture.workspace).change(
            PollSettings(isOpen: true, showsTitle: false, showsCounts: true),
            of: "g"
        )
        try await fixture.withClient { browser in
            let page = try await browser.get("/p/\(token)")
            #expect(page.contains("4 personnes ont répondu oui et 0 si nécessaire."))
            #expect(!page.contains("Personne P02"))
        }
    }

    @Test func unknownMalformedAndRevokedLinksGetTheSamePage() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        _ = try PersonalLinks(workspace: fixture.workspace).revoke(for: "p01", in: "g", at: fixture.now)
        try await fixture.withClient { browser in
            let revoked = try await browser.get("/p/\(token)")
            let unknown = try await browser.get("/p/\(Secrets.newToken())")
            let malformed = try await browser.get("/p/not-a-token")
            for page in [revoked, unknown, malformed] {
                #expect(page.status == .notFound)
                #expect(page.contains("Ce lien ne fonctionne pas"))
            }
            #expect(revoked.text == unknown.text)
            #expect(unknown.text == malformed.text)
        }
    }

    @Test func aWithdrawnPersonsLinkStopsWorking() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p04")
        try Registrations(workspace: fixture.workspace).withdraw("p04", in: "g", at: fixture.now)
        try await fixture.withClient { browser in
            let passed = try await browser.get("/p/\(token)").status == .notFound
            #expect(passed)
        }
    }

    @Test func tooManyBadLinksBlockTheClientEvenAcrossARestart() async throws {
        let fixture = try ServerFixture()
        let good = try fixture.link(for: "p01")
        try await fixture.withClient { browser in
            for _ in 0..<4 { #expect(try await browser.get("/p/\(Secrets.newToken())").status == .notFound) }
            let blocked = try await browser.get("/p/\(good)")
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.contains("Trop de tentatives"))
        }
        try await fixture.withClient { browser in
            let passed = try await browser.get("/p/\(good)").status == .tooManyRequests
            #expect(passed)
        }
        fixture.advance(seconds: 901)
        try await fixture.withClient { browser in
            let passed = try await browser.get("/p/\(good)").status == .ok
            #expect(passed)
        }
    }

    @Test func theWorkspaceKeepsOnlyTheLinksDigest() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        let owner = try fixture.workspace.read { try $0.linkOwner(Secrets.digest(of: token)) }
        #expect(owner?.participant == "p01")
        let export = String(decoding: try ExportWorkspace(workspace: fixture.workspace).run(), as: UTF8.self)
        #expect(!export.contains(token))
    }
}
