import EntraideService
import EntraideTestSupport
import Foundation
import PlanningDomain
import Testing
import WorkspaceStore

/// The initiator's personal link goes by e-mail at once, in their language; a refusal leaves the offer as it
/// was, so staff can pass the link on.
@Suite struct SendIntakeLinkTests {
    static let url = "https://entraide.example/intake/abc"

    @Test func theInitiatorReceivesTheirLinkInTheirLanguage() throws {
        let fixture = try RecruitmentUseCaseTests.published()
        try RecruitmentUseCaseTests().invite("i1", 1, in: fixture)
        let transport = FakeTransport()
        let answer = try SendIntakeLink(workspace: fixture.workspace, transport: transport)
            .run("i1", url: Self.url, at: ServiceFixture.now)
        #expect(answer == "250 accepted by the fake server")
        let mail = SendRecruitmentMessagesTests.decoded(try #require(transport.messages.first))
        #expect(mail.contains("To: \"Initiatrice\" <init@mail.example>"))
        #expect(mail.contains("Bonjour Initiatrice,") && mail.contains(Self.url))
        #expect(mail.contains("Anne Facilitatrice"), "names the staff member who will hold the interview")
    }

    @Test func aRefusalIsADeliveryErrorAndTheOfferStays() throws {
        let fixture = try RecruitmentUseCaseTests.published()
        try RecruitmentUseCaseTests().invite("i1", 1, in: fixture)
        let refused = #expect(throws: ServiceError.self) {
            try SendIntakeLink(workspace: fixture.workspace, transport: FakeTransport(failAt: 0))
                .run("i1", url: Self.url, at: ServiceFixture.now)
        }
        #expect(refused?.code == .delivery && refused?.message.contains("init@mail.example") == false)
        #expect(try fixture.workspace.read { try $0.intakeBooking("i1") }?.status == .offered)
        let unknown = #expect(throws: ServiceError.self) {
            try SendIntakeLink(workspace: fixture.workspace, transport: FakeTransport())
                .run("nope", url: Self.url, at: ServiceFixture.now)
        }
        #expect(unknown?.code == .unknownID)
    }
}
