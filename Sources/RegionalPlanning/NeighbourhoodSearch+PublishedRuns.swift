/// Published runs come before groups in the objective (`published-kept` is the first term): when a published run
/// is not held, the groups in its way are taken out, the workshop goes back first, then the groups.
extension NeighbourhoodSearch {
    /// Workshops with a published run that is not held.
    var workshopsMissingAPublishedRun: [Int] {
        pinnedWorkshops.filter { index in
            let held = Set(state.workshops[index].runs.map(\.candidate))
            return region.workshops[index].pins.contains { !held.contains($0) }
        }
    }

    mutating func publishedRunNeighbourhood(_ workshop: Int, journal: inout Journal) {
        let compiled = region.workshops[workshop]
        let held = Set(state.workshops[workshop].runs.map(\.candidate))
        var owners: [Occupancy.Owner] = []
        for pin in compiled.pins where !held.contains(pin) {
            let span = compiled.candidates[pin].span
            owners += state.occupancy.venueClashes(span).map(\.owner)
            for leader in compiled.candidates[pin].leaders {
                owners += state.occupancy.facilitatorClashes(leader, span).map(\.owner)
                if state.occupancy.weekLoad(leader, span.week) >= region.weeklyLimit[leader] {
                    for day in (span.week * 7 - 3)..<(span.week * 7 + 4) {
                        owners += state.occupancy.sessions(of: leader, on: day).map(\.owner)
                    }
                }
                if state.occupancy.monthLoad(leader, span.month) >= region.monthlyLimit[leader] {
                    for day in (span.day - 31)...(span.day + 31) {
                        owners += state.occupancy.sessions(of: leader, on: day).filter { $0.span.month == span.month }
                            .map(\.owner)
                    }
                }
            }
        }
        var groups: [Int] = []
        var workshops = [workshop]
        for owner in random.shuffled(owners) {
            switch owner {
            case .group(let index, _): if !groups.contains(index) && groups.count < 3 { groups.append(index) }
            case .run(let index, _): if !workshops.contains(index) && workshops.count < 3 { workshops.append(index) }
            }
        }
        for index in groups {
            journal.noteGroup(index, in: state)
            state.removeGroup(index)
        }
        for index in workshops {
            journal.noteWorkshop(index, in: state)
            state.removeWorkshop(index)
        }
        state.placeWorkshop(workshop, solver.best(for: workshop, in: state.occupancy))
        for index in random.shuffled(groups) {
            if let choice = placer.best(for: index, in: state.occupancy) { state.placeGroup(index, choice) }
        }
        for index in random.shuffled(Array(workshops.dropFirst())) {
            state.placeWorkshop(index, solver.best(for: index, in: state.occupancy))
        }
    }
}
