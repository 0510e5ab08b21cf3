import EntraideService
import EntraideTestSupport
import PlanningDomain
import Testing
import WorkspaceStore

/// Sending the outbox: "sent" only once the server accepted, a refusal stops with the rest pending, nothing
/// sent twice, interrupted attempts uncertain until staff requeue them.
@Suite struct SendOutboxTests {
    private func published() throws -> (ServiceFixture, Int) {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group().scenario)
        let outcome = try fixture.publish()
        #expect(outcome.run?.number.rawValue == 1)
        return (fixture, outcome.messages.count)
    }

    @Test func everyMessageIsSentOnceAndRecordedWithTheServersAnswer() throws {
        let (fixture, count) = try published()
        #expect(count == 4 * 4 + 4, "four participants and the facilitator, four sessions")
        let transport = FakeTransport()
        let outcome = try SendOutbox(workspace: fixture.workspace, transport: transport).run(now: ServiceFixture.now)
        #expect(outcome.sent.count == count && outcome.failed == nil && outcome.pending == 0)
        #expect(transport.messages.count == count)
        let entries = try fixture.outbox()
        #expect(
            entries.allSatisfy { $0.state == .sent(answer: "250 accepted by the fake server", at: ServiceFixture.now) }
        )
        let again = try SendOutbox(workspace: fixture.workspace, transport: transport).run(now: ServiceFixture.later)
        #expect(again.sent.isEmpty && transport.messages.count == count)
    }

    @Test func aRefusalStopsTheRunAndTheRetrySendsTheRest() throws {
        let (fixture, count) = try published()
        let failing = FakeTransport(failAt: 5)
        let first = try SendOutbox(workspace: fixture.workspace, transport: failing).run(now: ServiceFixture.now)
        #expect(first.sent.count == 5 && first.pending == count - 6)
        let failed = try #require(first.failed)
        #expect(failed.state == .failed(reason: "550 refused by the fake server.", at: ServiceFixture.now))
        let states = try fixture.outbox().map(\.state.kind)
        #expect(states.filter { $0 == .sent }.count == 5)
        #expect(states.filter { $0 == .failed }.count == 1)
        #expect(states.filter { $0 == .pending }.count == count - 6)
        let good = FakeTransport()
        let retry = try SendOutbox(workspace: fixture.workspace, transport: good).run(now: ServiceFixture.later)
        #expect(retry.sent.count == count - 5 && good.messages.count == count - 5)
        #expect(Set(failing.messages + good.messages).count == count, "no message twice")
    }

    @Test func anAttemptInterruptedWhileSendingIsUncertainAndWaitsForStaff() throws {
        let (fixture, count) = try published()
        let first = try #require(try fixture.outbox().first)
        // What a run killed during the SMTP conversation leaves.
        try fixture.workspace.write { try $0.markSending(first.id, at: ServiceFixture.now) }
        let transport = FakeTransport()
        let outcome = try SendOutbox(workspace: fixture.workspace, transport: transport).run(now: ServiceFixture.now)
        #expect(outcome.sent.count == count - 1)
        #expect(outcome.uncertain.map(\.id) == [first.id])
        #expect(transport.messages.count == count - 1, "the uncertain one is not sent again by itself")
        try SendOutbox.requeue([first.id], in: fixture.workspace)
        let resent = try SendOutbox(workspace: fixture.workspace, transport: transport).run(now: ServiceFixture.later)
        #expect(resent.sent.map(\.id) == [first.id] && resent.uncertain.isEmpty)
        #expect(transport.messages.count == count)
    }

    @Test func nothingChangedRecordsNothing() throws {
        let (fixture, count) = try published()
        let again = try fixture.publish(at: ServiceFixture.later)
        #expect(again.run == nil && again.messages.isEmpty)
        #expect(again.latestRun?.number.rawValue == 1)
        #expect(try fixture.outbox().count == count)
    }
}
