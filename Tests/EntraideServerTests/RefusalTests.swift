import EntraideServer
import EntraideService
import Foundation
import HTTPTypes
import PlanningDomain
import Testing
import WorkspaceStore

/// The refusals the other suites leave out: the participant's forms after publication without their token, a
/// revoked link on every route of the participant's page, the staff's forms of windows and of sending again
/// without their token, and a link e-mail that failed, sent again.
@Suite struct RefusalTests {
    @Test func theParticipantsFormsAfterPublicationNeedTheirToken() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        try await fixture.withClient { browser in
            try await browser.get("/p/\(token)")
            let forged = String(repeating: "b", count: 64)
            let forms: [(String, [(String, String)])] = [
                ("/p/\(token)/answers", [("answer-information-a", "no")]),
                ("/p/\(token)/sessions/founding1/decline", []),
                ("/p/\(token)/withdraw", [("confirm", "1")]),
            ]
            for (path, fields) in forms {
                for csrf in ["", forged] {
                    let refused = try await browser.post(path, fields, csrf: csrf)
                    #expect(refused.status == .forbidden, "\(path) with token '\(csrf)'")
                }
            }
            // A form sent from another site with the right token is refused too.
            let elsewhere = try await browser.post(
                "/p/\(token)/answers",
                [("answer-information-a", "no")],
                origin: "https://evil.example"
            )
            #expect(elsewhere.status == .forbidden)
        }
        #expect(try fixture.given("p01")["information-a"]?.map(\.origin.kind) == [.scenario])
        let founding1 = try #require(
            try fixture.workspace.read { try $0.publications(of: "g") }.first { $0.kind == .founding1 }
        )
        #expect(founding1.recipients["p01"]?.reply == nil)
        #expect(try fixture.workspace.read { try $0.withdrawnParticipants(of: "g") }.isEmpty)
    }

    @Test func aRevokedLinkOpensNothingAndChangesNothing() async throws {
        let fixture = try ServerFixture()
        fixture.limits.linksPerClient = 20
        let token = try fixture.link(for: "p02")
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        try await fixture.withClient { browser in
            #expect(try await browser.get("/p/\(token)/sessions/information.ics").status == .ok)
            try await browser.get("/p/\(token)")
            try PersonalLinks(workspace: fixture.workspace).revoke(for: "p02", in: "g", at: fixture.now)
            // The page's token is still the browser's: only the link's revocation refuses these.
            #expect(try await browser.get("/p/\(token)").status == .notFound)
            #expect(try await browser.get("/p/\(token)/sessions/information.ics").status == .notFound)
            let answer = try await browser.post("/p/\(token)/answers", [("answer-information-a", "no")])
            #expect(answer.status == .notFound)
            let decline = try await browser.post("/p/\(token)/sessions/founding1/decline", [])
            #expect(decline.status == .notFound)
            let withdraw = try await browser.post("/p/\(token)/withdraw", [("confirm", "1")])
            #expect(withdraw.status == .notFound)
            #expect(withdraw.contains("Ce lien ne fonctionne pas"))
        }
        #expect(try fixture.given("p02")["information-a"]?.map(\.origin.kind) == [.scenario])
        #expect(try fixture.workspace.read { try $0.withdrawnParticipants(of: "g") }.isEmpty)
        let publications = try fixture.workspace.read { try $0.publications(of: "g") }
        #expect(publications.allSatisfy { $0.recipients["p02"]?.reply == nil })
    }

    @Test func theStaffsOtherFormsNeedTheirTokenToo() async throws {
        let fixture = try ServerFixture()
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        let candidates = try #require(try fixture.workspace.read { try $0.scenario(of: "g") }?.candidates)
        let link = try PersonalLinks(workspace: fixture.workspace).queueMail(to: "p03", in: "g", at: fixture.now)
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g")
            let forms: [(String, [(String, String)])] = [
                (
                    "/staff/groups/g/candidates/window",
                    [
                        ("kind", "founding1"), ("venue", "old"), ("facilitator", "anne"), ("from", "2027-02-01"),
                        ("to", "2027-02-28"), ("weekday", "2"), ("starts", "18:30"),
                    ]
                ),
                ("/staff/outbox/1/resend", [("back", "/staff/outbox")]),
                ("/staff/outbox/links/\(link.rawValue)/resend", [("back", "/staff/outbox")]),
            ]
            for (path, fields) in forms {
                let refused = try await browser.post(path, fields, csrf: String(repeating: "c", count: 64))
                #expect(refused.status == .forbidden, "\(path)")
            }
        }
        #expect(try fixture.workspace.read { try $0.scenario(of: "g") }?.candidates == candidates)
        #expect(try fixture.workspace.read { try $0.outbox(group: nil, states: [.pending]) }.count == 20)
    }

    @Test func aLinkEmailThatFailedLeavesTheWorkingLinkAndIsSentAgain() async throws {
        let fixture = try ServerFixture()
        fixture.transport = MemoryTransport(refuses: true)
        let earlier = try fixture.link(for: "p03")
        let issuedAt = fixture.now
        fixture.advance(seconds: 60)
        let id = try PersonalLinks(workspace: fixture.workspace).queueMail(to: "p03", in: "g", at: fixture.now)
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/outbox")
            let failed = try await browser.post("/staff/outbox/send", [("back", "/staff/outbox")])
            #expect(failed.contains("550 refused by the test server."))
            #expect(
                try fixture.workspace.read { try $0.linkMessages(group: "g", states: nil) }.map(\.state.kind)
                    == [.failed]
            )
            // The refused e-mail's link is revoked; the person's earlier link still works.
            #expect(try await browser.get("/p/\(earlier)").status == .ok)
            #expect(try fixture.workspace.read { try $0.linkStates(of: "g") }["p03"] == .active(issuedAt: issuedAt))
            try await browser.get("/staff/outbox")
            let requeued = try await browser.post(
                "/staff/outbox/links/\(id.rawValue)/resend",
                [("back", "/staff/outbox")]
            )
            #expect(requeued.location == "/staff/outbox?done=requeued&id=L\(id.rawValue)")
        }
        #expect(
            try fixture.workspace.read { try $0.linkMessages(group: "g", states: [.pending]) }.map(\.id) == [id]
        )
        // After a restart with a mail server that accepts, the e-mail goes and carries a working link.
        let transport = MemoryTransport()
        fixture.transport = transport
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/outbox")
            let sent = try await browser.post("/staff/outbox/send", [("back", "/staff/outbox")])
            #expect(sent.status == .seeOther)
            let mail = try #require(transport.messages.first)
            let body = try #require(PublishTests.decodedBody(of: mail))
            let start = try #require(body.range(of: "http://127.0.0.1:8080/p/"))
            let token = String(body[start.upperBound...].prefix(43))
            #expect(try await browser.get("/p/\(token)").status == .ok)
            // Once the e-mail went, the link it carries is the only one.
            #expect(try await browser.get("/p/\(earlier)").status == .notFound)
        }
        #expect(
            try fixture.workspace.read { try $0.linkMessages(group: "g", states: nil) }.map(\.state.kind) == [.sent]
        )
    }
}
