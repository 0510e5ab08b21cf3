import EntraideServer
import EntraideService
import Foundation
import HTTPTypes
import PlanningDomain
import Testing

/// What every response carries and never carries: a strict Content-Security-Policy, no inline script or
/// style, noindex, no third-party address; errors without personal data or internals; bounded bodies.
@Suite struct SecurityTests {
    @Test func everyPageIsStrictAndSelfContained() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        try await fixture.withClient { browser in
            var pages = [try await browser.get("/staff/sign-in")]
            try await browser.signIn()
            for path in [
                "/staff", "/staff/groups/g", "/staff/groups/g/participants/p01", "/staff/groups/g/plan",
                "/staff/groups/g/publish", "/staff/groups/g/messages", "/staff/outbox", "/p/\(token)",
                "/p/\(Secrets.newToken())", "/staff/groups/nothing", "/no/such/page",
            ] {
                pages.append(try await browser.get(path))
            }
            for page in pages {
                let csp = try #require(page.headers[.contentSecurityPolicy])
                #expect(csp.contains("default-src 'none'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.headers[.init("X-Robots-Tag")!] == "noindex, nofollow")
                #expect(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
                #expect(!page.contains("<script"))
                #expect(!page.contains(" style="))
                #expect(!page.contains("<style"))
                // A missing value never reaches a page as Swift's « nil ».
                #expect(!page.contains(">nil<") && !page.contains("\nnil\n") && !page.contains(">nil\n"))
                #expect(!page.contains("https://"))
                #expect(!page.contains("http://") || page.contains("http://127.0.0.1:8080"))
            }
        }
    }

    @Test func errorsShowNoInternalsAndNoPersonalData() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            let missing = try await browser.get("/staff/groups/nothing")
            #expect(missing.status == .notFound)
            #expect(missing.contains("Page introuvable"))
            let invalid = try await browser.get("/staff/groups/..%2F..")
            #expect(invalid.status == .notFound)
            let person = try await browser.get("/staff/groups/g/participants/p99")
            #expect(person.status == .notFound)
            for page in [missing, invalid, person] {
                #expect(!page.contains("Swift"))
                #expect(!page.contains(".swift"))
                #expect(!page.contains("Personne P0"))
                #expect(!page.contains("@mail.example"))
            }
        }
    }

    @Test func anOversizedFormIsRefused() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        try await fixture.withClient { browser in
            try await browser.get("/p/\(token)")
            let big = String(repeating: "x", count: 70 * 1024)
            let page = try await browser.post("/p/\(token)/answers", [("answer-information-a", "yes"), ("pad", big)])
            #expect(page.status == .contentTooLarge)
            #expect(page.contains("Fichier trop grand"))
        }
    }

    @Test func robotsAreToldToStayOut() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            let robots = try await browser.get("/robots.txt")
            #expect(robots.text == "User-agent: *\nDisallow: /\n")
            #expect(try await browser.get("/").location == "/staff")
        }
    }

    @Test func staffPagesFollowTheBrowsersLanguage() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            browser.acceptLanguage = "it-CH,it;q=0.9,en;q=0.5"
            let page = try await browser.get("/staff/sign-in")
            #expect(page.contains("<html lang=\"it\">"))
            #expect(page.contains("Accesso del personale"))
        }
    }
}
