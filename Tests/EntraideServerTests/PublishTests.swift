import EntraideServer
import EntraideService
import Foundation
import HTTPTypes
import PlanningDomain
import Testing
import WorkspaceStore

/// The live plan, the preview of what goes to whom, publishing through the outbox, delivery states, sending
/// again; then the participant's sessions, their invitations, declining and withdrawing.
@Suite struct PublishTests {
    @Test func theLivePlanShowsThePlanReportAndTheExplanationWithoutInlineStyle() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            let page = try await browser.get("/staff/groups/g/plan")
            #expect(page.status == .ok)
            #expect(page.contains("<table class=\"grid\" id=\"grid-information\">"))
            #expect(page.contains("<link rel=\"stylesheet\" href=\"/static/report.css\">"))
            #expect(page.contains("Explication"))
            #expect(page.contains("fichier du groupe : 16 réponses"))
            #expect(!page.contains(" style="))
            #expect(!page.contains("<style"))
            let css = try await browser.get("/static/report.css")
            #expect(css.contains(".bar .g-4 { flex-grow: 4; }"))
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        }
    }

    @Test func thePreviewListsEveryMessageAndPublishingPutsThemInTheOutbox() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            let preview = try await browser.get("/staff/groups/g/publish")
            #expect(preview.contains("20 messages seront mis dans la boîte d’envoi"))
            #expect(
                preview.contains("<td>p01</td><td>Français</td><td>Séance d&#39;information</td><td>invitation</td>")
            )
            #expect(preview.contains("anne (animation)"))
            #expect(try fixture.workspace.read { try $0.outbox() }.isEmpty)
            let published = try await browser.post("/staff/groups/g/publish", [("preview", Self.fingerprint(preview))])
            #expect(published.status == .seeOther)
            #expect(published.location == "/staff/groups/g/messages?done=published&run=1&count=20")
            let messages = try await browser.get(try #require(published.location))
            #expect(messages.contains("Publication 1 enregistrée : 20 messages dans la boîte d’envoi."))
            #expect(messages.contains("en attente"))
            #expect(try fixture.workspace.read { try $0.outbox() }.count == 20)
            let again = try await browser.get("/staff/groups/g/publish")
            #expect(again.contains("Rien n’a changé depuis la dernière publication"))
        }
    }

    @Test func publishingRefusesAnOutdatedPreview() async throws {
        let fixture = try ServerFixture()
        try await fixture.withClient { browser in
            try await browser.signIn()
            let preview = try await browser.get("/staff/groups/g/publish")
            try RecordAnswer(workspace: fixture.workspace).run(
                RecordAnswer.Request(
                    group: "g",
                    participant: "p03",
                    slot: "information-a",
                    availability: .no,
                    channel: "phone",
                    at: fixture.now
                )
            )
            let refused = try await browser.post("/staff/groups/g/publish", [("preview", Self.fingerprint(preview))])
            #expect(refused.status == .conflict)
            #expect(refused.contains("Des réponses ont changé depuis l’aperçu"))
            #expect(try fixture.workspace.read { try $0.outbox() }.isEmpty)
        }
    }

    @Test func staffSendTheOutboxAndSeeDeliveryStates() async throws {
        let fixture = try ServerFixture()
        let transport = MemoryTransport()
        fixture.transport = transport
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/outbox")
            let sent = try await browser.post("/staff/outbox/send", [("back", "/staff/groups/g/messages")])
            #expect(sent.location == "/staff/groups/g/messages?done=sent&count=20")
            #expect(transport.messages.count == 20)
            let page = try await browser.get("/staff/groups/g/messages")
            #expect(page.contains("envoyé le mercredi 25 novembre 2026, 10 h"))
            let resent = try await browser.post("/staff/outbox/3/resend", [("back", "/staff/outbox")])
            #expect(resent.location == "/staff/outbox?done=requeued&id=3")
            #expect(
                try fixture.workspace.read { try $0.outbox(group: nil, states: [.pending]) }.map(\.id.rawValue) == [3]
            )
        }
    }

    @Test func aRefusingMailServerLeavesTheMessageFailedAndTheRestPending() async throws {
        let fixture = try ServerFixture()
        fixture.transport = MemoryTransport(refuses: true)
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/outbox")
            let page = try await browser.post("/staff/outbox/send", [("back", "/staff/outbox")])
            #expect(page.status == .ok)
            #expect(page.contains("Le message 1 n’a pas été envoyé : 550 refused by the test server."))
            #expect(page.contains("échec le mercredi 25 novembre 2026, 10 h : 550 refused by the test server."))
            #expect(try fixture.workspace.read { try $0.outbox(group: nil, states: [.pending]) }.count == 19)
        }
    }

    @Test func participantsSeeTheirSessionsDownloadInvitationsAndDecline() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p01")
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        try await fixture.withClient { browser in
            let page = try await browser.get("/p/\(token)")
            #expect(page.contains("Vos séances"))
            #expect(page.contains("href=\"/p/\(token)/sessions/information.ics\""))
            let ics = try await browser.get("/p/\(token)/sessions/founding1.ics")
            #expect(ics.status == .ok)
            #expect(ics.headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(ics.contains("BEGIN:VEVENT"))
            #expect(ics.contains("UID:founding1.g@example.org"))
            #expect(ics.contains("p01@mail.example"))
            #expect(!ics.contains("p02@mail.example"))
            #expect(try await browser.get("/p/\(token)/sessions/workshop.ics").status == .notFound)
            #expect(try await browser.get("/p/\(token)/sessions/nonsense.ics").status == .notFound)

            let declined = try await browser.post("/p/\(token)/sessions/founding1/decline", [])
            #expect(declined.location == "/p/\(token)?done=declined#sessions")
            let publication = try #require(
                try fixture.workspace.read { try $0.publications(of: "g") }.first { $0.kind == .founding1 }
            )
            #expect(publication.recipients["p01"]?.reply == .declined)
            #expect(publication.recipients["p02"]?.reply == nil)
            let after = try await browser.get("/p/\(token)")
            #expect(after.contains("Vous avez indiqué que vous ne viendrez pas."))
        }
    }

    @Test func aParticipantWithdrawsAndTheNextPublicationCancelsTheirCopies() async throws {
        let fixture = try ServerFixture()
        let token = try fixture.link(for: "p02")
        _ = try PublishGroup(workspace: fixture.workspace).run(PublishGroup.Request(group: "g", now: fixture.now))
        try await fixture.withClient { browser in
            try await browser.get("/p/\(token)")
            #expect(try await browser.post("/p/\(token)/withdraw", []).status == .badRequest)
            let done = try await browser.post("/p/\(token)/withdraw", [("confirm", "1")])
            #expect(done.status == .ok)
            #expect(done.contains("Vous vous êtes retiré·e"))
            #expect(try await browser.get("/p/\(token)").status == .notFound)
        }
        #expect(try fixture.workspace.read { try $0.withdrawnParticipants(of: "g") }.map(\.id) == ["p02"])
        let publications = try fixture.workspace.read { try $0.publications(of: "g") }
        #expect(publications.allSatisfy { $0.recipients["p02"]?.reply == .declined })
        let next = try PublishGroup(workspace: fixture.workspace).run(
            PublishGroup.Request(group: "g", now: fixture.now)
        )
        #expect(next.messages.filter { $0.recipient == .participant("p02") }.allSatisfy { $0.isCancel })
        #expect(next.messages.contains { $0.recipient == .participant("p02") })
    }

    @Test func aLinkSentByEmailWorksAndTheWorkspaceNeverHoldsIt() async throws {
        let fixture = try ServerFixture()
        let transport = MemoryTransport()
        fixture.transport = transport
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/groups/g/participants/p03")
            let queued = try await browser.post("/staff/groups/g/participants/p03/link/send", [])
            #expect(queued.location?.contains("done=linkQueued") == true)
            try await browser.get("/staff/outbox")
            try await browser.post("/staff/outbox/send", [("back", "/staff/outbox")])
            let mail = try #require(transport.messages.first)
            #expect(mail.contains("To: <p03@mail.example>"))
            let body = try #require(Self.decodedBody(of: mail))
            let start = try #require(body.range(of: "http://127.0.0.1:8080/p/"))
            let token = String(body[start.upperBound...].prefix(43))
            #expect(try await browser.get("/p/\(token)").status == .ok)
            let export = String(decoding: try ExportWorkspace(workspace: fixture.workspace).run(), as: UTF8.self)
            #expect(!export.contains(token))
            let entries = try fixture.workspace.read { try $0.linkMessages(group: "g", states: nil) }
            #expect(entries.map(\.state.kind) == [.sent])
        }
    }

    /// The preview's fingerprint (the form's hidden field).
    static func fingerprint(_ page: Page) -> String {
        guard let range = page.text.range(of: "name=\"preview\" value=\"") else { return "" }
        return String(page.text[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The text of a base64 `text/plain` e-mail.
    static func decodedBody(of mail: String) -> String? {
        guard let split = mail.range(of: "\r\n\r\n") else { return nil }
        let encoded = mail[split.upperBound...].replacingOccurrences(of: "\r\n", with: "")
        return Data(base64Encoded: encoded).map { String(decoding: $0, as: UTF8.self) }
    }
}
