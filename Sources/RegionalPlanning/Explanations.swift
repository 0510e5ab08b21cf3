import PlanningDomain
import PlanningEngine

/// Why something is not in the calendar, as the first rule that stops it, with ids and values.
struct Explanations {
    let search: NeighbourhoodSearch
    /// A working copy of the final calendar, taken apart and put back by the explanations that need to.
    private var state: SearchState
    private var placer: GroupPlacer
    var region: CompiledRegion { search.region }

    init(search: NeighbourhoodSearch) {
        self.search = search
        state = search.state
        placer = search.placer
    }

    // MARK: - Groups

    /// Why a group is not placed: its own rules when it has no plan even alone, else the first rule the calendar
    /// sets against its best plan alone.
    mutating func unplaced(_ index: Int) -> RuleBreach {
        let group = region.groups[index]
        guard let alone = search.bound.groups[index] else { return infeasibleAlone(index) }
        for (level, candidate) in alone.levels.enumerated() {
            let slot = group.levels[level][candidate]
            if let breach = calendarBreach(slot.span, facilitators: [slot.facilitator], in: state.occupancy) {
                return RuleBreach(breach.rule, "\(group.kinds[level]) \(slot.slot.id): \(breach.explanation)")
            }
        }
        return RuleBreach(.sessionSequence, "no plan of group \(group.id) fits the calendar's free candidates")
    }

    /// Why a published session of a placed group is not kept.
    mutating func pinMoved(group index: Int, level: Int) -> RuleBreach {
        let group = region.groups[index]
        guard let pin = group.pins[level] else { return RuleBreach(.sessionSequence, "not published") }
        let slot = group.levels[level][pin]
        if let breach = slot.staticBreach { return breach }
        let allowed = group.levels.map { $0.map { _ in true } }
        if let exclusion = placer.plan(index, allowed: allowed)?.exclusions.first(where: { $0.slot == slot.slot.id }) {
            return Self.breach(exclusion.reason)
        }
        let chosen = state.removeGroup(index)
        defer { if let chosen { state.placeGroup(index, chosen) } }
        if let breach = calendarBreach(slot.span, facilitators: [slot.facilitator], in: state.occupancy) {
            return breach
        }
        if let chosen, level > 0, let gap = group.source.scenario.rule(for: group.kinds[level])?.daysAfterPrevious {
            let previous = group.levels[level - 1][chosen.levels[level - 1]]
            let days = slot.span.day - previous.span.day
            if !gap.contains(days) {
                return RuleBreach(
                    .sessionGap,
                    "\(slot.slot.id) is \(days) days after \(group.kinds[level - 1]) \(previous.slot.id), "
                        + "outside \(gap.lowerBound)...\(gap.upperBound)"
                )
            }
        }
        return RuleBreach(
            .sessionSequence,
            "keeping \(slot.slot.id) leaves group \(group.id) no plan with its other sessions in this calendar"
        )
    }

    private mutating func infeasibleAlone(_ index: Int) -> RuleBreach {
        let group = region.groups[index]
        for (level, candidates) in group.levels.enumerated() where !candidates.isEmpty {
            let breaches = candidates.compactMap(\.staticBreach)
            if breaches.count == candidates.count, let first = breaches.first {
                let tally = Self.tally(breaches.map(\.rule))
                return RuleBreach(
                    Self.mostFrequent(breaches.map(\.rule)) ?? first.rule,
                    "no \(group.kinds[level]) candidate of group \(group.id) is usable (\(tally)); first: \(first.explanation)"
                )
            }
        }
        var scenario = group.source.scenario
        let usable = Set(group.levels.flatMap { $0.filter { $0.staticBreach == nil }.map(\.slot.id) })
        scenario.candidates = scenario.candidates.filter { usable.contains($0.id) }
        guard case .infeasible(let infeasibility) = Planner(scenario: scenario).plan(),
            let reason = infeasibility.reasons.first
        else {
            return RuleBreach(.sessionSequence, "group \(group.id) has no plan within the calendar's limits")
        }
        return Self.breach(reason, exclusions: infeasibility.exclusions, group: group.id)
    }

    // MARK: - Workshops

