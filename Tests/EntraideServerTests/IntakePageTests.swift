import EntraideServer
import EntraideService
import Foundation
import HTTPTypes
import PlanningDomain
import Testing
import WorkspaceStore

/// The initiator's intake page through their personal link: free slots, booking, a slot taken meanwhile,
/// moving, cancelling, and a link that opens nothing.
@Suite struct IntakePageTests {
    static func invite(_ id: String, in fixture: ServerFixture) throws -> String {
        let token = Secrets.newToken()
        try InviteInitiator(workspace: fixture.workspace).run(
            id,
            group: "g",
            staff: "anne",
            initiator: Registrations.Form(
                name: "Initiatrice",
                email: "init@mail.example",
                phone: "",
                language: "fr",
                needsStepFreeAccess: false
            ),
            terms: IntakeOfferTerms(
                weekly: ["monday 09:00-12:00"],
                modes: [.centre, .phone],
                from: LocalDate(year: 2026, month: 11, day: 30) ?? LocalDate(dayNumber: 0),
                to: LocalDate(year: 2026, month: 11, day: 30) ?? LocalDate(dayNumber: 0)
            ),
            link: Secrets.digest(of: token),
            at: fixture.now
        )
        return token
    }

    @Test func theInitiatorBooksMovesAndCancelsAndATakenSlotIsRefused() async throws {
        let fixture = try ServerFixture()
        fixture.limits.linksPerClient = 20
        let first = try Self.invite("i1", in: fixture)
        let second = try Self.invite("i2", in: fixture)
        try await fixture.withClient { browser in
            let page = try await browser.get("/intake/\(first)")
            #expect(page.status == .ok && page.contains("value=\"2026-11-30T09:00\""))
            #expect(page.contains("value=\"2026-11-30T11:00\"") && page.contains("au centre"))
            // Every label is a sentence, never a part of the catalogue shown as a dictionary.
            #expect(!page.contains("&quot;_&quot;") && !page.contains("\"_\":"))
            let booked = try await browser.post(
                "/intake/\(first)/book",
                [("slot", "2026-11-30T09:00"), ("mode", "phone")]
            )
            #expect(booked.status == .seeOther, "\(booked)")
            #expect(try await browser.get("/intake/\(first)").contains("Réservé"))
            // The second initiator's page was loaded before the booking: the slot is refused at booking.
            try await browser.get("/intake/\(second)")
            let taken = try await browser.post(
                "/intake/\(second)/book",
                [("slot", "2026-11-30T09:00"), ("mode", "centre")]
            )
            #expect(
                taken.status == .conflict && taken.contains("n’est plus libre"),
                "\(taken) \(taken.text.suffix(600))"
            )
            try await browser.get("/intake/\(first)")
            let moved = try await browser.post(
                "/intake/\(first)/book",
                [("slot", "2026-11-30T11:00"), ("mode", "centre")]
            )
            #expect(moved.status == .seeOther, "\(moved)")
            let cancelled = try await browser.post("/intake/\(first)/cancel", [("confirm", "1")])
            #expect(cancelled.status == .seeOther, "\(cancelled)")
            let forged = try await browser.post("/intake/\(second)/book", [("slot", "2026-11-30T10:00")], csrf: "x")
            #expect(forged.status == .forbidden)
            #expect(try await browser.get("/intake/\(Secrets.newToken())").status == .notFound)
        }
        let stored = try #require(try fixture.workspace.read { try $0.intakeBooking("i1") })
        #expect(stored.status == .cancelled && stored.sequence == 2)
        #expect(try fixture.workspace.read { try $0.intakeBooking("i2") }?.status == .offered)
        let kinds = try fixture.workspace.read { try $0.recruitmentMessages() }.map(\.kind)
        #expect(kinds.filter { $0 == .intakeRequest }.count == 4 && kinds.filter { $0 == .intakeCancel }.count == 2)
    }

    @Test func theStaffSendButtonDeliversTheIntakeInvitations() async throws {
        let fixture = try ServerFixture()
        let transport = MemoryTransport()
        fixture.transport = transport
        let token = try Self.invite("i1", in: fixture)
        try await fixture.withClient { browser in
            try await browser.get("/intake/\(token)")
            let booked = try await browser.post(
                "/intake/\(token)/book",
                [("slot", "2026-11-30T10:00"), ("mode", "phone")]
            )
            #expect(booked.status == .seeOther, "\(booked)")
        }
        try await fixture.withClient { browser in
            try await browser.signIn()
            try await browser.get("/staff/outbox")
            let before = try await browser.get("/staff/outbox")
            #expect(before.contains("<td>R1</td><td>Personne qui ouvre un groupe (entretien i1)</td>"))
            #expect(before.contains("Invitation à l’entretien") && !before.contains("init@mail.example"))
            let sent = try await browser.post("/staff/outbox/send", [("back", "/staff/outbox")])
            #expect(sent.location == "/staff/outbox?done=sent&count=2", "\(sent)")
            let resent = try await browser.post("/staff/outbox/recruitment/1/resend", [("back", "/staff/outbox")])
            #expect(resent.location == "/staff/outbox?done=requeued&id=R1")
        }
        #expect(transport.messages.count == 2)
        let states = try fixture.workspace.read { try $0.recruitmentMessages() }.map(\.delivery.kind)
        #expect(states == [.pending, .sent], "R1 queued again by its button")
        let initiator = try #require(transport.messages.first)
        #expect(initiator.contains("method=REQUEST") && initiator.contains("init@mail.example"))
    }
}
