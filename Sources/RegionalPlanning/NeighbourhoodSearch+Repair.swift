/// Repair of a group that has a plan alone but not in the calendar (or keeps fewer published sessions than it
/// does alone): the groups holding what its candidates need are taken out, chosen by conflict, the group is
/// placed, and each group taken out goes back where it can, itself making room by taking out others when it
/// cannot (three links deep for a group left out, two for one short of its published sessions). The first of
/// these that makes the calendar better is kept.
///
/// Unlike an ejection set, a full week or month does not ask for every session in it to go: it asks for as many
/// as the load is over the limit, from any group there.
extension NeighbourhoodSearch {
    /// The most groups taken out for one group.
    static let repairSetSize = 3
    /// The groups in the way considered for one group (those in the way of the most candidates first).
    static let repairPool = 10
    /// Sets that let the group in tried in one move.
    static let repairAttempts = 8
    /// Iterations after which groups whose repair failed are tried again.
    static let repairRetry = 256

    /// What keeps a candidate out of the calendar, counted in groups (runs are moved anyway).
    struct Obstacle {
        /// Groups that clash with it (facilitator, travel buffer, room): all must go.
        var clashing: Set<Int> = []
        /// Owners of the sessions filling its facilitator's week, and how many must go.
        var week: [Int] = []
        var weekExcess = 0
        /// The same for its facilitator's month.
        var month: [Int] = []
        var monthExcess = 0

        func isFreed(by out: Set<Int>) -> Bool {
            clashing.isSubset(of: out) && week.count(where: out.contains) >= weekExcess
                && month.count(where: out.contains) >= monthExcess
        }

        var groups: Set<Int> { clashing.union(week).union(month) }
    }

    /// Groups with a plan alone that the calendar does not place, or places with fewer published sessions.
    func groupsToRepair() -> [Int] {
        region.groups.indices.filter { index in
            guard let alone = bound.groups[index] else { return false }
            guard let now = state.groups[index] else { return true }
            return now.kept < alone.kept
        }
    }

    /// Tries to place `group` by taking out the groups in its way.
    ///
    /// A group left out gains by any plan; one short of its published sessions must keep as many as alone. Keeps
    /// the first attempt that makes the calendar better, otherwise leaves the calendar as it was; returns whether
    /// it made the calendar better.
    @discardableResult
    mutating func repair(_ group: Int, journal: inout Journal) -> Bool {
        let before = state.objective
        // A group not placed gains by any plan; one short of its published sessions only by keeping more.
        let required = state.groups[group] == nil ? 0 : bound.groups[group]?.kept ?? 0
        // Links followed: three for a group left out (the second term), two for a published session.
        let depth = state.groups[group] == nil ? 3 : 2
        var outer = Journal()
        outer.noteGroup(group, in: state)
        state.removeGroup(group)
        for out in ejections(for: group, size: Self.repairSetSize, keeping: required, banned: [group]) {
            var trial = Journal()
            var workshops: [Int] = []
            let placed = place(
                group,
                keeping: required,
                insteadOf: out,
                banned: Set(out + [group]),
                depth: depth,
                journal: &trial,
                workshops: &workshops
            )
            if placed {
                for workshop in random.shuffled(workshops) {
                    state.placeWorkshop(workshop, solver.best(for: workshop, in: state.occupancy))
                }
                if before < state.objective {
                    journal.merge(outer)
                    journal.merge(trial)
                    return true
                }
            }
            trial.undo(&state)
        }
        outer.undo(&state)
        return false
    }

    /// Puts a group taken out back, with at least `kept` published sessions; when it has no place and `depth`
    /// allows another link, takes out at most two other groups (not `banned`) that let it in, and puts those back
    /// the same way, one link less deep.
    private mutating func reinsert(
        _ group: Int,
        keeping kept: Int,
        banned: Set<Int>,
        depth: Int,
        journal: inout Journal,
        workshops: inout [Int]
    ) -> Bool {
        if place(group, keeping: kept, journal: &journal, workshops: &workshops) { return true }
        guard depth > 1 else { return false }
        let banned = banned.union([group])
        for out in ejections(for: group, size: 2, keeping: kept, banned: banned) {
            var trial = Journal()
            var evicted: [Int] = []
            let placed = place(
                group,
                keeping: kept,
                insteadOf: out,
                banned: banned.union(out),
                depth: depth - 1,
                journal: &trial,
                workshops: &evicted
            )
            if placed {
                journal.merge(trial)
                for workshop in evicted where !workshops.contains(workshop) { workshops.append(workshop) }
                return true
            }
            trial.undo(&state)
        }
        return false
    }

    /// Places `group` instead of the groups `out`, then puts each of `out` back; returns whether all have a place.
    ///
    /// `group` keeps at least `kept` published sessions, each group of `out` as many as it kept; they go back in
    /// a seeded order, `depth` links deep, never taking out a group of `banned`. All of it is noted in `journal`.
    private mutating func place(
        _ group: Int,
        keeping kept: Int,
        insteadOf out: [Int],
        banned: Set<Int>,
        depth: Int,
        journal: inout Journal,
        workshops: inout [Int]
    ) -> Bool {
        let keptByOut = out.map { state.groups[$0]?.kept ?? 0 }
        for other in out {
            journal.noteGroup(other, in: state)
            state.removeGroup(other)
        }
        var placed = place(group, keeping: kept, journal: &journal, workshops: &workshops)
        for position in random.shuffled(Array(out.indices)) where placed {
            placed = reinsert(
                out[position],
                keeping: keptByOut[position],
                banned: banned,
                depth: depth,
                journal: &journal,
                workshops: &workshops
            )
        }
        return placed
    }

