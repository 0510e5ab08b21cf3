import Foundation
import PlanningDomain
import Synchronization
import Testing
import WorkspaceStore

@Suite struct AnswerTests {
    private let group: Group.ID = "proches-aidants"
    private let early = OutboxFixtures.instant("2026-11-01T09:00:00Z")
    private let later = OutboxFixtures.instant("2026-11-10T09:00:00Z")
    private let latest = OutboxFixtures.instant("2026-11-20T09:00:00Z")
    private let framadate = AnswerOrigin(.poll, detail: "framadate.csv", order: 1)
    private let grid = AnswerOrigin(.poll, detail: "telephone.csv", order: 2)

    /// The fixture's scenario, p01 and p02 only, with no answers of its own.
    private func scenario() -> Scenario {
        var scenario = StoreFixtures.scenario(participants: 2)
        for index in scenario.participants.indices { scenario.participants[index].answers = [:] }
        return scenario
    }

    private func layers(_ scenarioAnswer: Availability = .no) -> [AnswerLayer] {
        [
            AnswerLayer(origin: .scenario, answers: ["p01": ["info-0112": scenarioAnswer]]),
            AnswerLayer(origin: framadate, answers: ["p01": ["info-0112": .yes, "f1-0126": .no]]),
            AnswerLayer(origin: grid, answers: ["p01": ["f1-0126": .ifNeedBe]]),
            AnswerLayer(origin: .derived, answers: ["p01": ["f2-0209": .yes], "p02": ["f2-0209": .no]]),
        ]
    }

    /// Records a yes from outside: ids as raw text, as a web form would give them.
    private func record(
        _ workspace: Workspace,
        group: String,
        participant: String,
        slot: String,
        channel: String
    )
        throws
    {
        _ = try workspace.write { writer in
            try writer.recordAnswer(
                group: Group.ID(group),
                participant: Participant.ID(participant),
                slot: CandidateSlot.ID(slot),
                availability: .yes,
                channel: channel,
                at: early
            )
        }
    }

