import PlanningDomain
import PlanningEngine

/// The participants one grid shows, by their bit in the ``AnswerMatrix``, in id order.
///
/// A page stays under 2 MB at any size: the grids of a page hold at most ``cellBudget`` answer cells, so past
/// `cellBudget / columns` rows (at least 100 with 4 grids of 40 columns), a grid keeps the initiator, then
/// those who need step-free access, then the first others by id, and says how many it leaves out. The counts
/// below each column still count everyone.
struct GridRows {
    /// The most answer cells the grids of one page hold together.
    static let cellBudget = 16_000

    /// Bits of the rows shown, in id order.
    let bits: [Int]
    /// How many participants are left out.
    let hiddenCount: Int

    /// The rows of a page whose grids show `columns` columns in all.
    init(answers: AnswerMatrix, scenario: Scenario, columns: Int) {
        let total = answers.participants.count
        let limit = Self.cellBudget / max(1, columns)
        guard total > limit else {
            bits = Array(0..<total)
            hiddenCount = 0
            return
        }
        let initiator = scenario.initiator.flatMap(answers.position(of:))
        let stepFree = answers.scenarioOrder.indices.filter {
            scenario.participants[answers.scenarioOrder[$0]].needsStepFreeAccess
        }
        // The initiator, then those who need step-free access, then everyone by id, each once, up to the limit.
        var kept = Set<Int>()
        var order: [Int] = []
        for bit in (initiator.map { [$0] } ?? []) + stepFree + Array(0..<total) where order.count < limit {
            if kept.insert(bit).inserted { order.append(bit) }
        }
        bits = order.sorted()
        hiddenCount = total - bits.count
    }
}
