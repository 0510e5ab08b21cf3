import PlanningDomain

/// Branch and bound over information session → founding 1 → founding 2, then the best review.
///
/// The objective is lexicographic, so each node is bounded by a prefix of it: an upper bound on the
/// continuity (participants who can attend all three, through unions of what the later levels can still
/// reach), an upper bound on attendance (best reachable halves), a regular rhythm assumed possible, the
/// tentative sessions chosen so far, and the information session's start, which the first level fixes. A node
/// whose bound is strictly worse than the plan it must beat is cut; ties are explored, so the optimum and
/// its tie-breaks are exact. Children are visited best bound first, so a search stopped early has a good plan.
struct PlanSearch {
    let problem: CompiledProblem
    let nodeLimit: Int
    let deadline: SearchDeadline
    /// Whether to require the sequence quorum (off when the explanation measures the best continuity).
    let enforcesSequenceQuorum: Bool

    private(set) var top: TopPlans
    /// The objective prefix of the plan a node must beat, once the list is full.
    private var threshold: Prefix?
    private(set) var nodes = 0
    private(set) var isComplete = true
    /// What no unexplored plan can beat, when the search stopped: continuity, then attendance in halves.
    private(set) var openBound: (continuity: Int, halves: Int)?

    /// Index ranges of the next level's slots that may follow each slot (gap and order), per level transition.
    private var windows: [[Range<Int>]] = []
    /// Whether a slot can start a complete chain of the later levels.
    private(set) var isUsable: [[Bool]] = []

    /// Continuity, attendance halves, regular rhythm, minus tentative sessions, minus the information start.
    typealias Prefix = (Int, Int, Int, Int, Int)

    init(
        problem: CompiledProblem,
        nodeLimit: Int,
        deadline: SearchDeadline = .never,
        plans: Int,
        enforcesSequenceQuorum: Bool = true
    ) {
        self.problem = problem
        self.nodeLimit = nodeLimit
        self.deadline = deadline
        self.enforcesSequenceQuorum = enforcesSequenceQuorum
        self.top = TopPlans(capacity: plans)
        computeWindows()
    }

    // MARK: - Structure

