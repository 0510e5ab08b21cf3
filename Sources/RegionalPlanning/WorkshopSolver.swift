import PlanningDomain

/// Solves one workshop exactly, the rest of the calendar fixed: which candidates hold its runs, who leads each,
/// who is enrolled.
///
/// Every set of at most `runs` usable candidates is tried (a candidate is usable when its room is free, enough
/// qualified facilitators are free and within their limits, and at least the minimum can attend). Each set is
/// scored on the workshop terms in objective order: published runs kept, then enrolments and priority points
/// (``EnrolmentFlow``), then months covered; the best sets then get their facilitators by a branch and bound on
/// the load terms (peak, weeks at the peak, travel), which only grow as facilitators are added.
struct WorkshopSolver: Sendable {
    let region: CompiledRegion

    /// A usable candidate: who may lead it and who can attend it now.
    struct Option {
        let candidate: Int
        let span: Span
        let leaders: [Int]
        let attendees: [Int]
        let capacity: Int
    }

    /// The load terms a choice leads to: peak, weeks at the peak, travel (smaller is better).
    typealias Load = (peak: Int, weeks: Int, travel: Int)

    /// The usable candidates of a workshop in the calendar as it stands (the workshop itself not in it).
    func options(for index: Int, in occupancy: Occupancy) -> [Option] {
        let workshop = region.workshops[index]
        return workshop.candidates.indices.compactMap { c in
            let candidate = workshop.candidates[c]
            guard candidate.staticBreach == nil, occupancy.venueClash(candidate.span) == nil else { return nil }
            let leaders = candidate.leaders.filter { isFree($0, candidate.span, occupancy) }
            guard leaders.count >= workshop.need else { return nil }
            let attendees = candidate.attendees.filter {
                !occupancy.personIsBusy(workshop.interests[$0].person, candidate.span)
            }
            guard attendees.count >= workshop.minimum else { return nil }
            let ordered = leaders.sorted {
                (occupancy.weekLoad($0, candidate.span.week), $0) < (occupancy.weekLoad($1, candidate.span.week), $1)
            }
            return Option(
                candidate: c,
                span: candidate.span,
                leaders: ordered,
                attendees: attendees,
                capacity: candidate.capacity
            )
        }
    }

    func isFree(_ facilitator: Int, _ span: Span, _ occupancy: Occupancy) -> Bool {
        occupancy.facilitatorClash(facilitator, span) == nil
            && occupancy.weekLoad(facilitator, span.week) < region.weeklyLimit[facilitator]
            && occupancy.monthLoad(facilitator, span.month) < region.monthlyLimit[facilitator]
    }

    /// The workshop's best runs given the calendar (which must not hold the workshop's own runs).
    func best(for index: Int, in occupancy: Occupancy) -> WorkshopChoice {
        let workshop = region.workshops[index]
        let options = options(for: index, in: occupancy)
        let points = workshop.interests.map(\.priority.points)
        let pins = Set(workshop.pins)
        var best = WorkshopChoice()
        var bestValue = (kept: 0, enrolled: 0, priority: 0, spread: 0)
        var bestLoad: Load = (occupancy.peak, occupancy.peakWeeks, occupancy.travel)
        var chosen: [Int] = []

        func evaluate() {
            let set = chosen.map { options[$0] }
            let kept = set.count { pins.contains($0.candidate) }
            let reach = Set(set.flatMap(\.attendees)).count
            let bound = min(reach, set.reduce(0) { $0 + $1.capacity })
            guard (kept, bound) >= (bestValue.kept, bestValue.enrolled) else { return }
            let runs = set.map { EnrolmentFlow.Run(capacity: $0.capacity, attendees: $0.attendees) }
            guard let flow = EnrolmentFlow.solve(runs: runs, minimum: workshop.minimum, points: points) else { return }
            let spread = Set(set.map(\.span.month)).count
            let value = (kept: kept, enrolled: flow.count, priority: flow.points, spread: spread)
            guard value >= bestValue else { return }
            let incumbent: Load? = value == bestValue ? bestLoad : nil
            guard let assigned = assign(set, need: workshop.need, occupancy: occupancy, incumbent: incumbent) else {
                return
            }
            bestValue = value
            bestLoad = assigned.load
            best = WorkshopChoice(
                runs: zip(set, zip(assigned.leaders, flow.enrolled)).map { option, pair in
                    RunChoice(candidate: option.candidate, facilitators: pair.0.sorted(), enrolled: pair.1)
                }.sorted { $0.candidate < $1.candidate },
                kept: kept,
                enrolled: flow.count,
                priority: flow.points,
                spread: spread
            )
        }

        func extend(from start: Int) {
            if !chosen.isEmpty { evaluate() }
            guard chosen.count < workshop.source.runs else { return }
            for next in start..<options.count {
                let span = options[next].span
                if chosen.contains(where: { options[$0].span.venue == span.venue && options[$0].span.overlaps(span) }) {
                    continue
                }
                chosen.append(next)
                extend(from: next + 1)
                chosen.removeLast()
            }
        }
        extend(from: 0)
        return best
    }

