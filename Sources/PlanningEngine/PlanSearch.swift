import PlanningDomain

/// Branch and bound over information session → founding 1 → founding 2, then the best review.
///
/// The objective is lexicographic, so each node is bounded by a prefix of it: an upper bound on the
/// continuity (participants who can attend all three, through unions of what the later levels can still
/// reach), an upper bound on attendance (best reachable halves), a regular rhythm assumed possible, and the
/// information session's start, which the first level fixes. A node whose bound is strictly worse than the
/// plan it must beat is cut; ties are explored, so the optimum and its tie-breaks are exact.
struct PlanSearch {
    let problem: CompiledProblem
    let nodeLimit: Int
    /// Whether to require the sequence quorum (off when the explanation measures the best continuity).
    let enforcesSequenceQuorum: Bool

    private(set) var top: TopPlans
    /// The first four objective components of the plan a node must beat, once the list is full.
    private var thresholdPrefix: (Int, Int, Int, Int)?
    private(set) var nodes = 0
    private(set) var isComplete = true

    /// Index ranges of the next level's slots within the gap after each slot, per level transition.
    private var windows: [[Range<Int>]] = []
    /// Whether a slot can start a complete chain of the later levels (gaps only).
    private(set) var isUsable: [[Bool]] = []

    init(problem: CompiledProblem, nodeLimit: Int, plans: Int, enforcesSequenceQuorum: Bool = true) {
        self.problem = problem
        self.nodeLimit = nodeLimit
        self.enforcesSequenceQuorum = enforcesSequenceQuorum
        self.top = TopPlans(capacity: plans)
        computeWindows()
    }

    // MARK: - Structure

    private mutating func computeWindows() {
        let levels = problem.slots.count
        windows = (0..<levels).map { level in
            guard level + 1 < levels else { return [] }
            let next = problem.slots[level + 1]
            let gap = problem.gap(level + 1)
            return problem.slots[level].map { slot in
                let lower = Self.firstIndex(in: next, atOrAfterDay: slot.day + gap.lowerBound)
                let upper = Self.firstIndex(in: next, atOrAfterDay: slot.day + gap.upperBound + 1)
                return lower..<max(lower, upper)
            }
        }
        isUsable = problem.slots.map { [Bool](repeating: true, count: $0.count) }
        for level in stride(from: levels - 2, through: 0, by: -1) {
            for index in problem.slots[level].indices {
                isUsable[level][index] = windows[level][index].contains { isUsable[level + 1][$0] }
            }
        }
    }