    /// Why a workshop holds no more runs.
    func unheld(_ index: Int) -> RuleBreach {
        let workshop = region.workshops[index]
        let choice = state.workshops[index]
        let enrolled = Set(choice.runs.flatMap(\.enrolled))
        let left = workshop.interests.indices.filter { !enrolled.contains($0) }
        if left.count < workshop.minimum {
            return RuleBreach(
                .workshopMinimum,
                "workshop \(workshop.id): \(left.count) interested people are not enrolled, minimum \(workshop.minimum)"
            )
        }
        let held = Set(choice.runs.map(\.candidate))
        var best: (people: Int, breach: RuleBreach)?
        for (c, candidate) in workshop.candidates.enumerated() where !held.contains(c) {
            let people = candidate.attendees.filter {
                !enrolled.contains($0) && !state.occupancy.personIsBusy(workshop.interests[$0].person, candidate.span)
            }.count
            let breach = candidateBreach(workshop: index, candidate: c, people: people, in: state.occupancy)
            if best.map({ people > $0.people }) ?? true { best = (people, breach) }
        }
        guard let best else {
            return RuleBreach(.workshopRuns, "workshop \(workshop.id) holds a run at each of its candidates")
        }
        return best.breach
    }

    /// Why a published run is not held at its candidate.
    mutating func runMoved(workshop index: Int, candidate: Int) -> RuleBreach {
        let held = state.removeWorkshop(index)
        defer { state.placeWorkshop(index, held) }
        let workshop = region.workshops[index]
        let people = workshop.candidates[candidate].attendees.filter {
            !state.occupancy.personIsBusy(workshop.interests[$0].person, workshop.candidates[candidate].span)
        }.count
        return candidateBreach(workshop: index, candidate: candidate, people: people, in: state.occupancy)
    }

    private func candidateBreach(
        workshop index: Int,
        candidate c: Int,
        people: Int,
        in occupancy: Occupancy
    ) -> RuleBreach {
        let workshop = region.workshops[index]
        let candidate = workshop.candidates[c]
        let name = "workshop \(workshop.id) at \(candidate.slot.id)"
        if let breach = candidate.staticBreach { return RuleBreach(breach.rule, "\(name): \(breach.explanation)") }
        if let placed = occupancy.venueClash(candidate.span) {
            return RuleBreach(
                .venueOverlap,
                "\(name): \(region.venues[candidate.span.venue].id) holds \(describe(placed.owner))"
            )
        }
        var breaches = candidate.leaderBreaches
        var free = 0
        for leader in candidate.leaders {
            if let breach = calendarBreach(candidate.span, facilitators: [leader], in: occupancy) {
                breaches.append(breach)
            } else {
                free += 1
            }
        }
        if free < workshop.need {
            let first = breaches.first ?? RuleBreach(.qualification, "no qualified facilitator")
            return RuleBreach(
                first.rule,
                "\(name): \(free) of the \(workshop.need) facilitator(s) needed are free; \(first.explanation)"
            )
        }
        return RuleBreach(
            .workshopMinimum,
            "\(name): \(people) interested people not yet enrolled can attend, minimum \(workshop.minimum)"
        )
    }

    // MARK: - Shared

    /// The first rule the calendar sets against a session: a clash, the travel buffer, a limit.
    func calendarBreach(_ span: Span, facilitators: [Int], in occupancy: Occupancy) -> RuleBreach? {
        for facilitator in facilitators {
            let id = region.facilitators[facilitator].id
            if let placed = occupancy.facilitatorClash(facilitator, span) {
                if placed.span.overlaps(span) {
                    return RuleBreach(.facilitatorOverlap, "\(id) leads \(describe(placed.owner)) at the same time")
                }
                return RuleBreach(
                    .travelBuffer,
                    "\(id) leads \(describe(placed.owner)) in \(region.venues[placed.span.venue].id) less than "
                        + "\(region.buffer) minutes apart"
                )
            }
            let week = occupancy.weekLoad(facilitator, span.week)
            if week >= region.weeklyLimit[facilitator] {
                let iso = ISOWeek(LocalDate(dayNumber: span.day))
                return RuleBreach(
                    .weeklyLimit,
                    "\(id): already \(week) sessions in \(iso), limit \(region.weeklyLimit[facilitator])"
                )
            }
            let month = occupancy.monthLoad(facilitator, span.month)
            if month >= region.monthlyLimit[facilitator] {
                let date = LocalDate(dayNumber: span.day)
                return RuleBreach(
                    .monthlyLimit,
                    "\(id): already \(month) sessions in \(YearMonth(date)), limit \(region.monthlyLimit[facilitator])"
                )
            }
        }
        if let placed = occupancy.venueClash(span) {
            return RuleBreach(.venueOverlap, "\(region.venues[span.venue].id) holds \(describe(placed.owner))")
        }
        return nil
    }

