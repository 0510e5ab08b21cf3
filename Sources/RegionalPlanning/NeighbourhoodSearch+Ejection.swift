/// Ejection chains and ejection sets: a group takes a plan that other groups stand in the way of, those groups are
/// taken out and put back exactly, and runs in the way are solved again afterwards.
///
/// A chain follows the group's plan without the other groups a few links deep (one group's gain needs a second
/// to move and a third to make room for the second). A set looks for the fewest groups whose removal lets a group
/// that is not placed, or not at its published sessions, be placed at all: the first two terms of the objective.
extension NeighbourhoodSearch {
    /// Links followed before the groups still taken out are simply put back.
    static let chainDepth = 4
    /// The most groups an ejection set takes out.
    static let ejectionSetSize = 3

    mutating func ejectionChain(from start: Int, journal: inout Journal) {
        journal.noteGroup(start, in: state)
        state.removeGroup(start)
        var queue = [start]
        var chain: [Int] = []
        var workshops: [Int] = []
        while !queue.isEmpty {
            let group = queue.removeFirst()
            defer { chain.append(group) }
            let now = placer.best(for: group, in: state.occupancy)
            guard chain.count < Self.chainDepth, let target = target(for: group, beside: chain),
                (now?.value).map({ $0.lexicographicallyPrecedes(target.value) }) ?? true
            else {
                if let now { state.placeGroup(group, now) }
                continue
            }
            for owner in random.shuffled(clashingOwners(of: target, group: group)) {
                switch owner {
                case .group(let other, _):
                    guard !chain.contains(other), !queue.contains(other) else { continue }
                    journal.noteGroup(other, in: state)
                    state.removeGroup(other)
                    queue.append(other)
                case .run(let workshop, _):
                    guard !workshops.contains(workshop) else { continue }
                    journal.noteWorkshop(workshop, in: state)
                    state.removeWorkshop(workshop)
                    workshops.append(workshop)
                }
            }
            if let best = placer.best(for: group, in: state.occupancy) { state.placeGroup(group, best) }
        }
        putBack(workshops)
    }

    /// Takes out the fewest groups (at most ``ejectionSetSize``) that let `group` be placed with as many of its
    /// published sessions as it keeps alone, places it, then puts them back.
    mutating func ejectionSet(for group: Int, journal: inout Journal) {
        journal.noteGroup(group, in: state)
        state.removeGroup(group)
        let compiled = region.groups[group]
        // The groups in the way of each candidate (runs do not count: they are moved anyway).
        let blockers: [[Set<Int>?]] = compiled.levels.map { level in
            level.map { candidate in
                guard candidate.staticBreach == nil else { return nil }
                return Set(
                    owners(of: candidate).compactMap { owner -> Int? in
                        if case .group(let other, _) = owner { return other }
                        return nil
                    }
                )
            }
        }
        let everyone = Array(Set(blockers.joined().compactMap { $0 }.joined())).sorted()
        let pool = Array(random.shuffled(everyone).prefix(8)).sorted()
        var chosen: [Int]?
        search: for size in 0...min(Self.ejectionSetSize, pool.count) {
            for subset in random.shuffled(GroupPlacer.subsets(of: pool.count, size: size)) {
                let out = Set(subset.map { pool[$0] })
                let allowed = blockers.map { level in level.map { $0.map { $0.isSubset(of: out) } ?? false } }
                if placer.plan(group, allowed: allowed) != nil {
                    chosen = out.sorted()
                    break search
                }
            }
        }
        var workshops: [Int] = []
        let evicted = random.shuffled(chosen ?? [])
        for other in evicted {
            journal.noteGroup(other, in: state)
            state.removeGroup(other)
        }
        if let free = placer.best(for: group, in: state.groupOccupancy) {
            for owner in clashingOwners(of: free, group: group) {
                guard case .run(let workshop, _) = owner, !workshops.contains(workshop) else { continue }
                journal.noteWorkshop(workshop, in: state)
                state.removeWorkshop(workshop)
                workshops.append(workshop)
            }
        }
        if let best = placer.best(for: group, in: state.occupancy) { state.placeGroup(group, best) }
        for other in evicted {
            if let best = placer.best(for: other, in: state.occupancy) { state.placeGroup(other, best) }
        }
        putBack(workshops)
    }

    /// Sessions that stand in the way of one candidate: clashes, and what fills its facilitator's week or month.
    private func owners(of candidate: GroupCandidate) -> [Occupancy.Owner] {
        let occupancy = state.groupOccupancy
        let span = candidate.span
        let facilitator = candidate.facilitator
        var owners = occupancy.facilitatorClashes(facilitator, span).map(\.owner)
        owners += occupancy.venueClashes(span).map(\.owner)
        if occupancy.weekLoad(facilitator, span.week) >= region.weeklyLimit[facilitator] {
            for day in (span.week * 7 - 3)..<(span.week * 7 + 4) {
                owners += occupancy.sessions(of: facilitator, on: day).map(\.owner)
            }
        }
        if occupancy.monthLoad(facilitator, span.month) >= region.monthlyLimit[facilitator] {
            for day in (span.day - 31)...(span.day + 31) {
                owners += occupancy.sessions(of: facilitator, on: day).filter { $0.span.month == span.month }.map(
                    \.owner
                )
            }
        }
        return owners
    }

    private mutating func putBack(_ workshops: [Int]) {
        for workshop in random.shuffled(workshops) {
            state.placeWorkshop(workshop, solver.best(for: workshop, in: state.occupancy))
        }
    }

    /// The group's best plan with only the chain's groups in the calendar (no other group, no workshop).
    private mutating func target(for group: Int, beside chain: [Int]) -> GroupChoice? {
        var occupancy = Occupancy(
            facilitators: region.facilitators.count,
            venues: region.venues.count,
            persons: 0,
            buffer: region.buffer
        )
        for member in chain {
            guard let choice = state.groups[member] else { continue }
            for (level, candidate) in choice.levels.enumerated() {
                let slot = region.groups[member].levels[level][candidate]
                occupancy.add(slot.span, facilitators: [slot.facilitator], owner: .group(member, level: level))
            }
        }
        return chain.isEmpty ? bound.groups[group] : placer.best(for: group, in: occupancy)
    }
}
