import PlanningDomain
import Testing
import WorkspaceStore

@Suite struct PublicationStoreTests {
    @Test func publicationsAndPinnedSessionsReadBack() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let scenario = StoreFixtures.scenario()
        let pinned: [SessionKind: CandidateSlot.ID] = [.information: "info-0112", .founding1: "f1-0126"]
        try workspace.write { writer in
            _ = try writer.importScenario(scenario)
            try writer.recordPublications(StoreFixtures.publications(), pinned: pinned, for: scenario.group.id)
        }
        #expect(try workspace.read { try $0.pinnedSessions(of: scenario.group.id) } == pinned)
        let read = try workspace.read { try $0.publications(of: scenario.group.id) }
        #expect(read == StoreFixtures.publications().sorted { $0.kind < $1.kind })
        #expect(read.map(\.kind) == [.information, .founding1])
    }

    @Test func theFacilitatorAndTheFacilitatorsCopiesReadBack() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let scenario = StoreFixtures.scenario()
        var publications = StoreFixtures.publications()
        publications[0].facilitator = "marc"
        publications[0].facilitatorCopies = [
            "marc": RecipientCopy(sequence: 2, reply: .accepted), "anne": RecipientCopy(sequence: 2, isCancelled: true),
        ]
        publications[1].facilitator = "anne"
        try workspace.write { writer in
            _ = try writer.importScenario(scenario)
            try writer.recordPublications(publications, pinned: [:], for: scenario.group.id)
        }
        let read = try workspace.read { try $0.publications(of: scenario.group.id) }
        #expect(read == publications.sorted { $0.kind < $1.kind })
        #expect(read.last?.facilitatorCopies["anne"]?.isCancelled == true)
    }

    @Test func recordingReplacesTheGroupsStateOnly() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        try workspace.write { writer in
            _ = try writer.importScenario(StoreFixtures.scenario("a-group"))
            _ = try writer.importScenario(StoreFixtures.scenario("b-group"))
            try writer.recordPublications(StoreFixtures.publications(), pinned: [.founding1: "f1-0126"], for: "a-group")
            try writer.recordPublications(StoreFixtures.publications(), pinned: [.founding1: "f1-0126"], for: "b-group")
        }
        var moved = StoreFixtures.publications()[0]
        moved.sequence = 3
        moved.recipients["p03"] = RecipientCopy(sequence: 3)
        try workspace.write { try $0.recordPublications([moved], pinned: [.founding2: "f2-0209"], for: "a-group") }
        #expect(try workspace.read { try $0.publications(of: "a-group") } == [moved])
        #expect(try workspace.read { try $0.pinnedSessions(of: "a-group") } == [.founding2: "f2-0209"])
        #expect(try workspace.read { try $0.publications(of: "b-group") }.count == 2)
        try workspace.write { try $0.recordPublications([], pinned: [:], for: "a-group") }
        #expect(try workspace.read { try $0.publications(of: "a-group") }.isEmpty)
        #expect(try workspace.read { try $0.pinnedSessions(of: "a-group") }.isEmpty)
    }

    @Test func anUnknownGroupIsRefused() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.recordPublications([], pinned: [:], for: "nobody") }
        }
        #expect(error.code == .unknownGroup)
        #expect(error.isInputError)
        #expect(error.message == "there is no group 'nobody' in the workspace; import its scenario first.")
    }

    @Test func copiesOfAForgottenParticipantStay() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let scenario = StoreFixtures.scenario()
        try workspace.write { writer in
            _ = try writer.importScenario(scenario)
            try writer.recordPublications(StoreFixtures.publications(), pinned: [:], for: scenario.group.id)
        }
        #expect(try workspace.write { try $0.forget("p02", in: scenario.group.id) })
        let read = try workspace.read { try $0.publications(of: scenario.group.id) }
        #expect(read == StoreFixtures.publications().sorted { $0.kind < $1.kind })
    }
}
