/// Ejection chains: a group takes the plan it would have without the other groups, those in its way are taken
/// out and placed the same way, a few links deep; then everything taken out is put back exactly.
///
/// This finds the moves where one group's gain needs a second group to move and a third to make room for the
/// second, which no exchange of two groups reaches.
extension NeighbourhoodSearch {
    /// Links followed before the groups still taken out are simply put back.
    static let chainDepth = 4

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
            let owners = random.shuffled(clashingOwners(of: target, group: group))
            var evicted = 0
            for owner in owners {
                switch owner {
                case .group(let other, _):
                    guard !chain.contains(other), !queue.contains(other), evicted < 2 else { continue }
                    journal.noteGroup(other, in: state)
                    state.removeGroup(other)
                    queue.append(other)
                    evicted += 1
                case .run(let workshop, _):
                    guard !workshops.contains(workshop) else { continue }
                    journal.noteWorkshop(workshop, in: state)
                    state.removeWorkshop(workshop)
                    workshops.append(workshop)
                }
            }
            if let best = placer.best(for: group, in: state.occupancy) { state.placeGroup(group, best) }
        }
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
