import PlanningDomain
import PlanningEngine

/// How a grid marks candidate slots: the chosen slot of each session, and those of the alternatives.
struct SlotMarks {
    /// The slots of the chosen plan.
    private(set) var chosen: Set<CandidateSlot.ID> = []
    /// For each slot of an alternative that the chosen plan does not use, the alternatives' ranks (from 1).
    private(set) var alternativeRanks: [CandidateSlot.ID: [Int]] = [:]

    /// No marks: the grid of an infeasible scenario.
    init() {}

    /// The marks of a plan and its alternatives.
    init(_ result: PlanningResult) {
        chosen = Set(result.plan.sessions.map(\.slot.id))
        for (index, alternative) in result.alternatives.enumerated() {
            for session in alternative.plan.sessions where !chosen.contains(session.slot.id) {
                alternativeRanks[session.slot.id, default: []].append(index + 1)
            }
        }
    }

    /// Whether a slot is chosen or belongs to an alternative: such a column is always shown.
    func isMarked(_ slot: CandidateSlot.ID) -> Bool { chosen.contains(slot) || alternativeRanks[slot] != nil }
}
