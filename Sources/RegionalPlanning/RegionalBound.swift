import PlanningDomain
import PlanningEngine

/// The bound: each group and each workshop planned alone in an empty calendar.
///
/// Dropping every rule that binds two groups or workshops together is a relaxation, so each item's best value
/// alone is at least its value in any calendar; and since a sum of vectors that are each lexicographically at
/// most their bounds is lexicographically at most the sum of the bounds, the sums bound the objective term by
/// term, each given the bounds before it. Given those, every group placed alone is placed with its published
/// sessions kept, which forces some load: a session whose usable candidates all share one facilitator and one
/// week is counted there, and the peak-load bound is the largest such count (at least 1 once anything is
/// placed). With a peak of 1, every session is alone in its (facilitator, week), which bounds the peak weeks by
/// the number of group sessions; travel is bounded by 0.
struct RegionalBound: Sendable {
    let objective: RegionalObjective
    /// Each group's best choice alone, `nil` when it has none.
    let groups: [GroupChoice?]
    /// Each workshop's best choice alone.
    let workshops: [WorkshopChoice]

    init(region: CompiledRegion, placer: inout GroupPlacer, solver: WorkshopSolver) {
        let empty = Occupancy(
            facilitators: region.facilitators.count,
            venues: region.venues.count,
            persons: region.persons.count,
            buffer: region.buffer
        )
        let budget = placer.repairBudget
        placer.repairBudget = max(budget, 4096)
        var groups: [GroupChoice?] = []
        for index in region.groups.indices {
            placer.isExact = true
            var choice = placer.best(for: index, in: empty)
            if !placer.isExact {
                // The repair search did not finish: fall back to the relaxation without the calendar-only rules.
                placer.repairs = false
                choice = placer.best(for: index, in: empty)
                placer.repairs = true
            }
            groups.append(choice)
        }
        placer.repairBudget = budget
        placer.isExact = true
        let workshops = region.workshops.indices.map { solver.best(for: $0, in: empty) }
        self.groups = groups
        self.workshops = workshops

        var objective = RegionalObjective()
        var sums = [Int](repeating: 0, count: 7)
        for choice in groups.compactMap({ $0 }) {
            objective[.publishedKept] += choice.kept
            objective[.groupsPlaced] += 1
            for (offset, value) in choice.terms(reference: region.reference).enumerated() { sums[offset] += value }
        }
        let groupTerms: [ObjectiveTerm] = [
            .continuity, .attendance, .rhythm, .informationStart, .reviewContinuity, .reviewAttendance, .reviewStart,
        ]
        for (term, value) in zip(groupTerms, sums) { objective[term] = value }
        for choice in workshops {
            objective[.publishedKept] += choice.kept
            objective[.enrolled] += choice.enrolled
            objective[.enrolmentPriority] += choice.priority
            objective[.workshopSpread] += choice.spread
        }
        let load = Self.forcedLoad(region: region, groups: groups, placer: &placer)
        let anything = groups.contains { $0 != nil } || workshops.contains { !$0.runs.isEmpty }
        let peak = max(anything ? 1 : 0, load.peak)
        objective[.peakLoad] = peak
        if peak == 0 {
            objective[.peakWeeks] = 0
        } else if peak == 1 {
            objective[.peakWeeks] = groups.compactMap { $0?.levels.count }.reduce(0, +)
        } else {
            objective[.peakWeeks] = load.pairsAtPeak
        }
        objective[.travel] = 0
        self.objective = objective
    }

    /// The largest load some (facilitator, week) must carry, and how many pairs carry it.
    private static func forcedLoad(
        region: CompiledRegion,
        groups: [GroupChoice?],
        placer: inout GroupPlacer
    ) -> (peak: Int, pairsAtPeak: Int) {
        var forced: [Int: Int] = [:]
        for (index, choice) in groups.enumerated() {
            guard let choice else { continue }
            let group = region.groups[index]
            let allowed = group.levels.map { level in level.map { $0.staticBreach == nil } }
            let excluded = Set(placer.plan(index, allowed: allowed)?.exclusions.map(\.slot) ?? [])
            let keepsAll = choice.kept == group.pinCount
            for (level, candidates) in group.levels.enumerated() {
                var usable = candidates.indices.filter {
                    candidates[$0].staticBreach == nil && !excluded.contains(candidates[$0].slot.id)
                }
                if keepsAll, let pin = group.pins[level] { usable = [pin] }
                guard let first = usable.first.map({ candidates[$0] }) else { continue }
                let shared = usable.allSatisfy {
                    candidates[$0].facilitator == first.facilitator && candidates[$0].span.week == first.span.week
                }
                if shared { forced[first.facilitator * 1_000_000 + first.span.week, default: 0] += 1 }
            }
        }
        let peak = forced.values.max() ?? 0
        return (peak, forced.values.count { $0 == peak })
    }
}
