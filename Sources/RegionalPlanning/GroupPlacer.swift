import PlanningDomain
import PlanningEngine

/// Places one group exactly, the rest of the calendar fixed: the candidates the calendar rules out are removed
/// before the single-group planner is called, so the plan is always one that planner returns for the group.
///
/// Published sessions come first: every subset of them is tried, the largest first, and the first size that
/// admits a plan wins (the `published-kept` term is above all others). Rules the planner cannot see inside one
/// group (weekly and monthly limits counted over the group's own sessions, the travel buffer between two of
/// its sessions) are repaired by branching: a plan breaking one is replaced by the best plans without each of
/// the sessions involved, which is exact because every valid plan lacks one of them.
struct GroupPlacer: Sendable {
    let region: CompiledRegion
    /// Planner calls allowed per repair search before it settles for the best plan found.
    var repairBudget: Int
    /// Whether rules the planner cannot see are repaired; without, ``best(for:in:)`` is a relaxation.
    var repairs = true
    private var cache: [[Allowed: Planned?]]
    /// Whether every search since it was last set finished within its repair budget (so it was exact).
    var isExact = true

    /// The allowed candidates of each level.
    typealias Allowed = [[Bool]]

    struct Planned: Hashable, Sendable {
        let levels: [Int]
        let score: PlanScore
        let exclusions: [CandidateExclusion]
    }

    init(region: CompiledRegion, repairBudget: Int = 64) {
        self.region = region
        self.repairBudget = repairBudget
        cache = Array(repeating: [:], count: region.groups.count)
    }

    /// Whether a candidate can join the calendar as it stands (the group itself must not be in it).
    func isFree(_ candidate: GroupCandidate, in occupancy: Occupancy) -> Bool {
        candidate.staticBreach == nil && occupancy.facilitatorClash(candidate.facilitator, candidate.span) == nil
            && occupancy.venueClash(candidate.span) == nil
            && occupancy.weekLoad(candidate.facilitator, candidate.span.week)
                < region.weeklyLimit[candidate.facilitator]
            && occupancy.monthLoad(candidate.facilitator, candidate.span.month)
                < region.monthlyLimit[candidate.facilitator]
    }

    /// The group's best place in the calendar as it stands, or `nil` when it has none.
    mutating func best(for index: Int, in occupancy: Occupancy) -> GroupChoice? {
        let group = region.groups[index]
        let free = group.levels.map { level in level.map { isFree($0, in: occupancy) } }
        let pins = group.pins.enumerated().compactMap { level, pin in pin.map { (level: level, index: $0) } }
        for keep in stride(from: pins.count, through: 0, by: -1) {
            var best: GroupChoice?
            for subset in Self.subsets(of: pins.count, size: keep) {
                let kept = subset.map { pins[$0] }
                guard kept.allSatisfy({ free[$0.level][$0.index] }) else { continue }
                var allowed = free
                for pin in kept {
                    allowed[pin.level] = allowed[pin.level].indices.map { $0 == pin.index }
                }
                guard let found = solve(index, allowed: allowed, occupancy: occupancy) else { continue }
                if best.map({ $0.score < found.score }) ?? true {
                    let keptCount = group.pins.enumerated().count { level, pin in pin == found.levels[level] }
                    best = GroupChoice(levels: found.levels, score: found.score, kept: keptCount)
                }
            }
            if let best { return best }
        }
        return nil
    }

    /// The planner's best plan with only `allowed` candidates, ignoring the calendar (a relaxation).
    mutating func plan(_ index: Int, allowed: Allowed) -> Planned? {
        if let cached = cache[index][allowed] { return cached }
        let group = region.groups[index]
        var scenario = group.source.scenario
        let kept = Set(
            group.levels.indices.flatMap { level in
                group.levels[level].indices.filter { allowed[level][$0] }.map { group.levels[level][$0].slot.id }
            }
        )
        scenario.candidates = scenario.candidates.filter { kept.contains($0.id) }
        var result: Planned?
        if case .planned(let planned) = Planner(scenario: scenario, options: .init(alternativeCount: 0)).plan() {
            let levels = planned.plan.sessions.map { group.position[$0.slot.id]?.index ?? 0 }
            result = Planned(levels: levels, score: planned.score, exclusions: planned.exclusions)
        }
        if cache[index].count >= 512 { cache[index].removeAll(keepingCapacity: true) }
        cache[index][allowed] = result
        return result
    }

