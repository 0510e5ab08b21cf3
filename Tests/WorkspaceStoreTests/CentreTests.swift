import PlanningDomain
import Testing
import WorkspaceStore

@Suite struct CentreTests {
    /// A centre with every kind of field set.
    private func fullCentre() -> Centre {
        var scenario = StoreFixtures.scenario()
        scenario.organisation.phone = "+41 21 000 00 00"
        var anne = scenario.facilitators[0]
        anne.busySlots = []
        anne.phone = "+41 79 000 00 01"
        anne.languages = [.french, .german]
        anne.qualifications = Qualifications(sessionKinds: [.information, .founding1], workshops: ["ecoute"])
        anne.weeklyLimit = 3
        anne.monthlyLimit = 8
        var pont = scenario.venues[0]
        pont.bookedSlots = []
        pont.openingHours = [
            WeeklyWindow(
                weekday: .tuesday,
                from: StoreFixtures.start(2027, 1, 1, 17, 0).time,
                to: StoreFixtures.start(2027, 1, 1, 22, 0).time
            )
        ]
        pont.access = "Entrée côté cour, 1er étage."
        return Centre(
            organisation: scenario.organisation,
            facilitators: [anne, scenario.facilitators[1]],
            venues: [scenario.venues[1], pont],
            closures: scenario.closures,
            travelBufferMinutes: 45
        )
    }

