import PlanningDomain
import PlanningEngine
import PlanningSamples
import Testing

/// The answer matrix reads answers packed over the candidates (what the loader derives) exactly as it reads the
/// same answers held by id: every cell, every count, and the plan they lead to.
@Suite struct PackedAnswerMatrixTests {
    /// The scenario with each participant's answers packed over its candidates, plus a few answers for ids that
    /// are not candidates (held by id, ignored by the matrix).
    static func packed(_ scenario: Scenario) -> Scenario {
        var packed = scenario
        let index = CandidateIndex(scenario.candidates.map(\.id))
        for position in packed.participants.indices {
            packed.participants[position].answers = scenario.participants[position].answers.packed(over: index)
            if position % 3 == 0 { packed.participants[position].answers["withdrawn-slot"] = .yes }
        }
        return packed
    }

    /// Every cell and count of two matrices.
    static func expectSame(_ lhs: AnswerMatrix, _ rhs: AnswerMatrix, sourceLocation: SourceLocation = #_sourceLocation)
    {
        #expect(lhs.participants == rhs.participants, sourceLocation: sourceLocation)
        #expect(lhs.candidates == rhs.candidates, sourceLocation: sourceLocation)
        for candidate in lhs.candidates.indices {
            for participant in lhs.participants.indices {
                #expect(
                    lhs.answer(participant: participant, candidate: candidate)
                        == rhs.answer(participant: participant, candidate: candidate),
                    sourceLocation: sourceLocation
                )
            }
            for answer in [Availability.yes, .ifNeedBe, .no, nil] {
                #expect(
                    lhs.count(of: answer, candidate: candidate) == rhs.count(of: answer, candidate: candidate),
                    sourceLocation: sourceLocation
                )
            }
        }
    }

    @Test("packed answers give the same matrix", arguments: 1...12)
    func sameMatrix(seed: UInt64) {
        let shapes: [SampleShape] = [.small, .medium, .large]
        let scenario = RandomScenario.make(seed: seed, shape: shapes[Int(seed) % shapes.count])
        let packed = Self.packed(scenario)
        #expect(packed.participants.allSatisfy { $0.answers.index != nil })
        #expect(
            packed.participants.map(\.answers)
                == scenario.participants.map(\.answers).enumerated().map {
                    var answers = $1
                    if $0 % 3 == 0 { answers["withdrawn-slot"] = .yes }
                    return answers
                }
        )
        Self.expectSame(AnswerMatrix(scenario: packed), AnswerMatrix(scenario: scenario))
    }

    @Test("packed answers give the same plan", arguments: 1...6)
    func samePlan(seed: UInt64) {
        let scenario = RandomScenario.make(seed: seed, shape: .medium)
        var packed = Self.packed(scenario)
        // The matrix ignores answers for ids that are not candidates; the plan's scenario keeps them, so compare
        // the plans of the same answers.
        for position in packed.participants.indices { packed.participants[position].answers["withdrawn-slot"] = nil }
        #expect(Planner(scenario: packed).plan() == Planner(scenario: scenario).plan())
    }

    @Test func answersPackedOverOtherCandidatesAreReadByID() {
        let scenario = RandomScenario.make(seed: 7, shape: .small)
        var mixed = scenario
        // Packed over the candidates in reverse order: not the scenario's order, so each answer is found by id.
        let reversed = CandidateIndex(scenario.candidates.map(\.id).reversed())
        for position in mixed.participants.indices where position.isMultiple(of: 2) {
            mixed.participants[position].answers = scenario.participants[position].answers.packed(over: reversed)
        }
        Self.expectSame(AnswerMatrix(scenario: mixed), AnswerMatrix(scenario: scenario))
    }
}
