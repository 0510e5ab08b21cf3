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
                return RuleBreach(breach.rule, Self.inSession(group.kinds[level], slot.slot.id, breach.detail))
            }
        }
        return RuleBreach(.sessionSequence, BreachDetail("regional.why.noFreePlan", ["group": .id(group.id)]))
    }

    /// Why a published session of a placed group is not kept.
    mutating func pinMoved(group index: Int, level: Int) -> RuleBreach {
        let group = region.groups[index]
        guard let pin = group.pins[level] else {
            return RuleBreach(.sessionSequence, BreachDetail("regional.why.notPublished"))
        }
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
                    BreachDetail(
                        "regional.why.gapOutside",
                        [
                            "slot": .id(slot.slot.id), "days": .number(days),
                            "previousKind": .kind(group.kinds[level - 1]), "previous": .id(previous.slot.id),
                            "lower": .number(gap.lowerBound), "upper": .number(gap.upperBound),
                        ]
                    )
                )
            }
        }
        return RuleBreach(
            .sessionSequence,
            BreachDetail("regional.why.keepingLeavesNoPlan", ["slot": .id(slot.slot.id), "group": .id(group.id)])
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
                    BreachDetail(
                        "regional.why.noUsableCandidate",
                        [
                            "kind": .kind(group.kinds[level]), "group": .id(group.id), "tally": tally,
                            "first": Self.cited(first),
                        ]
                    )
                )
            }
        }
        var scenario = group.source.scenario
        let usable = Set(group.levels.flatMap { $0.filter { $0.staticBreach == nil }.map(\.slot.id) })
        scenario.candidates = scenario.candidates.filter { usable.contains($0.id) }
        guard case .infeasible(let infeasibility) = Planner(scenario: scenario).plan(),
            let reason = infeasibility.reasons.first
        else {
            return RuleBreach(
                .sessionSequence,
                BreachDetail("regional.why.noPlanWithinLimits", ["group": .id(group.id)])
            )
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
                BreachDetail(
                    "regional.why.tooFewLeft",
                    ["workshop": .id(workshop.id), "count": .number(left.count), "minimum": .number(workshop.minimum)]
                )
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
            return RuleBreach(
                .workshopRuns,
                BreachDetail("regional.why.everyCandidateHeld", ["workshop": .id(workshop.id)])
            )
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
        let at = { (rule: RegionalRule, detail: BreachDetail) in
            RuleBreach(
                rule,
                BreachDetail(
                    "regional.why.atRun",
                    ["workshop": .id(workshop.id), "slot": .id(candidate.slot.id), "detail": detail]
                )
            )
        }
        if let breach = candidate.staticBreach { return at(breach.rule, breach.detail) }
        if let placed = occupancy.venueClash(candidate.span) {
            return at(.venueOverlap, roomHolds(candidate.span.venue, placed.owner))
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
            let first = breaches.first ?? RuleBreach(.qualification, BreachDetail("regional.why.noQualified"))
            return at(
                first.rule,
                BreachDetail(
                    "regional.why.tooFewFacilitatorsFree",
                    ["free": .number(free), "need": .number(workshop.need), "detail": first.detail]
                )
            )
        }
        return at(
            .workshopMinimum,
            BreachDetail(
                "regional.why.tooFewCanAttend",
                ["count": .number(people), "minimum": .number(workshop.minimum)]
            )
        )
    }

    // MARK: - Shared

    /// The first rule the calendar sets against a session: a clash, the travel buffer, a limit.
    func calendarBreach(_ span: Span, facilitators: [Int], in occupancy: Occupancy) -> RuleBreach? {
        for facilitator in facilitators {
            let id = BreachDetail.id(region.facilitators[facilitator].id)
            if let placed = occupancy.facilitatorClash(facilitator, span) {
                if placed.span.overlaps(span) {
                    return RuleBreach(
                        .facilitatorOverlap,
                        BreachDetail(
                            "regional.why.leadsAtSameTime",
                            ["facilitator": id, "owner": describe(placed.owner)]
                        )
                    )
                }
                return RuleBreach(
                    .travelBuffer,
                    BreachDetail(
                        "regional.why.travel",
                        [
                            "facilitator": id, "owner": describe(placed.owner),
                            "venue": .id(region.venues[placed.span.venue].id), "minutes": .number(region.buffer),
                        ]
                    )
                )
            }
            let week = occupancy.weekLoad(facilitator, span.week)
            if week >= region.weeklyLimit[facilitator] {
                let iso = ISOWeek(LocalDate(dayNumber: span.day))
                return RuleBreach(
                    .weeklyLimit,
                    BreachDetail(
                        "regional.why.weeklyLimit",
                        [
                            "facilitator": id, "count": .number(week), "week": .id(iso),
                            "limit": .number(region.weeklyLimit[facilitator]),
                        ]
                    )
                )
            }
            let month = occupancy.monthLoad(facilitator, span.month)
            if month >= region.monthlyLimit[facilitator] {
                let date = LocalDate(dayNumber: span.day)
                return RuleBreach(
                    .monthlyLimit,
                    BreachDetail(
                        "regional.why.monthlyLimit",
                        [
                            "facilitator": id, "count": .number(month), "month": .id(YearMonth(date)),
                            "limit": .number(region.monthlyLimit[facilitator]),
                        ]
                    )
                )
            }
        }
        if let placed = occupancy.venueClash(span) {
            return RuleBreach(.venueOverlap, roomHolds(span.venue, placed.owner))
        }
        return nil
    }

    /// `big holds group g1 (information session)`.
    func roomHolds(_ venue: Int, _ owner: Occupancy.Owner) -> BreachDetail {
        BreachDetail("regional.why.roomHolds", ["venue": .id(region.venues[venue].id), "owner": describe(owner)])
    }

    /// `group g1 (information session)`, `workshop w01 (2027-03-10T18:30)`.
    func describe(_ owner: Occupancy.Owner) -> BreachDetail {
        switch owner {
        case .group(let index, let level):
            let group = region.groups[index]
            return BreachDetail("regional.owner.group", ["group": .id(group.id), "kind": .kind(group.kinds[level])])
        case .run(let index, let candidate):
            let workshop = region.workshops[index]
            return BreachDetail(
                "regional.owner.run",
                ["workshop": .id(workshop.id), "start": .id(workshop.candidates[candidate].slot.start)]
            )
        }
    }

    /// `information session g2-info: …`: a breach of one of a group's sessions.
    static func inSession(_ kind: SessionKind, _ slot: CandidateSlot.ID, _ detail: BreachDetail) -> BreachDetail {
        BreachDetail("regional.why.inSession", ["kind": .kind(kind), "slot": .id(slot), "detail": detail])
    }

    /// A breach inside another's sentence, citing its rule: `closure (closure): the centre is closed …`.
    static func cited(_ breach: RuleBreach) -> BreachDetail {
        BreachDetail(
            "regional.cited",
            ["rule": rule(breach.rule), "name": .value(breach.rule.name), "detail": breach.detail]
        )
    }

    /// The rule's name in the reader's language.
    static func rule(_ rule: RegionalRule) -> BreachDetail { BreachDetail("regional.rule.\(rule.name)") }

    // MARK: - The single-group planner's reasons

    static func breach(_ reason: CandidateExclusion.Reason) -> RuleBreach {
        switch reason {
        case .closure(let date, let why):
            RuleBreach(.closure, BreachDetail("regional.why.closedOn", ["date": .id(date), "why": because(why)]))
        case .facilitatorAway(let id): RuleBreach(.facilitatorAway, facilitator("regional.why.awayThatDay", id))
        case .facilitatorNotQualified(let id): RuleBreach(.qualification, facilitator("regional.why.mayNotLead", id))
        case .facilitatorBusy(let id): RuleBreach(.facilitatorBusy, facilitator("regional.why.busy", id))
        case .venueClosed(let id): RuleBreach(.openingHours, BreachDetail("regional.why.notOpen", ["venue": .id(id)]))
        case .bookedByAnotherGroup(let booking, .facilitator(let id)):
            RuleBreach(
                .facilitatorOverlap,
                BreachDetail(
                    "regional.why.leadsThen",
                    ["facilitator": .id(id), "owner": owner(booking.group, booking.kind)]
                )
            )
        case .bookedByAnotherGroup(let booking, .venue(let id)):
            RuleBreach(
                .venueOverlap,
                BreachDetail("regional.why.holdsThen", ["venue": .id(id), "owner": owner(booking.group, booking.kind)])
            )
        case .venueBooked(let id): RuleBreach(.venueBooked, BreachDetail("regional.why.booked", ["venue": .id(id)]))
        case .capacity(let venue, let needed, let capacity):
            RuleBreach(
                .venueCapacity,
                BreachDetail(
                    "regional.why.seats",
                    ["venue": .id(venue), "capacity": .number(capacity), "needed": .number(needed)]
                )
            )
        case .stepFreeAccess(let venue, let participants):
            RuleBreach(
                .stepFree,
                BreachDetail(
                    "regional.why.steps",
                    ["venue": .id(venue), "ids": .values(participants.map(\.rawValue))]
                )
            )
        case .initiatorUnavailable(let id):
            RuleBreach(.initiator, BreachDetail("regional.why.initiator", ["initiator": .id(id)]))
        case .quorum(let canAttend, let quorum):
            RuleBreach(
                .quorum,
                BreachDetail("regional.why.quorum", ["count": .number(canAttend), "quorum": .number(quorum)])
            )
        }
    }

    static func breach(_ reason: Infeasibility.Reason, exclusions: [CandidateExclusion], group: Group.ID) -> RuleBreach
    {
        let id = BreachDetail.id(group)
        switch reason {
        case .noCandidates(let kind):
            return RuleBreach(
                .sessionSequence,
                BreachDetail("regional.why.noCandidates", ["group": id, "kind": .kind(kind)])
            )
        case .allCandidatesExcluded(let kind, let count):
            let rules = exclusions.filter { $0.kind == kind }.map { breach($0.reason).rule }
            return RuleBreach(
                mostFrequent(rules) ?? .sessionSequence,
                BreachDetail(
                    "regional.why.allExcluded",
                    ["count": .number(count), "kind": .kind(kind), "group": id, "tally": tally(rules)]
                )
            )
        case .noneWithinGap(let kind, let previous, let days):
            return RuleBreach(
                .sessionGap,
                BreachDetail(
                    "regional.why.noneWithinGap",
                    [
                        "kind": .kind(kind), "group": id, "lower": .number(days.lowerBound),
                        "upper": .number(days.upperBound), "previous": .kind(previous),
                    ]
                )
            )
        case .bookingConflicts:
            return RuleBreach(.facilitatorOverlap, BreachDetail("regional.why.bookingConflicts", ["group": id]))
        case .searchStopped(let nodes):
            return RuleBreach(
                .sessionSequence,
                BreachDetail("regional.why.searchStopped", ["group": id, "nodes": .number(nodes)])
            )
        case .sequenceQuorum(let quorum, let best, _, _):
            return RuleBreach(
                .sequenceQuorum,
                BreachDetail(
                    "regional.why.sequenceQuorum",
                    ["best": .number(best), "group": id, "quorum": .number(quorum)]
                )
            )
        }
    }

    /// ` (Assemblée générale)`: a closure's or booking's reason as the centre wrote it, or nothing.
    static func because(_ reason: String?) -> BreachDetail {
        reason.map { BreachDetail("regional.why.because", ["reason": .value($0)]) } ?? .value("")
    }

    private static func facilitator(_ key: String, _ id: Facilitator.ID) -> BreachDetail {
        BreachDetail(key, ["facilitator": .id(id)])
    }

    private static func owner(_ group: Group.ID, _ kind: SessionKind) -> BreachDetail {
        BreachDetail("regional.owner.group", ["group": .id(group), "kind": .kind(kind)])
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

    /// `3 × closure (closure), 1 × …`: how many candidates each rule excludes, in catalogue order.
    static func tally(_ rules: [RegionalRule]) -> BreachDetail {
        .list(
            RegionalRule.allCases.compactMap { rule in
                let count = rules.count(of: rule)
                return count == 0
                    ? nil
                    : BreachDetail(
                        "regional.why.tallyItem",
                        ["count": .number(count), "rule": Self.rule(rule), "name": .value(rule.name)]
                    )
            }
        )
    }
}

extension Array where Element == RegionalRule {
    fileprivate func count(of rule: RegionalRule) -> Int { count { $0 == rule } }
}
