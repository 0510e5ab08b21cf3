import PlanningDomain
import PlanningEngine

/// The large-neighbourhood search behind ``RegionalOptimiser``: a first calendar, then rounds of taking a few
/// groups or workshops out and putting them back exactly, keeping every change that is not worse.
struct NeighbourhoodSearch: Sendable {
    let region: CompiledRegion
    let options: RegionalOptimiser.Options
    var state: SearchState
    var placer: GroupPlacer
    let solver: WorkshopSolver
    let bound: RegionalBound
    /// For each group, the other groups whose candidates share a facilitator in the same week or a room on the
    /// same day with one of its own: those it competes with.
    let neighbours: [[Int]]
    var random: SearchRandom
    /// Groups below their value alone, refreshed every few iterations.
    private var behindGroups: [Int] = []
    /// Groups with a plan alone that the calendar leaves out or short of published sessions, refreshed with
    /// ``behindGroups``.
    private var groupsToMend: [Int] = []
    /// Groups of ``groupsToMend`` whose repair failed since the last retry.
    private var mendFailed = Set<Int>()
    /// Workshops with a published run.
    let pinnedWorkshops: [Int]
    private(set) var iterations = 0
    private(set) var improvements = 0

    init(region: CompiledRegion, options: RegionalOptimiser.Options) {
        self.region = region
        self.options = options
        var placer = GroupPlacer(region: region, repairBudget: options.repairBudget)
        solver = WorkshopSolver(region: region)
        bound = RegionalBound(region: region, placer: &placer, solver: solver)
        self.placer = placer
        state = SearchState(region: region)
        random = SearchRandom(seed: options.seed)
        neighbours = Self.neighbours(in: region)
        pinnedWorkshops = region.workshops.indices.filter { !region.workshops[$0].pins.isEmpty }
    }

    private static func neighbours(in region: CompiledRegion) -> [[Int]] {
        var byWeek: [Int: [Int]] = [:]
        var byDay: [Int: [Int]] = [:]
        func key(_ resource: Int, _ time: Int) -> Int { resource * 1_000_000 + time }
        for group in region.groups {
            for candidate in group.levels.joined() where candidate.staticBreach == nil {
                byWeek[key(candidate.facilitator, candidate.span.week), default: []].append(group.index)
                byDay[key(candidate.span.venue, candidate.span.day), default: []].append(group.index)
            }
        }
        return region.groups.map { group in
            var found = Set<Int>()
            for candidate in group.levels.joined() where candidate.staticBreach == nil {
                found.formUnion(byWeek[key(candidate.facilitator, candidate.span.week)] ?? [])
                found.formUnion(byDay[key(candidate.span.venue, candidate.span.day)] ?? [])
            }
            found.remove(group.index)
            return found.sorted()
        }
    }

    // MARK: - Running

    /// Builds the first calendar, then improves it until a limit, cancellation or the bound stops it.
    mutating func run(
        elapsed: () -> Duration,
        progress: (RegionalProgress) -> Void,
        isCancelled: () -> Bool
    ) -> RegionalSearchStatistics.Stop {
        if let stop = construct(isCancelled: isCancelled) { return stop }
        report(progress, elapsed())
        let budget = options.iterationLimit ?? (options.timeLimit == nil ? 10_000 : Int.max)
        let usesClock = options.iterationLimit == nil && options.timeLimit != nil
        while true {
            if state.objective == bound.objective { return .provenOptimal }
            if isCancelled() { return .cancelled }
            if iterations >= budget { return .iterationLimit }
            if usesClock, let limit = options.timeLimit, elapsed() >= limit { return .timeLimit }
            iterations += 1
            let before = state.objective
            var journal = Journal()
            neighbourhood(&journal)
            let after = state.objective
            if after < before {
                journal.undo(&state)
            } else if before < after {
                improvements += 1
                report(progress, elapsed())
            }
            if iterations % 500 == 0 { report(progress, elapsed()) }
        }
    }

