import PlanningDomain
import Testing
import WorkspaceStore

@Suite struct RoundTripTests {
    @Test func scenarioReadsBackEqual() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let scenario = StoreFixtures.scenario()
        let summary = try workspace.write { try $0.importScenario(scenario) }
        #expect(summary.isNewGroup)
        #expect(summary.hasSettingsChanged)
        #expect(summary.added.count == 6)
        #expect(try workspace.read { try $0.scenario(of: scenario.group.id) } == scenario)
        #expect(try workspace.read { try $0.groups() } == ["proches-aidants"])
        #expect(try workspace.read { try $0.scenario(of: "nobody") } == nil)
    }

    @Test func scenarioReadsBackEqualAfterReopening() throws {
        let folder = TemporaryFolder()
        let scenario = StoreFixtures.scenario(participants: 12)
        _ = try Workspace.create(in: folder.path).write { try $0.importScenario(scenario) }
        let reopened = try Workspace.open(in: folder.path)
        #expect(try reopened.read { try $0.scenario(of: scenario.group.id) } == scenario)
    }

    @Test func scenarioWithoutOptionalPartsReadsBackEqual() throws {
        let folder = TemporaryFolder()
        var scenario = StoreFixtures.scenario("bare", participants: 1)
        scenario.group.initiator = nil
        scenario.closures = []
        scenario.participants[0].answers = [:]
        scenario.sessionRules = [SessionRule(kind: .review, durationMinutes: 100, daysAfterPrevious: nil)]
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { try $0.importScenario(scenario) }
        #expect(try workspace.read { try $0.scenario(of: "bare") } == scenario)
    }

    @Test func groupsAreSortedAndKeptApart() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let second = StoreFixtures.scenario("b-group", participants: 2)
        let first = StoreFixtures.scenario("a-group", participants: 3)
        _ = try workspace.write { writer in
            _ = try writer.importScenario(second)
            return try writer.importScenario(first)
        }
        #expect(try workspace.read { try $0.groups() } == ["a-group", "b-group"])
        #expect(try workspace.read { try $0.scenario(of: "b-group") } == second)
        #expect(try workspace.read { try $0.scenario(of: "a-group") } == first)
    }

    @Test func participantsAreFoundByEmailWithoutRegardToCase() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        _ = try workspace.write { writer in
            _ = try writer.importScenario(StoreFixtures.scenario("a-group", participants: 3))
            return try writer.importScenario(StoreFixtures.scenario("b-group", participants: 2))
        }
        let found = try workspace.read { try $0.participants(withEmail: "  personne.2@EXEMPLE.example ") }
        #expect(
            found == [
                ParticipantReference(group: "a-group", participant: "p02"),
                ParticipantReference(group: "b-group", participant: "p02"),
            ]
        )
        #expect(try workspace.read { try $0.participants(withEmail: "personne.3@exemple.example") }.count == 1)
        #expect(try workspace.read { try $0.participants(withEmail: "nobody@exemple.example") }.isEmpty)
        #expect(try workspace.read { try $0.participants(withEmail: "") }.isEmpty)
    }
}
