import Foundation
import PlanningDomain
import Testing
import WorkspaceStore

@Suite struct ForgetTests {
    /// Every byte of the workspace's files: the database, its write-ahead log and its shared memory.
    private func fileBytes(_ folder: TemporaryFolder) -> [UInt8] {
        ["", "-wal", "-shm", "-journal"].flatMap { folder.bytes(Workspace.fileName + $0) }
    }

    @Test func noTraceIsLeftInTheExportNorInTheFile() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var scenario = StoreFixtures.scenario(participants: 8)
        scenario.participants[4].name = "Zélie Quintessence-Forgotten"
        scenario.participants[4].email = "zelie.quintessence@forgotten.example"
        // Several imports leave older versions of the rows in the log and in free pages.
        for round in 0..<3 {
            scenario.participants[4].answers["f2-0209"] = round % 2 == 0 ? .yes : .ifNeedBe
            _ = try workspace.write { try $0.importScenario(scenario) }
        }
        // Their messages in the outbox: one sent (the server quoted the address), one pending, and one to p01.
        let person = scenario.participants[4]
        let minute = OutboxFixtures.instant("2026-11-25T09:01:00Z")
        try workspace.write { writer in
            _ = try writer.recordPublication(
                group: scenario.group.id,
                publications: StoreFixtures.publications(),
                pinned: [:],
                at: OutboxFixtures.now,
                reason: "first publication",
                messages: [
                    OutboxFixtures.draft(to: .participant("p05"), name: person.name, email: person.email),
                    OutboxFixtures.draft(
                        to: .participant("p05"),
                        session: .founding1,
                        name: person.name,
                        email: person.email
                    ),
                    OutboxFixtures.draft(to: .participant("p01")),
                ]
            )
            try writer.markSending(OutboxMessage.ID(1), at: minute)
            try writer.markSent(OutboxMessage.ID(1), answer: "250 Ok <\(person.email)>", at: minute)
        }
        #expect(StoreFixtures.contains(fileBytes(folder), "zelie.quintessence"))
        #expect(try workspace.write { try $0.forget("p05", in: scenario.group.id) })
        // The outbox keeps the ids and states as tombstones, never sends them, and gives no bytes.
        let entries = try workspace.read { try $0.outbox() }
        #expect(entries.map(\.isErased) == [true, true, false])
        #expect(entries[0].state == .sent(answer: "", at: minute) && entries[1].state == .pending)
        #expect(try workspace.read { try $0.outboxMessage(OutboxMessage.ID(2)) } == nil)
        #expect(try workspace.read { try $0.sendableMessages() }.map(\.id.rawValue) == [3])
        let requeue = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.requeue([OutboxMessage.ID(1)]) }
        }
        #expect(requeue.code == .deliveryState && requeue.message.contains("is erased"))
        let export = try workspace.read { try $0.exportJSON() }
        for trace in ["Zélie", "Quintessence", "zelie.quintessence", "forgotten.example"] {
            #expect(!StoreFixtures.contains(export, trace))
            #expect(!StoreFixtures.contains(fileBytes(folder), trace))
        }
        // The others are untouched.
        scenario.participants.remove(at: 4)
        #expect(try workspace.read { try $0.scenario(of: scenario.group.id) } == scenario)
        #expect(try workspace.read { try $0.participants(withEmail: "zelie.quintessence@forgotten.example") }.isEmpty)
    }

    @Test func answersBecomeAnonymousCounts() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let scenario = StoreFixtures.scenario()
        _ = try workspace.write { try $0.importScenario(scenario) }
        let erased = try workspace.write { writer in
            [try writer.forget("p02", in: scenario.group.id), try writer.forget("p04", in: scenario.group.id)]
        }
        #expect(erased == [true, true])
        let json = try JSONSerialization.jsonObject(with: Data(try workspace.read { try $0.exportJSON() }))
        let group = try #require(((json as? [String: Any])?["groups"] as? [[String: Any]])?.first)
        let counts = try #require(group["forgotten-answer-counts"] as? [[String: Any]])
        let triples = counts.map { "\($0["candidate"] ?? "")=\($0["availability"] ?? ""):\($0["count"] ?? "")" }
        // p02 and p04 both answered yes, if-need-be, yes, yes.
        #expect(triples == ["f1-0126=yes:2", "f2-0209=yes:2", "info-0112=yes:2", "info-0116=if-need-be:2"])
        let participants = try #require(group["participants"] as? [[String: Any]])
        let forgotten = participants.filter { $0["status"] as? String == "forgotten" }
        #expect(forgotten.map { $0["id"] as? String } == ["p02", "p04"])
        #expect(forgotten.allSatisfy { Set($0.keys) == ["id", "status"] })
    }

    /// A person who answered through several sources counts once per candidate, with the answer that counted.
    @Test func answersFromSeveralSourcesCountOnce() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var scenario = StoreFixtures.scenario(participants: 2)
        scenario.participants[1].answers = [:]
        let layers = [
            AnswerLayer(origin: .scenario, answers: ["p02": ["f1-0126": .no]]),
            AnswerLayer(
                origin: AnswerOrigin(.poll, detail: "a.csv", order: 1),
                answers: ["p02": ["f1-0126": .yes]]
            ),
        ]
        try workspace.write { writer in
            _ = try writer.importScenario(scenario, answers: layers, at: OutboxFixtures.now)
            try writer.recordAnswer(
                group: scenario.group.id,
                participant: "p02",
                slot: "f1-0126",
                availability: .ifNeedBe,
                channel: "phone",
                at: OutboxFixtures.instant("2026-12-01T10:00:00Z")
            )
        }
        #expect(try workspace.write { try $0.forget("p02", in: nil) })
        let json = try JSONSerialization.jsonObject(with: Data(try workspace.read { try $0.exportJSON() }))
        let group = try #require(((json as? [String: Any])?["groups"] as? [[String: Any]])?.first)
        let counts = try #require(group["forgotten-answer-counts"] as? [[String: Any]])
        #expect(
            counts.map { "\($0["candidate"] ?? "")=\($0["availability"] ?? ""):\($0["count"] ?? "")" } == [
                "f1-0126=if-need-be:1"
            ]
        )
        #expect(try workspace.read { try $0.givenAnswers(of: scenario.group.id) }["p02"] == nil)
    }

    @Test func forgettingTwiceErasesOnce() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { try $0.importScenario(StoreFixtures.scenario()) }
        #expect(try workspace.write { try $0.forget("p02", in: nil) })
        #expect(try workspace.write { try $0.forget("p02", in: nil) } == false)
    }

    @Test func unknownAndAmbiguousParticipantsAreRefused() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { writer in
            _ = try writer.importScenario(StoreFixtures.scenario("a-group", participants: 2))
            return try writer.importScenario(StoreFixtures.scenario("b-group", participants: 3))
        }
        let unknown = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.forget("p09", in: nil) }
        }
        #expect(unknown.code == .unknownParticipant)
        let elsewhere = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.forget("p03", in: "a-group") }
        }
        #expect(
            elsewhere.message
                == "there is no participant 'p03' in group 'a-group' of the workspace; nothing was changed."
        )
        let ambiguous = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.forget("p01", in: nil) }
        }
        #expect(ambiguous.code == .ambiguousParticipant)
        #expect(ambiguous.message.contains("(a-group, b-group)"))
        let group = try #require(throws: WorkspaceError.self) { try workspace.write { try $0.forget("p01", in: "x") } }
        #expect(group.code == .unknownGroup)
        #expect(try workspace.write { try $0.forget("p03", in: nil) })
    }
}