    private func report(_ progress: (RegionalProgress) -> Void, _ elapsed: Duration) {
        progress(
            RegionalProgress(
                objective: state.objective,
                bound: bound.objective,
                elapsed: elapsed,
                iterations: iterations
            )
        )
    }

    /// The first calendar, in the objective's order of importance.
    ///
    /// Groups with published sessions, workshops with published runs, the other groups (the most constrained
    /// first), the other workshops (the most interest first). Returns `.cancelled` when cancelled half-way (the calendar is valid, only
    /// incomplete).
    private mutating func construct(isCancelled: () -> Bool) -> RegionalSearchStatistics.Stop? {
        let order = region.groups.indices.sorted { a, b in
            let left = region.groups[a]
            let right = region.groups[b]
            if left.pinCount != right.pinCount { return left.pinCount > right.pinCount }
            let leftFree = left.levels.map { $0.count { $0.staticBreach == nil } }.min() ?? 0
            let rightFree = right.levels.map { $0.count { $0.staticBreach == nil } }.min() ?? 0
            return (leftFree, a) < (rightFree, b)
        }
        let workshops = region.workshops.indices.sorted {
            (-region.workshops[$0].interests.count, $0) < (-region.workshops[$1].interests.count, $1)
        }
        // Published sessions and runs first (the first term of the objective), then the other groups, then the
        // other workshops.
        let pinnedWorkshops = workshops.filter { !region.workshops[$0].pins.isEmpty }
        for index in order where region.groups[index].pinCount > 0 {
            if isCancelled() { return .cancelled }
            if let choice = placer.best(for: index, in: state.occupancy) { state.placeGroup(index, choice) }
        }
        for index in pinnedWorkshops {
            if isCancelled() { return .cancelled }
            state.placeWorkshop(index, solver.best(for: index, in: state.occupancy))
        }
        for index in order where region.groups[index].pinCount == 0 {
            if isCancelled() { return .cancelled }
            if let choice = placer.best(for: index, in: state.occupancy) { state.placeGroup(index, choice) }
        }
        for index in workshops where region.workshops[index].pins.isEmpty {
            if isCancelled() { return .cancelled }
            state.placeWorkshop(index, solver.best(for: index, in: state.occupancy))
        }
        return nil
    }

    // MARK: - Neighbourhoods

    private mutating func neighbourhood(_ journal: inout Journal) {
        // The first two terms come first: a group left out (or short of its published sessions) is repaired by
        // taking out what holds the resources it needs, before any random neighbourhood.
        // A repair that fails is not tried again for that group until the calendar had time to change.
        if iterations % 16 == 1 { groupsToMend = groupsToRepair() }
        if iterations % Self.repairRetry == 1 { mendFailed = [] }
        let mendable = groupsToMend.filter { !mendFailed.contains($0) }
        if !mendable.isEmpty && (iterations % 16 == 1 || random.percent(50)) {
            let group = mendable[random.index(mendable.count)]
            if !repair(group, journal: &journal) { mendFailed.insert(group) }
            return
        }
        let missing = workshopsMissingAPublishedRun
        if !missing.isEmpty && random.percent(20) {
            publishedRunNeighbourhood(missing[random.index(missing.count)], journal: &journal)
            return
        }
        let roll = random.index(100)
        if region.workshops.isEmpty || roll < 45 {
            groupNeighbourhood(&journal)
        } else if roll < 80 {
            workshopNeighbourhood(&journal)
        } else {
            loadNeighbourhood(&journal)
        }
    }

