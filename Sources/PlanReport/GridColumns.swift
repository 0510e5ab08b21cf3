import PlanningDomain

/// The candidate slots one session's grid shows, in time order.
///
/// A window can generate 250 candidates for a session, far more than a page holds: past ``limit``, the grid
/// keeps the marked slots (chosen, alternatives), then the usable slots before those a rule excludes, each
/// by attendance, and counts the rest.
struct GridColumns {
    /// The most columns a grid shows; `plan.json` lists every candidate.
    static let limit = 40

    /// The slots shown, by start (then in the scenario's order).
    let slots: [CandidateSlot]
    /// How many candidates of the session are left out.
    let hiddenCount: Int

    /// Chooses the columns among `candidates`; `halves` is each slot's attendance (yes = 2, if need be = 1).
    init(
        candidates: [CandidateSlot],
        isMarked: (CandidateSlot.ID) -> Bool,
        isExcluded: (CandidateSlot.ID) -> Bool,
        halves: [CandidateSlot.ID: Int],
        limit: Int = Self.limit
    ) {
        let inTime = candidates.indices.sorted { (candidates[$0].start, $0) < (candidates[$1].start, $1) }
            .map { candidates[$0] }
        guard inTime.count > limit else {
            slots = inTime
            hiddenCount = 0
            return
        }
        // Marked slots first, then usable ones, then by attendance, then in time order: the first `limit` stay.
        func rank(_ slot: CandidateSlot) -> (Int, Int, Int) {
            (isMarked(slot.id) ? 1 : 0, isExcluded(slot.id) ? 0 : 1, halves[slot.id] ?? 0)
        }
        let ranked = inTime.indices.sorted { lhs, rhs in
            let (left, right) = (rank(inTime[lhs]), rank(inTime[rhs]))
            return left != right ? left > right : lhs < rhs
        }
        let kept = Set(ranked.prefix(limit))
        slots = inTime.indices.filter(kept.contains).map { inTime[$0] }
        hiddenCount = inTime.count - slots.count
    }
}