    // MARK: - Repair

    private mutating func solve(_ index: Int, allowed: Allowed, occupancy: Occupancy) -> Planned? {
        var best: Planned?
        var visited = Set<Allowed>()
        var budget = repairBudget
        explore(index, allowed: allowed, occupancy: occupancy, best: &best, visited: &visited, budget: &budget)
        return best
    }

    private mutating func explore(
        _ index: Int,
        allowed: Allowed,
        occupancy: Occupancy,
        best: inout Planned?,
        visited: inout Set<Allowed>,
        budget: inout Int
    ) {
        guard visited.insert(allowed).inserted else { return }
        guard budget > 0 else {
            isExact = false
            return
        }
        budget -= 1
        guard let planned = plan(index, allowed: allowed) else { return }
        if let incumbent = best, !(incumbent.score < planned.score) { return }
        let involved = repairs ? violations(of: planned.levels, group: index, occupancy: occupancy) : []
        guard !involved.isEmpty else {
            best = planned
            return
        }
        for (level, candidate) in involved {
            var narrower = allowed
            narrower[level][candidate] = false
            explore(index, allowed: narrower, occupancy: occupancy, best: &best, visited: &visited, budget: &budget)
        }
    }

    /// Sessions of one plan that together break a rule only the calendar sees; empty when there is none.
    ///
    /// The rules: a weekly or monthly limit counted with the group's own sessions, or the travel buffer between
    /// two of them.
    func violations(of levels: [Int], group index: Int, occupancy: Occupancy) -> [(Int, Int)] {
        let group = region.groups[index]
        let sessions = levels.enumerated().map { (level: $0, index: $1, slot: group.levels[$0][$1]) }
        for a in sessions.indices {
            for b in sessions.indices where b > a {
                let first = sessions[a].slot
                let second = sessions[b].slot
                if first.facilitator == second.facilitator
                    && !first.span.isCompatible(with: second.span, buffer: region.buffer)
                {
                    return [(sessions[a].level, sessions[a].index), (sessions[b].level, sessions[b].index)]
                }
            }
        }
        for session in sessions {
            let facilitator = session.slot.facilitator
            let sameWeek = sessions.filter {
                $0.slot.facilitator == facilitator && $0.slot.span.week == session.slot.span.week
            }
            if occupancy.weekLoad(facilitator, session.slot.span.week) + sameWeek.count
                > region.weeklyLimit[facilitator]
            {
                return sameWeek.map { ($0.level, $0.index) }
            }
            let sameMonth = sessions.filter {
                $0.slot.facilitator == facilitator && $0.slot.span.month == session.slot.span.month
            }
            if occupancy.monthLoad(facilitator, session.slot.span.month) + sameMonth.count
                > region.monthlyLimit[facilitator]
            {
                return sameMonth.map { ($0.level, $0.index) }
            }
        }
        return []
    }

    /// Every subset of `0..<count` with `size` elements, in lexicographic order.
    static func subsets(of count: Int, size: Int) -> [[Int]] {
        guard size > 0 else { return [[]] }
        guard size <= count else { return [] }
        var result: [[Int]] = []
        var current: [Int] = []
        func extend(from start: Int) {
            if current.count == size {
                result.append(current)
                return
            }
            for next in start..<count where count - next >= size - current.count {
                current.append(next)
                extend(from: next + 1)
                current.removeLast()
            }
        }
        extend(from: 0)
        return result
    }
}
