import PlanningDomain

/// The large-neighbourhood search behind ``RegionalOptimiser``: a first calendar, then rounds of taking a few
/// groups or workshops out and putting them back exactly, keeping every change that is not worse.
struct NeighbourhoodSearch: Sendable {
    let region: CompiledRegion
    let options: RegionalOptimiser.Options
    private(set) var state: SearchState
    private(set) var placer: GroupPlacer
    let solver: WorkshopSolver
    let bound: RegionalBound
    private var random: SearchRandom
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

    /// The first calendar: groups with published sessions first, then the most constrained; then workshops with
    /// the most interest first. Returns `.cancelled` when cancelled half-way (the calendar is valid, only
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
        for index in order {
            if isCancelled() { return .cancelled }
            if let choice = placer.best(for: index, in: state.occupancy) { state.placeGroup(index, choice) }
        }
        let workshops = region.workshops.indices.sorted {
            (-region.workshops[$0].interests.count, $0) < (-region.workshops[$1].interests.count, $1)
        }
        for index in workshops {
            if isCancelled() { return .cancelled }
            state.placeWorkshop(index, solver.best(for: index, in: state.occupancy))
        }
        return nil
    }

    // MARK: - Neighbourhoods

    private mutating func neighbourhood(_ journal: inout Journal) {
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
        let behind = region.groups.indices.filter { isBehind($0) }
        let group = behind.isEmpty ? random.index(region.groups.count) : behind[random.index(behind.count)]
        var blockers = self.blockers(of: group)
        blockers = Array(random.shuffled(blockers).prefix(1 + random.index(3)))
        if random.percent(25), let other = relatedGroup(of: group) { blockers.append(.group(other, level: 0)) }
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
        reinsert(groups: order, workshops: workshops, journal: &journal)
    }

    /// One or two workshops, the first below its value alone when there is one.
    private mutating func workshopNeighbourhood(_ journal: inout Journal) {
        let behind = region.workshops.indices.filter { state.workshops[$0] != bound.workshops[$0] }
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

    /// Takes the items out, then puts them back one at a time (groups in the order given, then workshops in a
    /// random order), each exactly given everything else.
    private mutating func reinsert(groups: [Int], workshops: [Int], journal: inout Journal) {
        for index in groups {
            journal.noteGroup(index, in: state)
            state.removeGroup(index)
        }
        for index in workshops {
            journal.noteWorkshop(index, in: state)
            state.removeWorkshop(index)
        }
        for index in groups {
            if let choice = placer.best(for: index, in: state.occupancy) { state.placeGroup(index, choice) }
        }
        for index in random.shuffled(workshops) {
            state.placeWorkshop(index, solver.best(for: index, in: state.occupancy))
        }
    }

    // MARK: - Guidance

    /// Whether a group is below what it reaches alone.
    private func isBehind(_ index: Int) -> Bool {
        guard let alone = bound.groups[index] else { return false }
        guard let current = state.groups[index] else { return true }
        return current.kept < alone.kept || current.score < alone.score
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

    /// Another group whose candidates share a facilitator with this one's, if any.
    private mutating func relatedGroup(of index: Int) -> Int? {
        let mine = Set(region.groups[index].levels.flatMap { $0.map(\.facilitator) })
        let related = region.groups.indices.filter { other in
            other != index && region.groups[other].levels.contains { $0.contains { mine.contains($0.facilitator) } }
        }
        return related.isEmpty ? nil : related[random.index(related.count)]
    }
}
