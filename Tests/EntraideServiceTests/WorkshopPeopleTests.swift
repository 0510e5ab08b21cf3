import EntraideService
import EntraideTestSupport
import Foundation
import OutputFiles
import PlanningDomain
import PlanningInput
import Publication
import RegionalPlanning
import Testing
import WorkspaceStore

/// The people of the workshops are kept truthfully by the workspace: someone who leaves the interest file while
/// holding an invitation receives its CANCEL at the address kept, and a person of the workshops can be forgotten.
@Suite struct WorkshopPeopleTests {
    private static let uid = "workshop.ecoute.ecoute-20270313-0930-big@example.org"

    /// A workspace with group `first` (p01…p04) and an `ecoute` workshop (two places) that x1, x2 and x3 want
    /// (x3 cannot come); `sans-x1.yaml` is the interest file once x1 left and x4 came; `avec-p01.yaml` names p01
    /// (also a participant of `first`) instead of x1.
    private func fixture() throws -> (ServiceFixture, MemoryFiles) {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group("first").scenario)
        let x1 = """
              - {id: x1, name: Xénia Un, email: x1@mail.example, language: it, workshops: [ecoute],
                 answers: {ecoute-20270313-0930-big: yes}}
            """
        let others = """
              - {id: x2, name: Xavier Deux, email: x2@mail.example, language: de, workshops: [ecoute],
                 answers: {ecoute-20270313-0930-big: yes}}
              - {id: x3, name: Xeno Trois, email: x3@mail.example, workshops: [ecoute],
                 answers: {ecoute-20270313-0930-big: no}}
            """
        let x4 = """
              - {id: x4, name: Xanthe Quatre, email: x4@mail.example, workshops: [ecoute],
                 answers: {ecoute-20270313-0930-big: yes}}
            """
        let files = MemoryFiles([
            "ateliers.yaml": Array(ServiceFixture.ecouteCatalogue.utf8),
            "interets.yaml": Array("interest:\n\(x1)\n\(others)\n".utf8),
            "sans-x1.yaml": Array("interest:\n\(others)\n\(x4)\n".utf8),
            "avec-p01.yaml": Array("interest:\n\(x1.replacingOccurrences(of: "x1", with: "p01"))\n\(others)\n".utf8),
        ])
        return (fixture, files)
    }

    private func calendar(
        _ fixture: ServiceFixture,
        _ files: MemoryFiles,
        interest: String = "interets.yaml"
    ) throws -> PlanCalendar.Outcome {
        let request = PlanCalendar.Request(
            source: .workspace(fixture.workspace, workshops: "ateliers.yaml", interest: interest),
            now: ServiceFixture.now,
            iterations: 40
        )
        return try PlanCalendar(files: files).run(request, clock: ContinuousClock())
    }

    private func publish(
        _ fixture: ServiceFixture,
        _ calendar: PlanCalendar.Outcome,
        at now: Instant = ServiceFixture.now
    ) throws -> PublishWorkshops.Outcome {
        try PublishWorkshops(workspace: fixture.workspace).run(calendar, now: now)
    }

    /// The text, long lines unfolded (RFC 5545 §3.1).
    private func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
    }

    private func messages(_ fixture: ServiceFixture) throws -> [OutboxMessage] {
        try fixture.workspace.read { reader in
            try reader.outbox().filter { $0.workshop != nil }.compactMap { try reader.outboxMessage($0.id) }
        }
    }

    @Test func someoneWhoLeavesTheInterestFileReceivesTheCancelAtTheAddressKept() throws {
        let (fixture, files) = try fixture()
        let first = try calendar(fixture, files)
        #expect(first.plan.runs.first?.enrolled == ["x1", "x2"])
        _ = try publish(fixture, first)
        let kept = try fixture.workspace.read { try $0.workshopPeople() }
        #expect(kept.map(\.id) == ["x1", "x2", "x3"] && kept.allSatisfy { $0.status == .active })
        #expect(kept.first?.name == "Xénia Un" && kept.first?.language == .italian)

        // x1 leaves the interest file; x4 takes the place.
        let second = try calendar(fixture, files, interest: "sans-x1.yaml")
        #expect(!second.people.contains { $0.id == "x1" })
        #expect(second.plan.runs.first?.enrolled == ["x2", "x4"])
        let outcome = try publish(fixture, second, at: ServiceFixture.later)
        #expect(outcome.unaddressed.isEmpty)
        #expect(outcome.messages.map(\.person) == ["x1", "x4"])
        #expect(outcome.messages.map(\.kind) == [.cancel, .request])
        #expect(outcome.messages.map(\.reason) == [.noLongerEnrolled, .new])
        let cancel = try #require(try messages(fixture).first { $0.entry.method == .cancel })
        #expect(cancel.entry.recipient == .participant("x1") && cancel.entry.uid == Self.uid)
        #expect(cancel.entry.sequence == 1 && cancel.envelope.to == "x1@mail.example")
        let ics = text(cancel.ics)
        #expect(ics.contains("METHOD:CANCEL") && ics.contains("STATUS:CANCELLED"))
        #expect(ics.contains("UID:\(Self.uid)") && ics.contains("SEQUENCE:1"))
        let attendees = ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("ATTENDEE") }
        #expect(attendees.count == 1 && attendees[0].hasSuffix(":mailto:x1@mail.example"))
        #expect(attendees[0].contains("CN=Xénia Un"), "the name kept")
        #expect(text(cancel.eml).contains("Content-Language: it"), "in the language kept")
        #expect(outcome.bundle[try BundlePath("invites", "x1", "ecoute.ics")] == cancel.ics)
        // Kept as withdrawn, their record cancelled: publishing again sends nothing more.
        let people = try fixture.workspace.read { try $0.workshopPeople() }
        #expect(people.map(\.status) == [.withdrawn, .active, .active, .active])
        let record = try #require(try fixture.workspace.read { try $0.workshopPublications() }.first)
        #expect(record.person == "x1" && record.isCancelled && record.sequence == 1)
        #expect(
            try publish(fixture, calendar(fixture, files, interest: "sans-x1.yaml"), at: ServiceFixture.later).run
                == nil
        )

        // `send` sends it.
        let transport = FakeTransport()
        let sent = try SendOutbox(workspace: fixture.workspace, transport: transport).run(now: ServiceFixture.later)
        #expect(sent.sent.count == 5)
        #expect(transport.messages.contains(cancel.eml))
        let states = try fixture.workspace.read { try $0.outbox() }
        #expect(states.allSatisfy { $0.state.kind == .sent })
    }

    @Test func aForgottenPersonsQueuedInvitationIsNeverSentAndTheirDataIsGone() throws {
        let (fixture, files) = try fixture()
        _ = try publish(fixture, try calendar(fixture, files))
        #expect(try ForgetParticipant(workspace: fixture.workspace).run("x1", in: nil) == .workshops)
        let entries = try fixture.outbox()
        #expect(entries.filter(\.isErased).map(\.recipient) == [.participant("x1")])
        #expect(entries.first { $0.recipient == .participant("x1") }?.state == .pending)
        let transport = FakeTransport()
        let sent = try SendOutbox(workspace: fixture.workspace, transport: transport).run(now: ServiceFixture.later)
        #expect(sent.sent.count == 2 && transport.messages.count == 2, "x2's invitation and x3's letter only")
        #expect(!transport.messages.contains { text($0).contains("x1@mail.example") })
        let person = try #require(try fixture.workspace.read { try $0.workshopPeople() }.first)
        #expect(person == WorkshopPerson(id: "x1", status: .forgotten, name: "", email: "", language: nil))
        let export = String(decoding: try ExportWorkspace(workspace: fixture.workspace).run(), as: UTF8.self)
        #expect(!export.contains("Xénia") && !export.contains("x1@mail.example"))
        #expect(export.contains("\"status\" : \"forgotten\""))
        // Forgetting again is refused as for a group's participant.
        #expect(throws: ServiceError.self) { try ForgetParticipant(workspace: fixture.workspace).run("x1", in: nil) }
    }

    @Test func aForgottenPersonStillInTheInterestFileIsLeftOutAndNeverWrittenTo() throws {
        let (fixture, files) = try fixture()
        _ = try publish(fixture, try calendar(fixture, files))
        try ForgetParticipant(workspace: fixture.workspace).run("x1", scope: .workshops)
        let count = try fixture.outbox().count
        let again = try calendar(fixture, files)
        #expect(!again.problem.interests.contains { $0.person == "x1" })
        #expect(!again.plan.runs.flatMap(\.enrolled).contains("x1"))
        #expect(!again.plan.waitingLists.flatMap(\.entries).map(\.person).contains("x1"))
        #expect(again.bundle.paths.allSatisfy { !$0.description.contains("x1") })
        let outcome = try publish(fixture, again, at: ServiceFixture.later)
        #expect(outcome.forgotten == ["x1"] && outcome.unaddressed.isEmpty)
        #expect(!outcome.messages.contains { $0.person == "x1" })
        let added = try fixture.outbox().dropFirst(count)
        #expect(!added.contains { $0.recipient == .participant("x1") })
        let record = try #require(try fixture.workspace.read { try $0.workshopPublications() }.first)
        #expect(record.person == "x1" && !record.isCancelled && record.sequence == 0, "their record is kept as it was")
        #expect(try fixture.workspace.read { try $0.workshopPeople() }.first?.status == .forgotten)
    }

    @Test func anIdOfAGroupAndOfTheInterestFileNamesTwoPeople() throws {
        let (fixture, files) = try fixture()
        _ = try publish(fixture, try calendar(fixture, files, interest: "avec-p01.yaml"))
        let forget = ForgetParticipant(workspace: fixture.workspace)
        let ambiguous = try #require(throws: ServiceError.self) { try forget.run("p01", in: nil) }
        #expect(ambiguous.isInputError)
        #expect(ambiguous.message.contains("'p01' is a participant of first and a person of the workshops"))
        #expect(ambiguous.message.contains("--workshops"))
        // The person of the workshops only: the group's p01 keeps their name and address.
        #expect(try forget.run("p01", scope: .workshops) == .workshops)
        let group = try #require(try fixture.workspace.read { try $0.scenario(of: "first") })
        #expect(group.participants.first?.id == "p01" && group.participants.first?.email == "p01@mail.example")
        #expect(try fixture.workspace.read { try $0.workshopPeople() }.first?.status == .forgotten)
        // Then the group's: the workshops' tombstone is left as it is.
        #expect(try forget.run("p01", scope: .group("first")) == .group("first"))
        #expect(try fixture.workspace.read { try $0.forgottenParticipants(of: "first") } == ["p01"])
        let unknown = try #require(throws: ServiceError.self) { try forget.run("x9", scope: .workshops) }
        #expect(unknown.isInputError && unknown.message.contains("no person 'x9' of the workshops"))
    }
}
