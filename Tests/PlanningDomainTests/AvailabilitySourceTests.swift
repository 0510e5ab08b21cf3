import PlanningDomain
import Testing

@Suite struct AvailabilitySourceTests {
    @Test("a scenario answer beats a poll, which beats a derived one") func precedence() {
        #expect(AvailabilitySource.allCases.sorted() == [.scenario, .poll, .derived])
    }
}