    /// Places a group (out of the calendar) at its best with at least `kept` published sessions; when it has no
    /// such place and only runs stand in its way, the runs in the way of its best plan among the groups are taken
    /// out (and listed in `workshops`, to be solved again).
    private mutating func place(
        _ group: Int,
        keeping kept: Int,
        journal: inout Journal,
        workshops: inout [Int]
    ) -> Bool {
        var choice = placer.best(for: group, in: state.occupancy)
        if (choice?.kept ?? -1) < kept,
            let free = placer.best(for: group, in: state.groupOccupancy),
            free.kept >= kept,
            (choice?.value).map({ $0.lexicographicallyPrecedes(free.value) }) ?? true
        {
            let runs = clashingOwners(of: free, group: group).compactMap { owner -> (Int, Int)? in
                if case .run(let workshop, let candidate) = owner { return (workshop, candidate) }
                return nil
            }
            // A published run is worth more than the group (first term): it is not moved for it.
            guard !runs.contains(where: { region.workshops[$0.0].pins.contains($0.1) }) else { return false }
            for (workshop, _) in runs {
                guard !workshops.contains(workshop) else { continue }
                journal.noteWorkshop(workshop, in: state)
                state.removeWorkshop(workshop)
                workshops.append(workshop)
            }
            choice = free
        }
        guard let choice, choice.kept >= kept else { return false }
        journal.noteGroup(group, in: state)
        state.placeGroup(group, choice)
        return true
    }

    /// Sets of other groups (never `banned`), smallest first, whose removal lets `group` have a plan with
    /// `kept` published sessions (the pins it keeps alone), ignoring the rules only the calendar sees.
    private mutating func ejections(for group: Int, size: Int, keeping kept: Int, banned: Set<Int>) -> [[Int]] {
        let compiled = region.groups[group]
        // The pins the group keeps alone, when it must keep as many.
        var pinned: [Int?] = compiled.levels.map { _ in nil }
        if kept > 0, let alone = bound.groups[group] {
            for (level, pin) in compiled.pins.enumerated() where pin == alone.levels[level] { pinned[level] = pin }
        }
        let obstacles: [[Obstacle?]] = compiled.levels.enumerated().map { level, candidates in
            candidates.enumerated().map { index, candidate in
                guard candidate.staticBreach == nil, pinned[level].map({ $0 == index }) ?? true else { return nil }
                return self.obstacle(of: candidate, group: group)
            }
        }
        var weight: [Int: Int] = [:]
        for obstacle in obstacles.joined().compactMap({ $0 }) {
            for other in obstacle.groups where !banned.contains(other) { weight[other, default: 0] += 1 }
        }
        let ranked = random.shuffled(weight.keys.sorted()).enumerated().sorted {
            (-weight[$0.element, default: 0], $0.offset) < (-weight[$1.element, default: 0], $1.offset)
        }
        let pool = ranked.prefix(Self.repairPool).map(\.element)
        var found: [[Int]] = []
        // No group at all when only runs stand in the way (they are moved anyway).
        for count in 0...min(size, pool.count) {
            for subset in random.shuffled(GroupPlacer.subsets(of: pool.count, size: count)) {
                let out = Set(subset.map { pool[$0] })
                // A smaller set found already does the work: a larger one only moves more. (The empty set may
                // still fail on a rule only the calendar sees, so it does not count.)
                guard !found.contains(where: { !$0.isEmpty && Set($0).isSubset(of: out) }) else { continue }
                let allowed = obstacles.map { level in level.map { $0?.isFreed(by: out) ?? false } }
                if placer.plan(group, allowed: allowed) != nil {
                    found.append(out.sorted())
                    if found.count >= Self.repairAttempts { return found }
                }
            }
        }
        return found
    }

    /// The groups in the calendar that keep one candidate out.
    private func obstacle(of candidate: GroupCandidate, group: Int) -> Obstacle {
        let occupancy = state.groupOccupancy
        let span = candidate.span
        let facilitator = candidate.facilitator
        func owner(_ placed: Occupancy.Placed) -> Int? {
            if case .group(let other, _) = placed.owner, other != group { return other }
            return nil
        }
        var obstacle = Obstacle()
        obstacle.clashing = Set(
            (occupancy.facilitatorClashes(facilitator, span) + occupancy.venueClashes(span)).compactMap(owner)
        )
        // Runs count in the loads but are moved anyway: only the groups' sessions are asked to go.
        obstacle.weekExcess = state.occupancy.weekLoad(facilitator, span.week) - region.weeklyLimit[facilitator] + 1
        if obstacle.weekExcess > 0 {
            for day in (span.week * 7 - 3)..<(span.week * 7 + 4) {
                obstacle.week += occupancy.sessions(of: facilitator, on: day).compactMap(owner)
            }
            let runs = state.occupancy.weekLoad(facilitator, span.week) - occupancy.weekLoad(facilitator, span.week)
            obstacle.weekExcess -= runs
        }
        obstacle.monthExcess =
            state.occupancy.monthLoad(facilitator, span.month) - region.monthlyLimit[facilitator] + 1
        if obstacle.monthExcess > 0 {
            for day in (span.day - 31)...(span.day + 31) {
                obstacle.month += occupancy.sessions(of: facilitator, on: day).filter { $0.span.month == span.month }
                    .compactMap(owner)
            }
            let runs = state.occupancy.monthLoad(facilitator, span.month) - occupancy.monthLoad(facilitator, span.month)
            obstacle.monthExcess -= runs
        }
        return obstacle
    }
}
