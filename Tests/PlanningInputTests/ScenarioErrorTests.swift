import PlanningDomain
import PlanningInput
import Testing

/// Every problem the reader detects, with the full message a user sees.
@Suite struct ScenarioErrorTests {
    @Test(arguments: ErrorCase.all)
    func reportsTheProblemWithItsLocation(_ errorCase: ErrorCase) throws {
        let yaml = try ScenarioFixtures.minimal(replacing: errorCase.replacements)
        let errors = try ScenarioFixtures.errors(reading: yaml)
        #expect(errors.rendered == errorCase.expected)
        #expect(errors.errors.map(\.code) == errorCase.codes)
        #expect(errors.errors.allSatisfy { $0.file == "scenario.yaml" })
    }

    @Test func theMinimalScenarioIsValid() throws {
        let scenario = try ScenarioReader().read(yaml: ScenarioFixtures.minimal, fileName: "scenario.yaml")
        #expect(scenario.participants.count == 2)
        #expect(scenario.candidates.count == 3)
    }

    @Test func noMessageNamesAParticipant() throws {
        let personal = ["Martine", "Favre", "Jean", "Pittet", "martine.favre", "jean.pittet"]
        for errorCase in ErrorCase.all {
            let yaml = try ScenarioFixtures.minimal(replacing: errorCase.replacements)
            let errors = try ScenarioFixtures.errors(reading: yaml)
            for error in errors.errors {
                #expect(!personal.contains { error.rendered.contains($0) }, "\(errorCase.name): \(error.rendered)")
                #expect(!personal.contains { error.value?.contains($0) == true })
            }
        }
    }
}