    private static func firstIndex(in slots: [CompiledSlot], atOrAfterDay day: Int) -> Int {
        var low = 0
        var high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if slots[middle].day < day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The next level's slot indices within the gap after a slot.
    func window(level: Int, index: Int) -> Range<Int> { windows[level][index] }

    // MARK: - Search

    mutating func run() {
        guard problem.slots.count >= 3, problem.slots[0...2].allSatisfy({ !$0.isEmpty }) else { return }
        let words = problem.wordCount
        let slots0 = problem.slots[0]
        let slots1 = problem.slots[1]
        let slots2 = problem.slots[2]
        let attend0 = problem.attendance[0]
        let attend1 = problem.attendance[1]
        let attend2 = problem.attendance[2]

        // Per founding 1: what founding 2 can still add (union of attendees, best halves).
        var reach2 = [UInt64](repeating: 0, count: slots1.count * words)
        var bestHalves2 = [Int](repeating: Int.min / 4, count: slots1.count)
        for j in slots1.indices where isUsable[1][j] {
            for k in windows[1][j] where isUsable[2][k] {
                for w in 0..<words { reach2[j * words + w] |= attend2[k * words + w] }
                bestHalves2[j] = max(bestHalves2[j], slots2[k].halves)
            }
        }
        // Per information session: bounds over every chain it can start.
        struct Root {
            let index: Int
            let continuity: Int
            let halves: Int
        }
        var roots: [Root] = []
        for i in slots0.indices where isUsable[0][i] {
            var union = [UInt64](repeating: 0, count: words)
            var bestHalves = Int.min / 4
            for j in windows[0][i] where isUsable[1][j] {
                for w in 0..<words { union[w] |= attend1[j * words + w] & reach2[j * words + w] }
                bestHalves = max(bestHalves, slots1[j].halves + bestHalves2[j])
            }
            var continuity = 0
            for w in 0..<words { continuity += (attend0[i * words + w] & union[w]).nonzeroBitCount }
            roots.append(Root(index: i, continuity: continuity, halves: slots0[i].halves + bestHalves))
        }
        roots.sort { ($0.continuity, $0.halves, -$0.index) > ($1.continuity, $1.halves, -$1.index) }

        var pair = [UInt64](repeating: 0, count: words)
        var triple = [UInt64](repeating: 0, count: words)
        for root in roots {
            let i = root.index
            nodes += 1
            if isCut(continuity: root.continuity, halves: root.halves, regular: true, first: slots0[i]) { continue }
            for j in windows[0][i] where isUsable[1][j] {
                nodes += 1
                if nodes > nodeLimit {
                    isComplete = false
                    return
                }
                if slots0[i].conflicts(with: slots1[j]) { continue }
                var pairBound = 0
                for w in 0..<words {
                    pair[w] = attend0[i * words + w] & attend1[j * words + w]
                    pairBound += (pair[w] & reach2[j * words + w]).nonzeroBitCount
                }
                let halvesBound = slots0[i].halves + slots1[j].halves + bestHalves2[j]
                if isCut(continuity: pairBound, halves: halvesBound, regular: true, first: slots0[i]) { continue }
                for k in windows[1][j] where isUsable[2][k] {
                    nodes += 1
                    var continuity = 0
                    for w in 0..<words {
                        triple[w] = pair[w] & attend2[k * words + w]
                        continuity += triple[w].nonzeroBitCount
                    }
                    let halves = slots0[i].halves + slots1[j].halves + slots2[k].halves
                    let regular = slots1[j].rhythm == slots2[k].rhythm
                    if isCut(continuity: continuity, halves: halves, regular: regular, first: slots0[i]) { continue }
                    if slots2[k].conflicts(with: slots0[i]) || slots2[k].conflicts(with: slots1[j]) { continue }
                    offer(indices: [i, j, k], continuity: continuity, halves: halves, regular: regular, bits: triple)
                }
            }
        }
    }

    /// Whether a node whose best possible objective prefix is given cannot enter the list of best plans.
    ///
    /// Runs for every node: it compares plain tuples against ``thresholdPrefix`` and allocates nothing.
    private func isCut(continuity: Int, halves: Int, regular: Bool, first: CompiledSlot) -> Bool {
        if enforcesSequenceQuorum && problem.requiresSequenceQuorum && continuity < problem.quorum { return true }
        guard let best = thresholdPrefix else { return false }
        return (continuity, halves, regular ? 1 : 0, -first.start) < best
    }

    /// Completes a chain with its best review and offers it to the list of best plans.
    private mutating func offer(indices: [Int], continuity: Int, halves: Int, regular: Bool, bits: [UInt64]) {
        var indices = indices
        var reviewContinuity = 0
        var reviewHalves = 0
        var reviewStart: LocalDateTime?
        if problem.slots.count > 3 {
            guard let review = bestReview(after: indices, continuityBits: bits) else { return }
            indices.append(review.index)
            reviewContinuity = review.continuity
            reviewHalves = review.halves
            reviewStart = problem.slots[3][review.index].source.start
        }
        let chosen = indices.enumerated().map { problem.slots[$0][$1].source }
        let score = PlanScore(
            continuity: continuity,
            attendanceHalves: halves,
            hasRegularRhythm: regular,
            informationStart: chosen[0].start,
            reviewContinuity: reviewContinuity,
            reviewHalves: reviewHalves,
            reviewStart: reviewStart,
            slotIDs: chosen.map(\.id)
        )
        top.offer(.init(score: score, indices: indices, dates: chosen.prefix(3).map(\.start.wallMinutes)))
        thresholdPrefix = top.threshold.map { threshold in
            (
                threshold.continuity, threshold.attendanceHalves, threshold.hasRegularRhythm ? 1 : 0,
                -threshold.informationStart.wallMinutes
            )
        }
    }

    /// The review that most of the continuity set can attend, then with most yes, then the earliest.
    private func bestReview(
        after indices: [Int],
        continuityBits: [UInt64]
    ) -> (index: Int, continuity: Int, halves: Int)? {
        let words = problem.wordCount
        let reviews = problem.slots[3]
        var best: (index: Int, continuity: Int, halves: Int)?
        for r in windows[2][indices[2]] {
            let slot = reviews[r]
            if indices.enumerated().contains(where: { problem.slots[$0][$1].conflicts(with: slot) }) { continue }
            var continuity = 0
            var halves = 0
            for w in 0..<words {
                let able = continuityBits[w] & problem.attendance[3][r * words + w]
                continuity += able.nonzeroBitCount
                halves +=
                    able.nonzeroBitCount + (continuityBits[w] & problem.yesAnswers[3][r * words + w]).nonzeroBitCount
            }
            if let current = best, (continuity, halves) <= (current.continuity, current.halves) { continue }
            best = (r, continuity, halves)
        }
        return best
    }
}
