import PlanningDomain

/// Turns the search's final state into a `RegionalPlan`: sessions with their attendance, runs with ids, waiting
/// lists with ranks and reasons, what could not be placed and why, moves of published sessions, weekly loads.
struct PlanAssembly {
    let search: NeighbourhoodSearch
    var region: CompiledRegion { search.region }
    var state: SearchState { search.state }

    func plan(stop: RegionalSearchStatistics.Stop) -> RegionalPlan {
        var explanations = Explanations(search: search)
        var groups: [GroupOutcome] = []
        var moves: [SessionMove] = []
        for index in region.groups.indices {
            groups.append(outcome(index, &explanations))
            moves += groupMoves(index, &explanations)
        }
        var unheld: [UnheldRuns] = []
        for index in region.workshops.indices {
            if let item = unheldRuns(index, &explanations) { unheld.append(item) }
        }
        for index in region.workshops.indices { moves += runMoves(index, &explanations) }
        return RegionalPlan(
            groups: groups,
            runs: region.workshops.indices.flatMap(runs),
            waitingLists: region.workshops.indices.compactMap(waitingList),
            unheldRuns: unheld,
            moves: moves,
            objective: state.objective,
            bound: search.bound.objective,
            loads: region.facilitators.indices.map(load),
            statistics: RegionalSearchStatistics(
                iterations: search.iterations,
                improvements: search.improvements,
                stop: stop
            )
        )
    }

    // MARK: - Groups

    private func outcome(_ index: Int, _ explanations: inout Explanations) -> GroupOutcome {
        let group = region.groups[index]
        guard let choice = state.groups[index] else {
            return GroupOutcome(group: group.id, plan: nil, blocker: explanations.unplaced(index))
        }
        let participants = group.source.scenario.participants
        let sessions = choice.levels.enumerated().map { level, candidate in
            PlannedSession(slot: group.levels[level][candidate].slot, participants: participants)
        }
        return GroupOutcome(group: group.id, plan: Plan(sessions: sessions))
    }

    private func groupMoves(_ index: Int, _ explanations: inout Explanations) -> [SessionMove] {
        let group = region.groups[index]
        let choice = state.groups[index]
        var moves: [SessionMove] = []
        for (level, pin) in group.pins.enumerated() {
            guard let pin, choice?.levels[level] != pin else { continue }
            let reason =
                choice == nil
                ? explanations.unplaced(index)
                : explanations.pinMoved(group: index, level: level)
            moves.append(
                SessionMove(
                    subject: .groupSession(
                        group.id,
                        group.kinds[level],
                        from: group.levels[level][pin].slot.id,
                        to: choice.map { group.levels[level][$0.levels[level]].slot.id }
                    ),
                    reason: reason
                )
            )
        }
        return moves
    }

    // MARK: - Workshops

    private func runs(_ index: Int) -> [WorkshopRun] {
        let workshop = region.workshops[index]
        return state.workshops[index].runs.map { run in
            WorkshopRun(
                workshop: workshop.id,
                slot: workshop.candidates[run.candidate].slot,
                facilitators: run.facilitators.map { region.facilitators[$0].id }.sorted(),
                enrolled: run.enrolled.map { workshop.interests[$0].interest.person }.sorted()
            )
        }
    }

    private func waitingList(_ index: Int) -> WaitingList? {
        let workshop = region.workshops[index]
        let runs = state.workshops[index].runs
        let enrolled = Set(runs.flatMap(\.enrolled))
        var entries: [WaitingEntry] = []
        for (position, compiled) in workshop.interests.enumerated() where !enrolled.contains(position) {
            let reason: WaitingEntry.Reason
            let attendable = runs.filter { workshop.candidates[$0.candidate].attendees.contains(position) }
            if runs.isEmpty {
                reason = .noRunHeld
            } else if attendable.isEmpty {
                reason = .cannotAttend
            } else if attendable.allSatisfy({
                state.occupancy.personIsBusy(compiled.person, workshop.candidates[$0.candidate].span)
            }) {
                reason = .overlap
            } else {
                reason = .full
            }
            entries.append(
                WaitingEntry(
                    person: compiled.interest.person,
                    rank: entries.count + 1,
                    priority: compiled.priority,
                    reason: reason
                )
            )
        }
        return entries.isEmpty ? nil : WaitingList(workshop: workshop.id, entries: entries)
    }

    private func unheldRuns(_ index: Int, _ explanations: inout Explanations) -> UnheldRuns? {
        let workshop = region.workshops[index]
        let missing = workshop.source.runs - state.workshops[index].runs.count
        guard missing > 0 else { return nil }
        return UnheldRuns(
            workshop: workshop.id,
            count: missing,
            blocker: explanations.unheld(index)
        )
    }

    private func runMoves(_ index: Int, _ explanations: inout Explanations) -> [SessionMove] {
        let workshop = region.workshops[index]
        let held = state.workshops[index].runs.map(\.candidate)
        let replacement = held.first { !workshop.pins.contains($0) }
        return workshop.pins.filter { !held.contains($0) }.map { pin in
            SessionMove(
                subject: .run(
                    workshop.id,
                    from: workshop.candidates[pin].slot.id,
                    to: replacement.map { workshop.candidates[$0].slot.id }
                ),
                reason: explanations.runMoved(workshop: index, candidate: pin)
            )
        }
    }

    // MARK: - Loads

    private func load(_ facilitator: Int) -> FacilitatorLoad {
        let source = region.facilitators[facilitator]
        let weeks = state.occupancy.weeks(of: facilitator).map { entry in
            FacilitatorLoad.Week(week: ISOWeek(LocalDate(dayNumber: entry.week * 7 - 3)), sessions: entry.load)
        }
        return FacilitatorLoad(
            facilitator: source.id,
            weeklyLimit: source.weeklyLimit,
            monthlyLimit: source.monthlyLimit,
            weeks: weeks
        )
    }
}
