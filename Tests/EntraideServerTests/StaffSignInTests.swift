import EntraideServer
import EntraideService
import Foundation
import HTTPTypes
import Testing
import WorkspaceStore

/// Signing in and out: the session cookie's attributes, every refusal, and limits that survive a restart.
@Suite struct StaffSignInTests {
    @Test func staffPagesSendStrangersToTheSignInPage() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            let page = try await browser.get("/staff")
            #expect(page.status == .seeOther)
            #expect(page.location == "/staff/sign-in")
            let form = try await browser.post("/staff/groups/g/participants", [("name", "X")], csrf: "")
            #expect(form.status == .forbidden)
        }
    }

    @Test func aRightPasswordOpensASessionWithStrictCookies() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            let form = try await browser.get("/staff/sign-in")
            #expect(form.status == .ok)
            #expect(form.setCookies.first?.contains("HttpOnly") == true)
            let signedIn = try await browser.signIn()
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.location == "/staff")
            let cookie = try #require(signedIn.setCookies.first { $0.hasPrefix("entraide_staff=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            let groups = try await browser.get("/staff")
            #expect(groups.status == .ok)
            #expect(groups.contains("Groupe de parole deuil"))
        }
    }

    @Test func cookiesAreSecureBehindHTTPS() async throws {
        let fixture = try ServerFixture()
        fixture.baseURL = "https://entraide.example.ch"
        try await fixture.withClient { browser in
            let signedIn = try await browser.signIn()
            let cookie = try #require(signedIn.setCookies.first { $0.hasPrefix("entraide_staff=") })
            #expect(cookie.contains("Secure"))
            #expect(signedIn.headers[.strictTransportSecurity] != nil)
        }
    }

    @Test func aWrongPasswordAndAnUnknownNameGetTheSameRefusal() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            let wrong = try await browser.signIn(password: "not the password")
            #expect(wrong.status == .forbidden)
            #expect(wrong.contains("Nom d’utilisateur ou mot de passe incorrect."))
            #expect(!wrong.setCookies.contains { $0.hasPrefix("entraide_staff=") })
            try await browser.get("/staff/sign-in")
            let unknown = try await browser.post(
                "/staff/sign-in",
                [("name", "nobody"), ("password", "whatever it is")]
            )
            #expect(unknown.status == .forbidden)
            #expect(unknown.text == wrong.text)
        }
    }

    @Test func aSignInWithoutItsFormTokenIsRefused() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.get("/staff/sign-in")
            let missing = try await browser.post(
                "/staff/sign-in",
                [("name", "anne"), ("password", ServerFixture.password)],
                csrf: ""
            )
            #expect(missing.status == .forbidden)
            let forged = try await browser.post(
                "/staff/sign-in",
                [("name", "anne"), ("password", ServerFixture.password)],
                csrf: String(repeating: "0", count: 64)
            )
            #expect(forged.status == .forbidden)
            #expect(!browser.hasCookie("entraide_staff"))
        }
    }

    @Test func tooManyFailuresLockTheAccountEvenAcrossARestart() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            for _ in 0..<3 {
                let wrong = try await browser.signIn(password: "wrong password!")
                #expect(wrong.status == .forbidden)
            }
            let locked = try await browser.signIn()
            #expect(locked.status == .tooManyRequests)
            #expect(locked.headers[.retryAfter] == "900")
        }
        // A new server on the same workspace: the count was stored.
        try await fixture.withClient { browser in
            let passed = try await browser.signIn().status == .tooManyRequests
            #expect(passed)
        }
        fixture.advance(seconds: 901)
        try await fixture.withClient { browser in
            let passed = try await browser.signIn().status == .seeOther
            #expect(passed)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff")
            let out = try await browser.post("/staff/sign-out", [])
            #expect(out.status == .seeOther)
            #expect(out.location == "/staff/sign-in?out=1")
            #expect(try await browser.get("/staff").location == "/staff/sign-in")
        }
    }

    @Test func signingOutNeedsTheFormToken() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff")
            #expect(try await browser.post("/staff/sign-out", [], csrf: "").status == .forbidden)
            #expect(try await browser.get("/staff").status == .ok)
        }
    }

    @Test func aRemovedAccountsSessionStopsWorking() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            #expect(try await browser.get("/staff").status == .ok)
            try StaffAccounts(workspace: fixture.workspace).remove("anne")
            #expect(try await browser.get("/staff").location == "/staff/sign-in")
        }
    }

    @Test func theWorkspaceKeepsNoSessionIDNorPassword() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            let signedIn = try await browser.signIn()
            let cookie = try #require(signedIn.setCookies.first { $0.hasPrefix("entraide_staff=") })
            let id = String(cookie.dropFirst("entraide_staff=".count).prefix { $0 != ";" })
            let hash = try #require(try StaffAccounts(workspace: fixture.workspace).passwordHash(of: "anne"))
            #expect(hash.hasPrefix("$2b$"))
            #expect(!hash.contains(ServerFixture.password))
            #expect(
                try fixture.workspace.read { try $0.webSession(Secrets.digest(of: "staff." + id), at: fixture.now) }
                    != nil
            )
        }
    }
}
