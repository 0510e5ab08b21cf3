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

/// Publishing the workshop runs of the coordinator's calendar through the outbox: the right messages once, an
/// update (SEQUENCE + 1) for a move, a CANCEL for a dropped enrolment, letters for the waiting list.
@Suite struct PublishWorkshopsTests {
    /// A workspace with one group and an `ecoute` workshop (at most two places) that x1, x2 and x3 want.
    private func fixture() throws -> (ServiceFixture, MemoryFiles) {
        let fixture = try ServiceFixture()
        try fixture.importScenario(ServiceFixture.group("first").scenario)
        let files = MemoryFiles([
            "ateliers.yaml": Array(ServiceFixture.ecouteCatalogue.utf8),
            "interets.yaml": Array(
                """
                interest:
                  - {id: x1, name: Xénia Un, email: x1@mail.example, workshops: [ecoute],
                     answers: {ecoute-20270313-0930-big: yes}}
                  - {id: x2, name: Xavier Deux, email: x2@mail.example, language: de, workshops: [ecoute],
                     answers: {ecoute-20270313-0930-big: yes}}
                  - {id: x3, name: Xeno Trois, email: x3@mail.example, workshops: [ecoute],
                     answers: {ecoute-20270313-0930-big: no}}
                """.utf8
            ),
        ])
        return (fixture, files)
    }

    private func calendar(_ fixture: ServiceFixture, _ files: MemoryFiles) throws -> PlanCalendar.Outcome {
        let request = PlanCalendar.Request(
            source: .workspace(fixture.workspace, workshops: "ateliers.yaml", interest: "interets.yaml"),
            now: ServiceFixture.now,
            iterations: 40
        )
        return try PlanCalendar(files: files).run(request, clock: ContinuousClock())
    }

    private func publish(
        _ fixture: ServiceFixture,
        _ calendar: PlanCalendar.Outcome,
        plan: RegionalPlan? = nil,
        at now: Instant = ServiceFixture.now
    ) throws -> PublishWorkshops.Outcome {
        try PublishWorkshops(workspace: fixture.workspace).run(
            problem: calendar.problem,
            plan: plan ?? calendar.plan,
            people: calendar.people,
            now: now
        )
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The outbox's workshop messages with their bytes.
    private func messages(_ fixture: ServiceFixture) throws -> [OutboxMessage] {
        try fixture.workspace.read { reader in
            try reader.outbox().filter { $0.workshop != nil }.compactMap { try reader.outboxMessage($0.id) }
        }
    }

    @Test func publishingQueuesOneInvitationPerEnrolledPersonAndALetterPerWaitingPerson() throws {
        let (fixture, files) = try fixture()
        let calendar = try calendar(fixture, files)
        let run = try #require(calendar.plan.runs.first)
        #expect(run.slot.id == "ecoute-20270313-0930-big" && run.enrolled == ["x1", "x2"])
        #expect(calendar.plan.waitingLists.flatMap(\.entries).map(\.person) == ["x3"])
        let outcome = try publish(fixture, calendar)
        #expect(outcome.run?.group == nil && outcome.run != nil)
        let queued = try messages(fixture)
        #expect(queued.map(\.entry.recipient) == [.participant("x1"), .participant("x2"), .participant("x3")])
        #expect(queued.map(\.entry.method) == [.request, .request, .letter])
        #expect(queued.map(\.entry.sequence) == [0, 0, 0])
        #expect(queued.map(\.entry.fileStem) == ["invites/x1/ecoute", "invites/x2/ecoute", "waiting/x3/ecoute"])
        #expect(queued.allSatisfy { $0.entry.group == nil && $0.entry.workshop == "ecoute" })
        #expect(queued.allSatisfy { $0.entry.state == .pending })
        let uid = "workshop.ecoute.ecoute-20270313-0930-big@example.org"
        for (message, person) in zip(queued.prefix(2), ["x1", "x2"]) {
            let ics = text(message.ics)
            #expect(message.entry.uid == uid && ics.contains("UID:\(uid)") && ics.contains("SEQUENCE:0"))
            #expect(ics.contains("METHOD:REQUEST"))
            #expect(ics.components(separatedBy: "ATTENDEE").count == 2, "exactly one ATTENDEE")
            #expect(message.envelope.to == "\(person)@mail.example")
            // Discretion: nobody else's name or address.
            for other in ["x1", "x2", "x3"] where other != person {
                #expect(!ics.contains("\(other)@mail.example") && !text(message.eml).contains("\(other)@mail.example"))
            }
            #expect(!text(message.eml).contains("Xeno") && !ics.contains("Xeno"))
        }
        #expect(text(queued[1].eml).contains("Einladung"), "x2 reads German")
        let letter = queued[2]
        #expect(letter.ics.isEmpty && !text(letter.eml).contains("text/calendar"))
        #expect(letter.envelope.to == "x3@mail.example" && !text(letter.eml).contains("Xavier"))
        // The bundle holds the same bytes as the outbox.
        #expect(outcome.bundle[try BundlePath("invites", "x1", "ecoute.ics")] == queued[0].ics)
        #expect(outcome.bundle[try BundlePath("waiting", "x3", "ecoute.eml")] == letter.eml)
        let records = try fixture.workspace.read { try $0.workshopPublications() }
        #expect(records.map(\.person) == ["x1", "x2"] && records.allSatisfy { $0.uid == uid && $0.sequence == 0 })
        #expect(
            try fixture.workspace.read { try $0.waitingNotices() } == [
                WaitingNotice(workshop: "ecoute", person: "x3", rank: 1)
            ]
        )
    }

