import PlanningDomain
import Testing
import WorkspaceStore

@Suite struct ImportTests {
    @Test func importingTwiceChangesNothing() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let scenario = StoreFixtures.scenario()
        _ = try workspace.write { try $0.importScenario(scenario) }
        let before = try workspace.read { try $0.exportJSON() }
        let summary = try workspace.write { try $0.importScenario(scenario) }
        #expect(summary.isUnchanged)
        #expect(!summary.hasSettingsChanged)
        #expect(summary.unchanged == (1...6).map { Participant.ID("p0\($0)") })
        #expect(summary.added.isEmpty && summary.updated.isEmpty && summary.withdrawn.isEmpty)
        #expect(try workspace.read { try $0.exportJSON() } == before)
    }

    @Test func changesAreCounted() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var scenario = StoreFixtures.scenario()
        _ = try workspace.write { try $0.importScenario(scenario) }
        scenario.participants[1].answers["f2-0209"] = .no
        scenario.participants[2].email = "new@exemple.example"
        scenario.participants.remove(at: 5)
        scenario.participants.append(StoreFixtures.participant(7))
        let summary = try workspace.write { try $0.importScenario(scenario) }
        #expect(!summary.hasSettingsChanged)
        #expect(summary.added == ["p07"])
        #expect(summary.updated == ["p02", "p03"])
        #expect(summary.withdrawn == ["p06"])
        #expect(summary.unchanged == ["p01", "p04", "p05"])
        #expect(try workspace.read { try $0.scenario(of: scenario.group.id) } == scenario)
    }

    @Test func settingsChangesAreSeen() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var scenario = StoreFixtures.scenario()
        _ = try workspace.write { try $0.importScenario(scenario) }
        scenario.candidates.removeLast()
        scenario.facilitators[1].awayDates = [StoreFixtures.date(2027, 2, 9)]
        let summary = try workspace.write { try $0.importScenario(scenario) }
        #expect(summary.hasSettingsChanged)
        #expect(!summary.isNewGroup)
        #expect(try workspace.read { try $0.scenario(of: scenario.group.id) } == scenario)
    }

    @Test func absentParticipantsAreWithdrawnNotDeleted() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var scenario = StoreFixtures.scenario()
        _ = try workspace.write { try $0.importScenario(scenario) }
        let leaving = scenario.participants.remove(at: 3)
        _ = try workspace.write { try $0.importScenario(scenario) }
        #expect(try workspace.read { try $0.withdrawnParticipants(of: scenario.group.id) } == [leaving])
        #expect(
            try workspace.read { try $0.scenario(of: scenario.group.id) }?.participants.map(\.id).contains("p04")
                == false
        )
        // Still withdrawn, and counted once only, on the next import.
        let again = try workspace.write { try $0.importScenario(scenario) }
        #expect(again.isUnchanged)
        #expect(try workspace.read { try $0.withdrawnParticipants(of: scenario.group.id) } == [leaving])
        // Back in the scenario: added again, no longer withdrawn.
        scenario.participants.insert(leaving, at: 3)
        let back = try workspace.write { try $0.importScenario(scenario) }
        #expect(back.added == ["p04"])
        #expect(try workspace.read { try $0.withdrawnParticipants(of: scenario.group.id) }.isEmpty)
        #expect(try workspace.read { try $0.scenario(of: scenario.group.id) } == scenario)
    }

    @Test func forgottenParticipantsAreNotBroughtBackByAReimport() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let scenario = StoreFixtures.scenario()
        _ = try workspace.write { try $0.importScenario(scenario) }
        _ = try workspace.write { try $0.forget("p03", in: scenario.group.id) }
        let summary = try workspace.write { try $0.importScenario(scenario) }
        #expect(summary.keptForgotten == ["p03"])
        #expect(summary.isUnchanged)
        #expect(try workspace.read { try $0.forgottenParticipants(of: scenario.group.id) } == ["p03"])
        #expect(try workspace.read { try $0.scenario(of: scenario.group.id) }?.participant("p03") == nil)
        #expect(!StoreFixtures.contains(try workspace.read { try $0.exportJSON() }, "Numéro3"))
    }

    @Test func forgottenParticipantsComeBackWhenExplicitlyRestored() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let scenario = StoreFixtures.scenario()
        _ = try workspace.write { try $0.importScenario(scenario) }
        _ = try workspace.write { try $0.forget("p03", in: nil) }
        let summary = try workspace.write { try $0.importScenario(scenario, restoring: ["p03"]) }
        #expect(summary.added == ["p03"])
        #expect(try workspace.read { try $0.scenario(of: scenario.group.id) } == scenario)
        #expect(try workspace.read { try $0.forgottenParticipants(of: scenario.group.id) }.isEmpty)
    }
}