    func describe(_ owner: Occupancy.Owner) -> String {
        switch owner {
        case .group(let index, let level):
            let group = region.groups[index]
            return "group \(group.id) \(group.kinds[level])"
        case .run(let index, let candidate):
            let workshop = region.workshops[index]
            return "workshop \(workshop.id) (\(workshop.candidates[candidate].slot.start))"
        }
    }

    // MARK: - The single-group planner's reasons

    static func breach(_ reason: CandidateExclusion.Reason) -> RuleBreach {
        switch reason {
        case .closure(let date, let why): RuleBreach(.closure, "closed on \(date)\(why.map { " (\($0))" } ?? "")")
        case .facilitatorAway(let id): RuleBreach(.facilitatorAway, "\(id) is away that day")
        case .facilitatorNotQualified(let id): RuleBreach(.qualification, "\(id) may not lead this session")
        case .facilitatorBusy(let id): RuleBreach(.facilitatorBusy, "\(id) is busy at that time")
        case .venueClosed(let id): RuleBreach(.openingHours, "\(id) is not open for the whole session")
        case .bookedByAnotherGroup(let booking, .facilitator(let id)):
            RuleBreach(.facilitatorOverlap, "\(id) leads group \(booking.group) \(booking.kind.rawValue) then")
        case .bookedByAnotherGroup(let booking, .venue(let id)):
            RuleBreach(.venueOverlap, "\(id) holds group \(booking.group) \(booking.kind.rawValue) then")
        case .venueBooked(let id): RuleBreach(.venueBooked, "\(id) is booked at that time")
        case .capacity(let venue, let needed, let capacity):
            RuleBreach(.venueCapacity, "\(venue) seats \(capacity), \(needed) needed")
        case .stepFreeAccess(let venue, let participants):
            RuleBreach(
                .stepFree,
                "\(venue) has steps; \(participants.map(\.rawValue).joined(separator: ", ")) need none"
            )
        case .initiatorUnavailable(let id): RuleBreach(.initiator, "initiator \(id) cannot attend")
        case .quorum(let canAttend, let quorum): RuleBreach(.quorum, "\(canAttend) can attend, quorum \(quorum)")
        }
    }

    static func breach(_ reason: Infeasibility.Reason, exclusions: [CandidateExclusion], group: Group.ID) -> RuleBreach
    {
        switch reason {
        case .noCandidates(let kind):
            return RuleBreach(.sessionSequence, "group \(group) has no \(kind) candidate")
        case .allCandidatesExcluded(let kind, let count):
            let rules = exclusions.filter { $0.kind == kind }.map { breach($0.reason).rule }
            return RuleBreach(
                mostFrequent(rules) ?? .sessionSequence,
                "all \(count) \(kind) candidates of group \(group) are excluded (\(tally(rules)))"
            )
        case .noneWithinGap(let kind, let previous, let days):
            return RuleBreach(
                .sessionGap,
                "no \(kind) candidate of group \(group) lies \(days.lowerBound)...\(days.upperBound) days after a "
                    + "usable \(previous)"
            )
        case .bookingConflicts:
            return RuleBreach(.facilitatorOverlap, "every sequence of group \(group) books a facilitator or room twice")
        case .searchStopped(let nodes):
            return RuleBreach(.sessionSequence, "the search for group \(group) stopped after \(nodes) nodes")
        case .sequenceQuorum(let quorum, let best, _, _):
            return RuleBreach(
                .sequenceQuorum,
                "at most \(best) can attend all three sessions of group \(group), quorum \(quorum)"
            )
        }
    }

    static func mostFrequent(_ rules: [RegionalRule]) -> RegionalRule? {
        // The most frequent; among equally frequent rules, the one listed first in the catalogue.
        var best: (rule: RegionalRule, count: Int)?
        for rule in RegionalRule.allCases {
            let count = rules.count(of: rule)
            if count > 0 && count > (best?.count ?? 0) { best = (rule, count) }
        }
        return best?.rule
    }

    static func tally(_ rules: [RegionalRule]) -> String {
        RegionalRule.allCases.compactMap { rule in
            let count = rules.count(of: rule)
            return count == 0 ? nil : "\(count) \(rule.name)"
        }.joined(separator: ", ")
    }
}

extension Array where Element == RegionalRule {
    fileprivate func count(of rule: RegionalRule) -> Int { count { $0 == rule } }
}