    @Test func publishingTheSameCalendarAgainQueuesNothing() throws {
        let (fixture, files) = try fixture()
        let first = try calendar(fixture, files)
        _ = try publish(fixture, first)
        let count = try fixture.outbox().count
        // Planned again: the published run is pinned, and nothing changed.
        let again = try calendar(fixture, files)
        #expect(again.problem.publishedRuns == [PublishedRun(workshop: "ecoute", slot: "ecoute-20270313-0930-big")])
        let outcome = try publish(fixture, again, at: ServiceFixture.later)
        #expect(outcome.run == nil && outcome.messages.isEmpty && outcome.bundle.isEmpty)
        #expect(try fixture.outbox().count == count)
    }

    @Test func aMovedRunIsAnUpdateWithTheSameUIDAndTheNextSequence() throws {
        let (fixture, files) = try fixture()
        let calendar = try calendar(fixture, files)
        _ = try publish(fixture, calendar)
        var plan = calendar.plan
        let moved = plan.runs[0].slot.start.adding(minutes: 7 * 24 * 60)
        plan.runs[0].slot.start = moved
        let outcome = try publish(fixture, calendar, plan: plan, at: ServiceFixture.later)
        #expect(outcome.messages.map(\.reason) == [.moved, .moved])
        let updates = try messages(fixture).filter { $0.entry.run == outcome.run?.number }
        #expect(updates.map(\.entry.method) == [.request, .request])
        for update in updates {
            let ics = text(update.ics)
            #expect(ics.contains("UID:workshop.ecoute.ecoute-20270313-0930-big@example.org"))
            #expect(ics.contains("SEQUENCE:1") && ics.contains("20270320T093000"))
        }
        #expect(text(updates[0].eml).contains("de date, d'heure ou de lieu"), "the letter says what changed")
        let records = try fixture.workspace.read { try $0.workshopPublications() }
        #expect(records.allSatisfy { $0.sequence == 1 && $0.start == moved })
    }

