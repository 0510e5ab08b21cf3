import PlanningDomain
import Testing

@Suite struct SessionKindTests {
    @Test func sessionsOrderAsTheyHappen() {
        #expect(SessionKind.allCases.sorted() == SessionKind.allCases)
        #expect(SessionKind.groupSequence.sorted() == SessionKind.groupSequence)
        #expect(SessionKind.information < .founding1 && .founding2 < .review && .review < .workshop)
    }
}