    @Test func theCentreIsNothingBeforeAnImportAndReadsBackAfterOne() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        #expect(try workspace.read { try $0.centre() } == nil)
        let centre = fullCentre()
        let summary = try workspace.write { try $0.importCentre(centre, at: OutboxFixtures.now) }
        #expect(summary.organisation == .added)
        #expect(summary.facilitators == ["anne": .added, "marc": .added])
        #expect(summary.venues == ["cite": .added, "grand-pont": .added])
        #expect(summary.closures.values.allSatisfy { $0 == .added } && summary.closures.count == 2)
        var sorted = centre
        sorted.venues.sort { $0.id < $1.id }
        #expect(try workspace.read { try $0.centre() } == sorted)
        let again = try workspace.write { try $0.importCentre(centre, at: OutboxFixtures.now) }
        #expect(again.isUnchanged)
        #expect(again.facilitators.values.allSatisfy { $0 == .unchanged })
    }

    @Test func aCentreImportNamesTheFieldsThatChanged() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var centre = fullCentre()
        _ = try workspace.write { try $0.importCentre(centre, at: OutboxFixtures.now) }
        centre.organisation.phone = nil
        centre.travelBufferMinutes = 20
        centre.facilitators[0].email = "anne.rochat@entraide-vd.example"
        centre.facilitators[0].weeklyLimit = nil
        centre.facilitators.removeLast()
        centre.venues[1].capacity = 20
        centre.venues[1].openingHours = []
        let added = Closure(
            from: StoreFixtures.date(2027, 8, 1),
            to: StoreFixtures.date(2027, 8, 1),
            reason: "1er août"
        )
        centre.closures = [centre.closures[0], added]
        let summary = try workspace.write { try $0.importCentre(centre, at: OutboxFixtures.now) }
        #expect(summary.organisation == .changed(fields: ["phone", "travel-buffer-minutes"]))
        #expect(summary.facilitators == ["anne": .changed(fields: ["email", "weekly-limit"]), "marc": .notInFile])
        #expect(summary.venues == ["cite": .unchanged, "grand-pont": .changed(fields: ["capacity", "opening-hours"])])
        #expect(
            summary.closures == [
                centre.closures[0]: .unchanged, added: .added, fullCentre().closures[1]: .notInFile,
            ]
        )
        #expect(!summary.isUnchanged)
        // Records not in the file are kept: groups may name them.
        let stored = try #require(try workspace.read { try $0.centre() })
        #expect(stored.facilitators.map(\.id) == ["anne", "marc"])
        #expect(stored.closures.count == 3)
        #expect(stored.travelBufferMinutes == 20)
    }

    @Test func aScenarioUpdatesTheCentreButKeepsWhatItLeavesOut() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let centre = fullCentre()
        _ = try workspace.write { try $0.importCentre(centre, at: OutboxFixtures.now) }
        var scenario = StoreFixtures.scenario()
        scenario.facilitators[0].awayDates.insert(StoreFixtures.date(2027, 4, 5))
        let summary = try workspace.write { try $0.importScenario(scenario, answers: nil, at: OutboxFixtures.now) }
        #expect(summary.centre.facilitators == ["anne": .changed(fields: ["away"]), "marc": .unchanged])
        #expect(summary.centre.organisation == .unchanged)
        #expect(summary.centre.venues == ["cite": .unchanged, "grand-pont": .unchanged])
        let read = try #require(try workspace.read { try $0.scenario(of: scenario.group.id) })
        let anne = try #require(read.facilitator("anne"))
        #expect(anne.phone == centre.facilitators[0].phone && anne.weeklyLimit == 3 && anne.monthlyLimit == 8)
        #expect(anne.languages == [.french, .german])
        #expect(anne.qualifications == centre.facilitators[0].qualifications)
        #expect(anne.awayDates == scenario.facilitators[0].awayDates)
        #expect(anne.busySlots == ["info-0116"])
        #expect(read.venue("grand-pont")?.access == "Entrée côté cour, 1er étage.")
        #expect(read.organisation.phone == "+41 21 000 00 00")
        #expect(try workspace.read { try $0.centre() }?.travelBufferMinutes == 45)
    }

    @Test func groupsShareTheCentresRecordsButNotTheirCandidates() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let first = StoreFixtures.scenario("a-group")
        var second = StoreFixtures.scenario("b-group")
        second.facilitators[0].email = "a.rochat@entraide-vd.example"
        second.facilitators[0].busySlots = ["f2-0209"]
        second.venues[0].bookedSlots = []
        _ = try workspace.write { writer in
            _ = try writer.importScenario(first)
            return try writer.importScenario(second)
        }
        let a = try #require(try workspace.read { try $0.scenario(of: "a-group") })
        #expect(a.facilitator("anne")?.email == "a.rochat@entraide-vd.example")
        #expect(a.facilitator("anne")?.busySlots == ["info-0116"])
        #expect(a.venue("grand-pont")?.bookedSlots == ["f1-0126"])
        let b = try #require(try workspace.read { try $0.scenario(of: "b-group") })
        #expect(b.facilitator("anne")?.busySlots == ["f2-0209"])
        #expect(b.venue("grand-pont")?.bookedSlots.isEmpty == true)
        #expect(try workspace.read { try $0.centre() }?.facilitators.count == 2)
    }

    @Test func closuresAreTheCentresWhicheverScenarioGaveThem() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var first = StoreFixtures.scenario("a-group")
        var second = StoreFixtures.scenario("b-group")
        let summer = Closure(from: StoreFixtures.date(2027, 7, 12), to: StoreFixtures.date(2027, 8, 13), reason: "Été")
        second.closures.append(summer)
        let summary = try workspace.write { writer in
            _ = try writer.importScenario(first)
            return try writer.importScenario(second)
        }
        #expect(summary.centre.closures[summer] == .added)
        #expect(try workspace.read { try $0.scenario(of: "a-group") }?.closures == second.closures)
        // A closure left out by a later import stays: it is the centre's.
        first.closures = []
        let again = try workspace.write { try $0.importScenario(first) }
        #expect(again.centre.closures.values.allSatisfy { $0 == .notInFile })
        #expect(try workspace.read { try $0.scenario(of: "a-group") }?.closures == second.closures)
    }

    @Test func aScenarioMayReferToTheCentresRecordsWithoutListingThem() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        let centre = fullCentre()
        _ = try workspace.write { try $0.importCentre(centre, at: OutboxFixtures.now) }
        var scenario = StoreFixtures.scenario()
        scenario.facilitators.removeLast()
        scenario.venues.removeLast()
        _ = try workspace.write { try $0.importScenario(scenario) }
        let read = try #require(try workspace.read { try $0.scenario(of: scenario.group.id) })
        #expect(read.facilitators.map(\.id) == ["anne", "marc"])
        #expect(read.venues.map(\.id) == ["grand-pont", "cite"])
    }

    @Test func idsThatBreakTheRuleAreRefused() throws {
        let folder = TemporaryFolder()
        let workspace = try Workspace.create(in: folder.path)
        var centre = fullCentre()
        centre.facilitators.append(Facilitator(id: "Jean Dupont", name: "Jean Dupont", email: "jean@example.org"))
        let error = try #require(throws: WorkspaceError.self) {
            try workspace.write { try $0.importCentre(centre, at: OutboxFixtures.now) }
        }
        #expect(error.code == .invalidIdentifier && error.isInputError)
        #expect(error.message.hasPrefix("the id of facilitator 3 is not a valid id: it may only contain"))
        #expect(!error.message.contains("Dupont"))
        #expect(try workspace.read { try $0.centre() } == nil)
    }
}