    @Test func aDroppedEnrolmentIsACancelAndADroppedRunCancelsEveryone() throws {
        let (fixture, files) = try fixture()
        let calendar = try calendar(fixture, files)
        _ = try publish(fixture, calendar)
        var plan = calendar.plan
        plan.runs[0].enrolled = ["x2", "x3"]
        plan.waitingLists = [WaitingList(workshop: "ecoute", entries: [])]
        let dropped = try publish(fixture, calendar, plan: plan, at: ServiceFixture.later)
        #expect(dropped.messages.map(\.person) == ["x1", "x3"])
        #expect(dropped.messages.map(\.kind) == [.cancel, .request])
        #expect(dropped.messages.map(\.reason) == [.noLongerEnrolled, .new])
        let cancel = try #require(try messages(fixture).first { $0.entry.method == .cancel })
        let ics = text(cancel.ics)
        #expect(ics.contains("METHOD:CANCEL") && ics.contains("STATUS:CANCELLED") && ics.contains("SEQUENCE:1"))
        #expect(ics.contains("RSVP=FALSE") && !ics.contains("VALARM"))
        #expect(cancel.envelope.to == "x1@mail.example" && !ics.contains("x2@") && !ics.contains("x3@"))
        #expect(try fixture.workspace.read { try $0.waitingNotices() }.isEmpty, "x3 left the waiting list")
        // The run dropped: everyone who holds it is told, once.
        plan.runs = []
        let cancelled = try publish(fixture, calendar, plan: plan, at: ServiceFixture.later)
        #expect(cancelled.messages.map(\.person) == ["x2", "x3"])
        #expect(cancelled.messages.allSatisfy { $0.kind == .cancel && $0.reason == .cancelled })
        #expect(cancelled.messages.map(\.sequence) == [1, 1])
        let nothing = try publish(fixture, calendar, plan: plan, at: ServiceFixture.later)
        #expect(nothing.run == nil && nothing.messages.isEmpty)
    }

    @Test func aWaitingLetterGoesOncePerRank() throws {
        let (fixture, files) = try fixture()
        let calendar = try calendar(fixture, files)
        _ = try publish(fixture, calendar)
        #expect(try publish(fixture, calendar).run == nil, "same rank: no letter again")
        var plan = calendar.plan
        let entry = try #require(plan.waitingLists.first?.entries.first)
        var ahead = entry
        ahead.person = "x1"
        var behind = entry
        behind.rank = 2
        plan.runs[0].enrolled = ["x2"]
        plan.waitingLists = [WaitingList(workshop: "ecoute", entries: [ahead, behind])]
        let outcome = try publish(fixture, calendar, plan: plan, at: ServiceFixture.later)
        #expect(outcome.messages.map(\.person) == ["x1", "x1", "x3"])
        #expect(outcome.messages.map(\.kind) == [.cancel, .waiting, .waiting])
        #expect(outcome.messages.map(\.reason) == [.noLongerEnrolled, .waiting, .rankChanged])
    }

    @Test func sendingTheOutboxSendsTheWorkshopMessagesAndRecordsThem() throws {
        let (fixture, files) = try fixture()
        _ = try publish(fixture, try calendar(fixture, files))
        let transport = FakeTransport()
        let sent = try SendOutbox(workspace: fixture.workspace, transport: transport).run(now: ServiceFixture.later)
        #expect(sent.sent.count == 3 && transport.messages.count == 3)
        #expect(try messages(fixture).allSatisfy { $0.entry.state.kind == .sent })
    }

    @Test(.enabled(if: ProjectPython.has("icalendar") && ProjectPython.has("ical"), "needs scripts/test's Python"))
    func theInvitationsAndCancellationsPassTheStrictChecker() throws {
        let (fixture, files) = try fixture()
        let calendar = try calendar(fixture, files)
        let first = try publish(fixture, calendar)
        var plan = calendar.plan
        plan.runs[0].enrolled = ["x2"]
        let second = try publish(fixture, calendar, plan: plan, at: ServiceFixture.later)
        for (index, bundle) in [first.bundle, second.bundle].enumerated() {
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            for path in bundle.paths {
                let url = folder.appending(path.description)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(),
                    withIntermediateDirectories: true
                )
                try Data(bundle[path] ?? []).write(to: url)
            }
            let script = PackageRoot.url.appendingPathComponent("scripts/check-ics.py").path
            let result = try ProjectPython.run(
                "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
                arguments: [script, folder.path]
            )
            #expect(result.status == 0, "publication \(index + 1): \(result.text)\(result.error)")
            #expect(result.text.contains(" passed, 0 failed"))
        }
    }
}
