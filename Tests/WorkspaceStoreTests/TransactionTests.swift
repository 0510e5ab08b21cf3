import Foundation
import PlanningDomain
import Synchronization
import Testing
import WorkspaceStore

@Suite struct TransactionTests {
    private struct Interrupted: Error, Equatable {}

    @Test func aThrowingBodyChangesNothing() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { try $0.importScenario(StoreFixtures.scenario()) }
        let before = try workspace.read { try $0.exportJSON() }
        #expect(throws: Interrupted()) {
            try workspace.write { writer in
                _ = try writer.importScenario(StoreFixtures.scenario("second"))
                _ = try writer.forget("p02", in: "proches-aidants")
                try writer.recordPublications(StoreFixtures.publications(), pinned: [:], for: "proches-aidants")
                throw Interrupted()
            }
        }
        #expect(try workspace.read { try $0.exportJSON() } == before)
    }

    @Test func aFailingStepUndoesTheEarlierOnes() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        #expect(throws: WorkspaceError.self) {
            try workspace.write { writer in
                _ = try writer.importScenario(StoreFixtures.scenario())
                _ = try writer.forget("p99", in: nil)
            }
        }
        #expect(try workspace.read { try $0.groups() }.isEmpty)
    }

    /// Two workspaces on the same file (as two commands would be) each increment a sequence many times in
    /// read-then-write transactions, while a third reads: no error, and no increment is lost.
    @Test func concurrentCommandsLoseNothing() throws {
        let folder = TemporaryFolder()
        let group: Group.ID = "proches-aidants"
        try Workspace.create(in: folder.path).write { writer in
            _ = try writer.importScenario(StoreFixtures.scenario())
            try writer.recordPublications([StoreFixtures.publications()[0]], pinned: [:], for: group)
        }
        let first = try Workspace.open(in: folder.path)
        let second = try Workspace.open(in: folder.path)
        let failures = Mutex<[String]>([])
        let rounds = 150
        DispatchQueue.concurrentPerform(iterations: 3) { worker in
            do {
                if worker == 2 {
                    for _ in 0..<rounds { _ = try first.read { try $0.exportJSON() } }
                    return
                }
                let workspace = worker == 0 ? first : second
                for round in 0..<rounds {
                    try workspace.write { writer in
                        var publication = try writer.publications(of: group)[0]
                        publication.sequence += 1
                        publication.recipients[Participant.ID("p0\(worker + 3)")] = RecipientCopy(sequence: round)
                        try writer.recordPublications([publication], pinned: [.founding1: "f1-0126"], for: group)
                    }
                }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let publication = try #require(
            try Workspace.open(in: folder.path).read { try $0.publications(of: group) }.first
        )
        #expect(publication.sequence == StoreFixtures.publications()[0].sequence + 2 * rounds)
        #expect(publication.recipients["p03"] == RecipientCopy(sequence: rounds - 1))
        #expect(publication.recipients["p04"] == RecipientCopy(sequence: rounds - 1))
    }
}