    /// A group below its value alone (or any group), with some of what stands in the way of its best plan alone.
    private mutating func groupNeighbourhood(_ journal: inout Journal) {
        guard !region.groups.isEmpty else { return }
        if iterations % 16 == 1 || behindGroups.isEmpty { behindGroups = region.groups.indices.filter { isBehind($0) } }
        let behind = behindGroups
        let group =
            behind.isEmpty || random.percent(20)
            ? random.index(region.groups.count) : behind[random.index(behind.count)]
        let isShort = state.groups[group] == nil || (state.groups[group]?.kept ?? 0) < (bound.groups[group]?.kept ?? 0)
        if isShort && random.percent(50) {
            ejectionSet(for: group, journal: &journal)
            return
        }
        if random.percent(50) {
            ejectionChain(from: group, journal: &journal)
            return
        }
        var blockers = random.percent(60) ? self.blockers(of: group) : []
        blockers = Array(random.shuffled(blockers).prefix(1 + random.index(3)))
        let close = neighbours[group]
        if !close.isEmpty {
            for _ in 0..<(blockers.isEmpty ? 1 + random.index(3) : random.index(2)) {
                blockers.append(.group(close[random.index(close.count)], level: 0))
            }
        }
        var groups = [group]
        var workshops: [Int] = []
        for owner in blockers {
            switch owner {
            case .group(let index, _): if !groups.contains(index) { groups.append(index) }
            case .run(let index, _): if !workshops.contains(index) { workshops.append(index) }
            }
        }
        let others = random.shuffled(Array(groups.dropFirst()))
        let order = random.percent(70) ? [group] + others : others + [group]
        reinsert(groups: order, workshops: workshops, evictingRuns: random.percent(30), journal: &journal)
    }

    /// One or two workshops, the first below its value alone when there is one.
    private mutating func workshopNeighbourhood(_ journal: inout Journal) {
        let behind = region.workshops.indices.filter { index in
            let now = state.workshops[index]
            let alone = bound.workshops[index]
            return (now.kept, now.enrolled, now.priority, now.spread) != (
                alone.kept, alone.enrolled, alone.priority, alone.spread
            )
        }
        let first =
            behind.isEmpty || random.percent(30)
            ? random.index(region.workshops.count) : behind[random.index(behind.count)]
        var workshops = [first]
        if random.percent(50), region.workshops.count > 1 {
            let other = random.index(region.workshops.count)
            if other != first { workshops.append(other) }
        }
        reinsert(groups: [], workshops: workshops, journal: &journal)
    }

    /// The workshops that load a facilitator in a peak week, or that make one travel on some day.
    private mutating func loadNeighbourhood(_ journal: inout Journal) {
        var owners: [Occupancy.Owner] = []
        let peak = state.occupancy.peak
        for facilitator in region.facilitators.indices {
            for (week, load) in state.occupancy.weeks(of: facilitator) where load == peak {
                for day in (week * 7 - 3)..<(week * 7 + 4) {
                    owners += state.occupancy.sessions(of: facilitator, on: day).map(\.owner)
                }
            }
        }
        var workshops: [Int] = []
        for owner in random.shuffled(owners) {
            if case .run(let index, _) = owner, !workshops.contains(index) { workshops.append(index) }
        }
        if workshops.isEmpty {
            workshopNeighbourhood(&journal)
            return
        }
        reinsert(groups: [], workshops: Array(workshops.prefix(1 + random.index(3))), journal: &journal)
    }

    /// Takes the items out, then puts them back one at a time, each exactly given everything else.
    ///
    /// Groups go back in the order given, then workshops in a random order. With `evictingRuns`, a group whose best plan ignoring
    /// the workshops is better than its best plan among them takes it, and the runs in its way are put back after.
    mutating func reinsert(groups: [Int], workshops: [Int], evictingRuns: Bool = false, journal: inout Journal) {
        for index in groups {
            journal.noteGroup(index, in: state)
            state.removeGroup(index)
        }
        for index in workshops {
            journal.noteWorkshop(index, in: state)
            state.removeWorkshop(index)
        }
        var workshops = workshops
        for index in groups {
            var choice = placer.best(for: index, in: state.occupancy)
            // Groups come before workshops in the objective: when runs stand in the way of a better plan, they go.
            if evictingRuns, let evicting = placer.best(for: index, in: state.groupOccupancy),
                (choice?.value).map({ $0.lexicographicallyPrecedes(evicting.value) }) ?? true
            {
                for owner in clashingOwners(of: evicting, group: index) {
                    guard case .run(let workshop, _) = owner, !workshops.contains(workshop) else { continue }
                    journal.noteWorkshop(workshop, in: state)
                    state.removeWorkshop(workshop)
                    workshops.append(workshop)
                }
                choice = evicting
            }
            if let choice { state.placeGroup(index, choice) }
        }
        for index in random.shuffled(workshops) {
            state.placeWorkshop(index, solver.best(for: index, in: state.occupancy))
        }
    }

