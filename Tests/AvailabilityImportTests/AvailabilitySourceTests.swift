import AvailabilityImport
import Testing

@Suite struct AvailabilitySourceTests {
    @Test func `a scenario answer is stronger than a poll, which is stronger than a derived one`() {
        #expect(AvailabilitySource.allCases.sorted() == [.scenario, .poll, .derived])
    }
}