    @Test func everyLayerIsStoredWithItsOriginAndMergedOnRead() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { try $0.importScenario(scenario(), answers: layers(), at: early) }
        let given = try workspace.read { try $0.givenAnswers(of: group) }
        #expect(
            given["p01"]?["info-0112"] == [
                GivenAnswer(.no, origin: .scenario, givenAt: early),
                GivenAnswer(.yes, origin: framadate, givenAt: early),
            ]
        )
        #expect(
            given["p01"]?["f1-0126"] == [
                GivenAnswer(.ifNeedBe, origin: grid, givenAt: early),
                GivenAnswer(.no, origin: framadate, givenAt: early),
            ]
        )
        // The merge rule (AnswerMerge): the scenario's own answer over polls, the later poll over the earlier one,
        // a poll over what was derived.
        let participant = try #require(try workspace.read { try $0.scenario(of: group) }?.participant("p01"))
        #expect(participant.answers == ["info-0112": .no, "f1-0126": .ifNeedBe, "f2-0209": .yes])
        for (slot, answers) in given["p01"] ?? [:] {
            #expect(AnswerMerge.winner(of: answers)?.availability == participant.answers[slot])
        }
    }

    @Test func anUnchangedAnswerKeepsItsTimeAndAChangedOneTakesTheNewOne() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { try $0.importScenario(scenario(), answers: layers(), at: early) }
        let same = try workspace.write { try $0.importScenario(scenario(), answers: layers(), at: later) }
        #expect(same.isUnchanged)
        #expect(try workspace.read { try $0.givenAnswers(of: group) }["p01"]?["info-0112"]?.first?.givenAt == early)
        var moved = layers(.ifNeedBe)
        // The grid is listed first now: its order changes, its answer does not.
        moved[2].origin.order = 0
        let changed = try workspace.write { try $0.importScenario(scenario(), answers: moved, at: later) }
        #expect(changed.updated == ["p01"] && changed.unchanged == ["p02"])
        let given = try workspace.read { try $0.givenAnswers(of: group) }["p01"] ?? [:]
        #expect(given["info-0112"]?.first == GivenAnswer(.ifNeedBe, origin: .scenario, givenAt: later))
        let gridAnswer = AnswerOrigin(.poll, detail: "telephone.csv", order: 0)
        #expect(given["f1-0126"]?.last == GivenAnswer(.ifNeedBe, origin: gridAnswer, givenAt: early))
        // The Framadate export now wins on f1-0126: it is listed after the grid.
        #expect(try workspace.read { try $0.scenario(of: group) }?.participant("p01")?.answers["f1-0126"] == .no)
    }

    @Test func aReimportNeverErasesRecordedAnswersButRemovesPollsNoLongerListed() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { try $0.importScenario(scenario(), answers: layers(), at: early) }
        let recorded = try workspace.write { writer in
            try writer.recordAnswer(
                group: group,
                participant: "p01",
                slot: "info-0112",
                availability: .yes,
                channel: "phone",
                at: later
            )
        }
        #expect(recorded == GivenAnswer(.yes, origin: AnswerOrigin(.recorded, detail: "phone"), givenAt: later))
        var fewer = layers()
        fewer.remove(at: 1)
        let summary = try workspace.write { try $0.importScenario(scenario(), answers: fewer, at: later) }
        #expect(summary.updated == ["p01"])
        let given = try workspace.read { try $0.givenAnswers(of: group) }["p01"] ?? [:]
        #expect(given["info-0112"]?.map(\.origin.description) == ["recorded:phone", "scenario"])
        #expect(given["f1-0126"]?.map(\.origin.description) == ["poll:telephone.csv"])
        #expect(try workspace.read { try $0.scenario(of: group) }?.participant("p01")?.answers["info-0112"] == .yes)
        // A later scenario answer is more recent than the phone call: it counts, and the call stays stored.
        _ = try workspace.write { try $0.importScenario(scenario(), answers: layers(.ifNeedBe), at: latest) }
        #expect(
            try workspace.read { try $0.scenario(of: group) }?.participant("p01")?.answers["info-0112"] == .ifNeedBe
        )
        #expect(try workspace.read { try $0.givenAnswers(of: group) }["p01"]?["info-0112"]?.count == 3)
    }

    @Test func withoutLayersTheParticipantsAnswersAreTheScenarioLayer() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let scenario = StoreFixtures.scenario()
        _ = try workspace.write { try $0.importScenario(scenario) }
        let given = try workspace.read { try $0.givenAnswers(of: scenario.group.id) }
        #expect(given["p02"]?["info-0116"] == [GivenAnswer(.ifNeedBe, origin: .scenario, givenAt: .earliest)])
        #expect(given.count == 6 && given.values.allSatisfy { $0.count == 4 })
        _ = try workspace.write { writer in
            try writer.recordAnswer(
                group: scenario.group.id,
                participant: "p02",
                slot: "info-0116",
                availability: .no,
                channel: "web",
                at: early
            )
        }
        // The old form's re-import keeps the recorded answer, which wins.
        #expect(try workspace.write { try $0.importScenario(scenario) }.isUnchanged)
        #expect(
            try workspace.read { try $0.scenario(of: scenario.group.id) }?.participant("p02")?.answers["info-0116"]
                == .no
        )
    }

    @Test func aLayerOfRecordedAnswersIsRefused() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let layer = AnswerLayer(
            origin: AnswerOrigin(.recorded, detail: "phone"),
            answers: ["p01": ["f1-0126": .yes]]
        )
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.importScenario(scenario(), answers: [layer], at: early) }
        }
        #expect(error.code == .invalidAnswerOrigin && error.isInputError)
        #expect(try workspace.read { try $0.groups() }.isEmpty)
    }

    @Test(arguments: [
        ("../x", "p01", "f1-0126", "phone", "the group id is not a valid id: it may only contain"),
        ("proches-aidants", "Jean Dupont", "f1-0126", "phone", "the participant id is not a valid id: it may only"),
        ("proches-aidants", "p01", "", "phone", "the candidate id is not a valid id: it must not be empty"),
        ("proches-aidants", "p01", "f1-0126", ".hidden", "the channel is not a valid id: it must not start with"),
    ])
    func idsThatBreakTheRuleAreRefused(
        group: String,
        participant: String,
        slot: String,
        channel: String,
        start: String
    )
        throws
    {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { try $0.importScenario(StoreFixtures.scenario()) }
        let before = try workspace.read { try $0.exportJSON() }
        let error = try #require(throws: WorkspaceError.self) {
            try record(workspace, group: group, participant: participant, slot: slot, channel: channel)
        }
        #expect(error.code == .invalidIdentifier && error.isInputError)
        #expect(error.message.hasPrefix(start), "\(error.message)")
        #expect(!error.message.contains("Dupont") && !error.message.contains("../x"))
        #expect(try workspace.read { try $0.exportJSON() } == before)
    }

    @Test(arguments: [
        ("nobody", "p01", "f1-0126", WorkspaceError.Code.unknownGroup),
        ("proches-aidants", "p09", "f1-0126", .unknownParticipant),
        ("proches-aidants", "p06", "f1-0126", .inactiveParticipant),
        ("proches-aidants", "p05", "f1-0126", .inactiveParticipant),
        ("proches-aidants", "p01", "f3-0101", .unknownSlot),
    ])
    func answersOfUnknownOrInactivePeopleAreRefused(
        group: String,
        participant: String,
        slot: String,
        code: WorkspaceError.Code
    ) throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var scenario = StoreFixtures.scenario()
        _ = try workspace.write { try $0.importScenario(scenario) }
        scenario.participants.removeLast()
        _ = try workspace.write { writer in
            _ = try writer.importScenario(scenario)
            return try writer.forget("p05", in: scenario.group.id)
        }
        let before = try workspace.read { try $0.exportJSON() }
        let error = try #require(throws: WorkspaceError.self) {
            try record(workspace, group: group, participant: participant, slot: slot, channel: "phone")
        }
        #expect(error.code == code && error.isInputError)
        #expect(try workspace.read { try $0.exportJSON() } == before)
    }

    /// Phones answering at once, as the web page's visitors will: four workspaces (four processes' worth of
    /// connections) record 200 answers between them; none is lost and none fails.
    @Test func manyAnswersRecordedAtOnceAreAllKept() throws {
        let folder = TemporaryFolder()
        let scenario = StoreFixtures.scenario(participants: 50)
        _ = try Workspace.create(in: folder.path).write { try $0.importScenario(scenario) }
        let workspaces = try (0..<4).map { _ in try Workspace.open(in: folder.path) }
        let failures = Mutex<[String]>([])
        let slots = StoreFixtures.candidates.map(\.id)
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            do {
                _ = try workspaces[index % 4].write { writer in
                    try writer.recordAnswer(
                        group: scenario.group.id,
                        participant: scenario.participants[index % 50].id,
                        slot: slots[index / 50],
                        availability: .no,
                        channel: "web",
                        at: OutboxFixtures.now
                    )
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let merged = try #require(try Workspace.open(in: folder.path).read { try $0.scenario(of: scenario.group.id) })
        #expect(merged.participants.allSatisfy { $0.answers.values.allSatisfy { $0 == .no } && $0.answers.count == 4 })
    }
}