    // MARK: - Facilitators

    /// The facilitators of each run that give the smallest load terms, strictly below `incumbent` when given.
    func assign(
        _ runs: [Option],
        need: Int,
        occupancy: Occupancy,
        incumbent: Load?
    ) -> (leaders: [[Int]], load: Load)? {
        let combinations = runs.map { Self.combinations(of: $0.leaders, size: need) }
        var current: [[Int]] = []
        var best: (leaders: [[Int]], load: Load)?
        var limit = incumbent

        func search(_ position: Int) {
            let load = self.load(runs: runs.prefix(current.count), leaders: current, occupancy: occupancy)
            if let limit, !Self.isBetter(load, than: limit) { return }
            if position == runs.count {
                best = (current, load)
                limit = load
                return
            }
            for combination in combinations[position] {
                guard fits(combination, run: position, runs: runs, assigned: current, occupancy: occupancy) else {
                    continue
                }
                current.append(combination)
                search(position + 1)
                current.removeLast()
            }
        }
        search(0)
        return best
    }

    /// Whether `combination` can lead run `position` beside the runs already assigned (clashes and limits).
    private func fits(
        _ combination: [Int],
        run position: Int,
        runs: [Option],
        assigned: [[Int]],
        occupancy: Occupancy
    ) -> Bool {
        let span = runs[position].span
        for facilitator in combination {
            var week = occupancy.weekLoad(facilitator, span.week) + 1
            var month = occupancy.monthLoad(facilitator, span.month) + 1
            for (other, leaders) in assigned.enumerated() where leaders.contains(facilitator) {
                let otherSpan = runs[other].span
                if !otherSpan.isCompatible(with: span, buffer: region.buffer) { return false }
                if otherSpan.week == span.week { week += 1 }
                if otherSpan.month == span.month { month += 1 }
            }
            if week > region.weeklyLimit[facilitator] || month > region.monthlyLimit[facilitator] { return false }
        }
        return true
    }

    /// The load terms of the calendar with these runs added.
    func load(runs: ArraySlice<Option>, leaders: [[Int]], occupancy: Occupancy) -> Load {
        var weekly: [(facilitator: Int, week: Int, added: Int)] = []
        var daily: [(facilitator: Int, day: Int, venues: [Int])] = []
        for (run, combination) in zip(runs, leaders) {
            for facilitator in combination {
                if let i = weekly.firstIndex(where: { $0.facilitator == facilitator && $0.week == run.span.week }) {
                    weekly[i].added += 1
                } else {
                    weekly.append((facilitator, run.span.week, 1))
                }
                if let i = daily.firstIndex(where: { $0.facilitator == facilitator && $0.day == run.span.day }) {
                    daily[i].venues.append(run.span.venue)
                } else {
                    daily.append((facilitator, run.span.day, [run.span.venue]))
                }
            }
        }
        let peak = occupancy.peak
        var newPeak = peak
        for entry in weekly { newPeak = max(newPeak, occupancy.weekLoad(entry.facilitator, entry.week) + entry.added) }
        var weeks = newPeak == peak ? occupancy.peakWeeks : 0
        for entry in weekly {
            let old = occupancy.weekLoad(entry.facilitator, entry.week)
            // Each touched pair gains at least one session, so it was below `newPeak` before.
            if old + entry.added == newPeak { weeks += 1 }
        }
        var travel = occupancy.travel
        for entry in daily {
            let old = Set(occupancy.venues(of: entry.facilitator, on: entry.day))
            let new = old.union(entry.venues)
            travel += max(0, new.count - 1) - max(0, old.count - 1)
        }
        return (newPeak, weeks, travel)
    }

    static func isBetter(_ lhs: Load, than rhs: Load) -> Bool {
        (lhs.peak, lhs.weeks, lhs.travel) < (rhs.peak, rhs.weeks, rhs.travel)
    }

    /// Every `size`-element combination of `items`, in order.
    static func combinations(of items: [Int], size: Int) -> [[Int]] {
        GroupPlacer.subsets(of: items.count, size: size).map { $0.map { items[$0] } }
    }
}