    /// What stands in the way of a group's choice in the calendar: sessions it clashes with (facilitator, travel
    /// buffer, room), and the sessions that fill a facilitator's week or month it needs.
    func clashingOwners(of choice: GroupChoice, group: Int) -> [Occupancy.Owner] {
        let occupancy = state.occupancy
        var owners: [Occupancy.Owner] = []
        let sessions = choice.levels.enumerated().map { region.groups[group].levels[$0][$1] }
        for session in sessions {
            let facilitator = session.facilitator
            owners += occupancy.facilitatorClashes(facilitator, session.span).map(\.owner)
            owners += occupancy.venueClashes(session.span).map(\.owner)
            let sameWeek = sessions.count { $0.facilitator == facilitator && $0.span.week == session.span.week }
            if occupancy.weekLoad(facilitator, session.span.week) + sameWeek > region.weeklyLimit[facilitator] {
                for day in (session.span.week * 7 - 3)..<(session.span.week * 7 + 4) {
                    owners += occupancy.sessions(of: facilitator, on: day).map(\.owner)
                }
            }
            let sameMonth = sessions.count { $0.facilitator == facilitator && $0.span.month == session.span.month }
            if occupancy.monthLoad(facilitator, session.span.month) + sameMonth > region.monthlyLimit[facilitator] {
                for day in (session.span.day - 31)...(session.span.day + 31) {
                    owners += occupancy.sessions(of: facilitator, on: day)
                        .filter { $0.span.month == session.span.month }.map(\.owner)
                }
            }
        }
        var unique: [Occupancy.Owner] = []
        for owner in owners where !unique.contains(owner) {
            if case .group(let other, _) = owner, other == group { continue }
            unique.append(owner)
        }
        return unique
    }

    // MARK: - Guidance

    /// Whether a group is below what it reaches alone.
    private func isBehind(_ index: Int) -> Bool {
        guard bound.groups[index] != nil else { return false }
        guard state.groups[index] != nil else { return true }
        return state.groups[index]?.kept ?? 0 < bound.groups[index]?.kept ?? 0
            || state.groups[index]?.score.objectiveVector != bound.groups[index]?.score.objectiveVector
    }

    /// What occupies the rooms, facilitators and weeks the group's best plan alone needs.
    private func blockers(of index: Int) -> [Occupancy.Owner] {
        guard let alone = bound.groups[index] else { return [] }
        let group = region.groups[index]
        var owners: [Occupancy.Owner] = []
        for (level, candidate) in alone.levels.enumerated() {
            let slot = group.levels[level][candidate]
            if let placed = state.occupancy.facilitatorClash(slot.facilitator, slot.span) {
                owners.append(placed.owner)
            }
            if let placed = state.occupancy.venueClash(slot.span) { owners.append(placed.owner) }
            if state.occupancy.weekLoad(slot.facilitator, slot.span.week) >= region.weeklyLimit[slot.facilitator] {
                for day in (slot.span.week * 7 - 3)..<(slot.span.week * 7 + 4) {
                    owners += state.occupancy.sessions(of: slot.facilitator, on: day).map(\.owner)
                }
            }
            if state.occupancy.monthLoad(slot.facilitator, slot.span.month) >= region.monthlyLimit[slot.facilitator] {
                for day in (slot.span.day - 31)...(slot.span.day + 31) {
                    owners += state.occupancy.sessions(of: slot.facilitator, on: day)
                        .filter { $0.span.month == slot.span.month }.map(\.owner)
                }
            }
        }
        var unique: [Occupancy.Owner] = []
        for owner in owners where !unique.contains(owner) {
            if case .group(let other, _) = owner, other == index { continue }
            unique.append(owner)
        }
        return unique
    }
}
