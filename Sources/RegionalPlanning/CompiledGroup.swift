import PlanningDomain

/// One group with its candidates per planned session, their spans and the static rules applied.
struct CompiledGroup: Sendable {
    let index: Int
    let source: RegionalGroup
    /// The kinds the single-group planner plans for this scenario, in order.
    let kinds: [SessionKind]
    /// The candidates of each kind, in the scenario's order.
    let levels: [[GroupCandidate]]
    /// The published candidate of each level, by index in ``levels``; `nil` for a draft.
    let pins: [Int?]
    /// Level and index of each candidate, by id.
    let position: [CandidateSlot.ID: (level: Int, index: Int)]

    init(index: Int, group: RegionalGroup, in region: CompiledRegion) {
        self.index = index
        var source = group
        // Rooms and staff the scenario does not describe are taken from the centre's records, without the busy
        // and booked candidates (those name candidates of another scenario).
        for id in Set(group.scenario.candidates.map(\.venue)).sorted()
        where !group.scenario.venues.contains(where: { $0.id == id }) {
            if var venue = region.problem.centre.venue(id) {
                venue.bookedSlots = []
                source.scenario.venues.append(venue)
            }
        }
        for id in Set(group.scenario.candidates.map(\.facilitator)).sorted()
        where !group.scenario.facilitators.contains(where: { $0.id == id }) {
            if var facilitator = region.problem.centre.facilitator(id) {
                facilitator.busySlots = []
                facilitator.tentativeSlots = []
                source.scenario.facilitators.append(facilitator)
            }
        }
        // Other groups' sessions are the calendar's business here: it places every group together, so bookings
        // a workspace recorded in the scenario (other groups' published sessions) are not applied twice.
        source.scenario.bookings = []
        self.source = source
        let scenario = source.scenario
        kinds = SessionKind.groupSequence.filter { $0 != .review || scenario.rule(for: $0) != nil }
        var position: [CandidateSlot.ID: (level: Int, index: Int)] = [:]
        levels = kinds.enumerated().map { level, kind in
            scenario.candidates(of: kind).enumerated().map { candidateIndex, slot in
                position[slot.id] = (level, candidateIndex)
                let facilitator = region.facilitatorIndex[slot.facilitator] ?? 0
                let span = Span(
                    start: slot.start,
                    minutes: slot.durationMinutes,
                    venue: region.venueIndex[slot.venue] ?? 0
                )
                return GroupCandidate(
                    slot: slot,
                    span: span,
                    facilitator: facilitator,
                    staticBreach: region.staticBreach(
                        span,
                        start: slot.start,
                        facilitators: [facilitator],
                        isQualified: { $0.qualifications.mayLead(kind) },
                        what: BreachDetail("regional.what.kind", ["kind": .kind(kind)])
                    )
                )
            }
        }
        pins = kinds.map { kind in group.published[kind].flatMap { id in position[id]?.index } }
        self.position = position
    }

    var id: Group.ID { source.id }

    /// Published sessions of the group.
    var pinCount: Int { pins.count(where: { $0 != nil }) }
}

/// A group candidate as the regional search sees it.
struct GroupCandidate: Sendable {
    let slot: CandidateSlot
    let span: Span
    let facilitator: Int
    /// The first static rule it breaks in the shared calendar, if any.
    let staticBreach: RuleBreach?
}
