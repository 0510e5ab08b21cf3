import EntraideService
import EntraideTestSupport
import Foundation
import PlanningDomain
import Testing
import WorkspaceStore

/// Delivering the messages of recruitment: the intake invitations and cancellations reach the initiator and the
/// staff member as iMIP e-mails, the quorum notice reaches the staff member in charge; "sent" only once the
/// server accepted, a refusal stops the run, an interrupted attempt waits for staff, nothing is sent twice.
@Suite struct SendRecruitmentMessagesTests {
    let tests = RecruitmentUseCaseTests.self

    /// A published group of four and interview i1 booked on 12 January at 17:00 at the centre.
    func booked() throws -> ServiceFixture {
        let fixture = try RecruitmentUseCaseTests.published()
        let cases = try RecruitmentUseCaseTests()
        try cases.invite("i1", 1, in: fixture)
        _ = try cases.booking(fixture).run(
            "i1",
            start: RecruitmentUseCaseTests.at("2027-01-12T17:00"),
            mode: .centre,
            place: "Salle B",
            hours: cases.hours(fixture),
            at: ServiceFixture.now
        )
        return fixture
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The decoded parts of an e-mail: its header, and every base64 or quoted-printable body decoded.
    static func decoded(_ mail: [UInt8]) -> String {
        let text = Self.text(mail)
        var parts = [text]
        for block in text.components(separatedBy: "\r\n\r\n").dropFirst() {
            let body = block.components(separatedBy: "\r\n--").first ?? ""
            if let data = Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: "")) {
                parts.append(String(decoding: data, as: UTF8.self))
            }
            parts.append(
                body.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=C3=A9", with: "é")
                    .replacingOccurrences(of: "=E2=80=AF", with: "\u{202F}")
            )
        }
        return parts.joined(separator: "\n")
    }

    @Test func aBookingsTwoInvitationsReachTheInitiatorAndTheStaffMemberOnce() throws {
        let fixture = try booked()
        let transport = FakeTransport()
        let outcome = try SendQueues(workspace: fixture.workspace, transport: transport).run(now: ServiceFixture.later)
        let recruitment = try #require(outcome.recruitment)
        #expect(recruitment.sent.map(\.kind) == [.intakeRequest, .intakeRequest])
        #expect(recruitment.sent.map(\.recipient) == [.initiator, .staff("anne")])
        #expect(recruitment.failed == nil && recruitment.uncertain.isEmpty)
        let stored = try fixture.workspace.read { try $0.recruitmentMessages() }
        #expect(
            stored.allSatisfy {
                $0.delivery == .sent(answer: "250 accepted by the fake server", at: ServiceFixture.later)
            }
        )
        // Invitations of the publication went first, then the two of the interview.
        let mails = transport.messages.suffix(2).map(Self.decoded)
        let (initiator, staff) = (mails[0], mails[1])
        #expect(initiator.contains("To: \"Initiatrice\" <init@mail.example>"))
        #expect(initiator.contains("Content-Type: text/calendar; charset=utf-8; method=REQUEST"))
        #expect(initiator.contains("Bonjour Initiatrice,"))
        #expect(initiator.contains("METHOD:REQUEST\r\n") && initiator.contains("UID:intake.i1@"))
        #expect(staff.contains("To: \"Anne Facilitatrice\" <anne@staff.example>"))
        #expect(!staff.contains("Initiatrice") && !staff.contains("init@mail.example"), "the staff copy names nobody")
        let again = try SendQueues(workspace: fixture.workspace, transport: transport).run(now: ServiceFixture.later)
        #expect(again.sentCount == 0 && transport.messages.count == outcome.sentCount)
    }

    @Test func aCancellationIsSentAsACancelWithTheNextSequence() throws {
        let fixture = try booked()
        _ = try SendQueues(workspace: fixture.workspace, transport: FakeTransport()).run(now: ServiceFixture.later)
        try CancelIntake(workspace: fixture.workspace).run("i1", at: ServiceFixture.later)
        let transport = FakeTransport()
        let outcome = try SendRecruitmentMessages(workspace: fixture.workspace, transport: transport)
            .run(now: ServiceFixture.later)
        #expect(outcome.sent.map(\.kind) == [.intakeCancel, .intakeCancel])
        let initiator = Self.decoded(try #require(transport.messages.first))
        #expect(initiator.contains("method=CANCEL") && initiator.contains("METHOD:CANCEL\r\n"))
        #expect(initiator.contains("SEQUENCE:1\r\n") && initiator.contains("STATUS:CANCELLED\r\n"))
    }

    @Test func aRefusalStopsTheRunAndTheRetrySendsWhatIsLeft() throws {
        let fixture = try booked()
        _ = try SendOutbox(workspace: fixture.workspace, transport: FakeTransport()).run(now: ServiceFixture.now)
        let failing = FakeTransport(failAt: 1)
        let first = try SendRecruitmentMessages(workspace: fixture.workspace, transport: failing)
            .run(now: ServiceFixture.now)
        #expect(first.sent.map(\.recipient) == [.initiator] && first.pending == 0)
        let failed = try #require(first.failed)
        #expect(failed.delivery == .failed(reason: "550 refused by the fake server.", at: ServiceFixture.now))
        let good = FakeTransport()
        let retry = try SendRecruitmentMessages(workspace: fixture.workspace, transport: good)
            .run(now: ServiceFixture.later)
        #expect(retry.sent.map(\.recipient) == [.staff("anne")] && good.messages.count == 1)
    }

    @Test func anInterruptedAttemptIsUncertainUntilStaffQueueItAgain() throws {
        let fixture = try booked()
        _ = try SendOutbox(workspace: fixture.workspace, transport: FakeTransport()).run(now: ServiceFixture.now)
        let first = try #require(try fixture.workspace.read { try $0.recruitmentMessages() }.first)
        // What a run killed during the SMTP conversation leaves.
        try fixture.workspace.write { try $0.markRecruitmentMessageSending(first.id, at: ServiceFixture.now) }
        let transport = FakeTransport()
        let outcome = try SendRecruitmentMessages(workspace: fixture.workspace, transport: transport)
            .run(now: ServiceFixture.now)
        #expect(outcome.sent.count == 1 && outcome.uncertain.map(\.id) == [first.id])
        try SendRecruitmentMessages.requeue(first.id, in: fixture.workspace)
        let resent = try SendRecruitmentMessages(workspace: fixture.workspace, transport: transport)
            .run(now: ServiceFixture.later)
        #expect(resent.sent.map(\.id) == [first.id] && resent.uncertain.isEmpty)
        #expect(transport.messages.count == 2)
    }

    @Test func theQuorumNoticeReachesTheStaffMemberInCharge() throws {
        let cases = try RecruitmentUseCaseTests()
        _ = try cases.register(RecruitmentUseCaseTests.form("Alice", email: "alice@mail.example"))
        let transport = FakeTransport()
        let outcome = try SendQueues(workspace: cases.fixture.workspace, transport: transport)
            .run(now: ServiceFixture.later)
        #expect(outcome.recruitment?.sent.map(\.kind) == [.quorumReachable])
        let mail = Self.decoded(try #require(transport.messages.last))
        #expect(mail.contains("To: \"Anne Facilitatrice\" <anne@staff.example>"))
        #expect(mail.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(!mail.contains("Alice") && !mail.contains("alice@mail.example"))
    }
}