    /// The rules between consecutive sessions: the gap's days, and the sequence order.
    ///
    /// A session starts no earlier than the previous one ends, so the sessions of a group never overlap and come
    /// in order. Both rules select a contiguous range of the next level, whose slots are sorted by start.
    private mutating func computeWindows() {
        let levels = problem.slots.count
        windows = (0..<levels).map { level in
            guard level + 1 < levels else { return [] }
            let next = problem.slots[level + 1]
            let gap = problem.gap(level + 1)
            return problem.slots[level].map { slot in
                let afterEnd = Self.firstIndex(in: next) { $0.start >= slot.end }
                let lower = max(afterEnd, Self.firstIndex(in: next) { $0.day >= slot.day + gap.lowerBound })
                let upper = Self.firstIndex(in: next) { $0.day > slot.day + gap.upperBound }
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

    /// The first index whose slot satisfies `isAfter`, which must be false then true along the start order.
    private static func firstIndex(in slots: [CompiledSlot], where isAfter: (CompiledSlot) -> Bool) -> Int {
        var low = 0
        var high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(slots[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The next level's slot indices that may follow a slot.
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
        var roots: [Bound] = []
        var union = [UInt64](repeating: 0, count: words)
        for i in slots0.indices where isUsable[0][i] {
            for w in 0..<words { union[w] = 0 }
            var bestHalves = Int.min / 4
            for j in windows[0][i] where isUsable[1][j] {
                for w in 0..<words { union[w] |= attend1[j * words + w] & reach2[j * words + w] }
                bestHalves = max(bestHalves, slots1[j].halves + bestHalves2[j])
            }
            var continuity = 0
            for w in 0..<words { continuity += (attend0[i * words + w] & union[w]).nonzeroBitCount }
            roots.append(
                Bound(
                    index: i,
                    continuity: continuity,
                    halves: slots0[i].halves + bestHalves,
                    tentative: slots0[i].isTentative ? 1 : 0
                )
            )
        }
        Bound.sortBestFirst(&roots)

        var pairs: [Bound] = []
        var pairBits = [UInt64](repeating: 0, count: words)
        var triple = [UInt64](repeating: 0, count: words)
        for root in roots {
            let i = root.index
            guard enter() else {
                openBound = (root.continuity, root.halves)
                return
            }
            // Roots are sorted by their bound (and then by start): once one is cut, so are the rest.
            if isCut(root, start: slots0[i].start) { break }
            // Founding 1 candidates of this root, best bound first.
            pairs.removeAll(keepingCapacity: true)
            for j in windows[0][i] where isUsable[1][j] {
                var pairBound = 0
                for w in 0..<words {
                    pairBound +=
                        (attend0[i * words + w] & attend1[j * words + w] & reach2[j * words + w])
                        .nonzeroBitCount
                }
                let pair = Bound(
                    index: j,
                    continuity: pairBound,
                    halves: slots0[i].halves + slots1[j].halves + bestHalves2[j],
                    tentative: root.tentative + (slots1[j].isTentative ? 1 : 0)
                )
                // Already cut by the best plans so far: not worth sorting (it is still counted as a node).
                if isCut(pair, start: slots0[i].start) {
                    guard enter() else {
                        openBound = (root.continuity, root.halves)
                        return
                    }
                    continue
                }
                pairs.append(pair)
            }
            Bound.sortBestFirst(&pairs)
            for pair in pairs {
                let j = pair.index
                guard enter() else {
                    openBound = (root.continuity, root.halves)
                    return
                }
                // Pairs are sorted by their bound: once one is cut, so are the rest.
                if isCut(pair, start: slots0[i].start) { break }
                for w in 0..<words { pairBits[w] = attend0[i * words + w] & attend1[j * words + w] }
                for k in windows[1][j] where isUsable[2][k] {
                    guard enter() else {
                        openBound = (root.continuity, root.halves)
                        return
                    }
                    var continuity = 0
                    for w in 0..<words {
                        triple[w] = pairBits[w] & attend2[k * words + w]
                        continuity += triple[w].nonzeroBitCount
                    }
                    let chain = Bound(
                        index: k,
                        continuity: continuity,
                        halves: slots0[i].halves + slots1[j].halves + slots2[k].halves,
                        tentative: pair.tentative + (slots2[k].isTentative ? 1 : 0)
                    )
                    let regular = slots1[j].rhythm == slots2[k].rhythm
                    if isCut(chain, regular: regular, start: slots0[i].start) { continue }
                    offer(indices: [i, j, k], chain: chain, regular: regular, bits: triple)
                }
            }
        }
    }

    /// `nodes & checkMask == 0` every ``SearchDeadline/checkInterval`` nodes.
    private static let checkMask = 1023

    /// Counts a node; `false` when the node limit or the deadline stops the search here.
    private mutating func enter() -> Bool {
        nodes += 1
        if nodes > nodeLimit || (nodes & Self.checkMask == 0 && deadline.hasPassed()) {
            isComplete = false
            return false
        }
        return true
    }

    /// Whether a node whose best possible objective prefix is given cannot enter the list of best plans.
    private func isCut(_ bound: Bound, regular: Bool = true, start: Int) -> Bool {
        if enforcesSequenceQuorum && problem.requiresSequenceQuorum && bound.continuity < problem.quorum { return true }
        guard let threshold else { return false }
        return (bound.continuity, bound.halves, regular ? 1 : 0, -bound.tentative, -start) < threshold
    }

    /// Completes a chain with its best review and offers it to the list of best plans.
    private mutating func offer(indices: [Int], chain: Bound, regular: Bool, bits: [UInt64]) {
        var indices = indices
        var review: ReviewChoice?
        if problem.slots.count > 3 {
            guard let best = bestReview(after: indices[2], continuityBits: bits) else { return }
            indices.append(best.index)
            review = best
        }
        let chosen = indices.enumerated().map { problem.source(level: $0, index: $1) }
        let score = PlanScore(
            continuity: chain.continuity,
            attendanceHalves: chain.halves,
            hasRegularRhythm: regular,
            tentativeSessions: chain.tentative,
            informationStart: chosen[0].start,
            reviewContinuity: review?.continuity ?? 0,
            reviewHalves: review?.halves ?? 0,
            isReviewTentative: review?.isTentative ?? false,
            reviewStart: review.map { problem.source(level: 3, index: $0.index).start },
            slotIDs: chosen.map(\.id)
        )
        top.offer(.init(score: score, indices: indices, dates: chosen.prefix(3).map(\.start.wallMinutes)))
        threshold = top.threshold.map { threshold in
            (
                threshold.continuity, threshold.attendanceHalves, threshold.hasRegularRhythm ? 1 : 0,
                -threshold.tentativeSessions, -threshold.informationStart.wallMinutes
            )
        }
    }

    private struct ReviewChoice {
        let index: Int
        let continuity: Int
        let halves: Int
        let isTentative: Bool
    }

    /// The review that most of the continuity set can attend, then with most yes, then not on tentative
    /// time, then the earliest (the first in start order among equals).
    ///
    /// Stops at the first review that everyone of the set can attend with a yes and that is not tentative:
    /// no later review can beat it.
    private func bestReview(after founding2: Int, continuityBits: [UInt64]) -> ReviewChoice? {
        let words = problem.wordCount
        let reviews = problem.slots[3]
        let attendance = problem.attendance[3]
        let yes = problem.yesAnswers[3]
        let members = continuityBits.reduce(0) { $0 + $1.nonzeroBitCount }
        var best: ReviewChoice?
        for r in windows[2][founding2] {
            var continuity = 0
            for w in 0..<words { continuity += (continuityBits[w] & attendance[r * words + w]).nonzeroBitCount }
            if let current = best, continuity < current.continuity { continue }
            var halves = continuity
            for w in 0..<words { halves += (continuityBits[w] & yes[r * words + w]).nonzeroBitCount }
            let candidate = ReviewChoice(
                index: r,
                continuity: continuity,
                halves: halves,
                isTentative: reviews[r].isTentative
            )
            if let current = best,
                (continuity, halves, candidate.isTentative ? 0 : 1)
                    <= (current.continuity, current.halves, current.isTentative ? 0 : 1)
            {
                continue
            }
            best = candidate
            if continuity == members && halves == 2 * members && !candidate.isTentative { break }
        }
        return best
    }

    /// An upper bound of the objective prefix below a node (or the exact value of a chain).
    private struct Bound {
        let index: Int
        let continuity: Int
        let halves: Int
        /// Tentative sessions among those already chosen.
        let tentative: Int

        /// Sorts best bound first (more continuity, then more halves, then fewer tentative sessions); equal bounds
        /// keep the start order (then the ids), so the search is deterministic.
        ///
        /// It sorts packed integer keys rather than calling a comparison closure: this runs once per node of the
        /// first level, on every founding 1 candidate of its window.
        static func sortBestFirst(_ bounds: inout [Bound]) {
            guard bounds.count > 1 else { return }
            // continuity < 2^20 people, halves + 2^25 offset < 2^26, tentative < 4, index < 2^16 (checked).
            let fitsKeys =
                bounds.allSatisfy { bound in
                    (0..<(1 << 20)).contains(bound.continuity) && bound.halves > -(1 << 25) && bound.halves < (1 << 25)
                        && (0..<4).contains(bound.tentative)
                } && bounds.count < (1 << 16)
            guard fitsKeys else {
                bounds = bounds.enumerated().sorted { lhs, rhs in
                    (lhs.element.continuity, lhs.element.halves, -lhs.element.tentative, -lhs.offset)
                        > (rhs.element.continuity, rhs.element.halves, -rhs.element.tentative, -rhs.offset)
                }.map(\.element)
                return
            }
            var keys = bounds.enumerated().map { offset, bound in
                UInt64(bound.continuity) << 44 | UInt64(bound.halves + (1 << 25)) << 18
                    | UInt64(3 - bound.tentative) << 16 | UInt64((1 << 16) - 1 - offset)
            }
            keys.sort(by: >)
            let original = bounds
            for (rank, key) in keys.enumerated() { bounds[rank] = original[(1 << 16) - 1 - Int(key & 0xFFFF)] }
        }
    }
}
