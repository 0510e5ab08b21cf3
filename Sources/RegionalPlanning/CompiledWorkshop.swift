import PlanningDomain

/// One workshop with its candidates (static rules applied), qualified facilitators and interested people.
struct CompiledWorkshop: Sendable {
    let index: Int
    let source: Workshop
    /// Candidates by start then id.
    let candidates: [WorkshopCandidate]
    /// Interests in rank order (priority, registration, id).
    let interests: [CompiledInterest]
    /// Indices of the published candidates.
    let pins: [Int]
    let need: Int
    let minimum: Int

    init(index: Int, workshop: Workshop, personIndex: [Participant.ID: Int], in region: CompiledRegion) {
        self.index = index
        source = workshop
        need = workshop.facilitatorsNeeded
        minimum = workshop.minimumParticipants
        let problem = region.problem
        let ranking = region.ranking
        let interests = (region.interestsByWorkshop[workshop.id] ?? []).sorted { ranking.ranks($0, before: $1) }
        self.interests = interests.map { interest in
            CompiledInterest(
                interest: interest,
                person: personIndex[interest.person] ?? 0,
                priority: ranking.priority(of: interest)
            )
        }
        let qualified = region.facilitators.indices.filter {
            region.facilitators[$0].qualifications.mayLead(workshop: workshop.id.rawValue)
        }
        let sorted = workshop.candidates.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        let candidates = sorted.map { slot in
            WorkshopCandidate(slot: slot, workshop: workshop, qualified: qualified, interests: interests, in: region)
        }
        let published = Set(problem.publishedRuns.filter { $0.workshop == workshop.id }.map(\.slot))
        pins = candidates.indices.filter { published.contains(candidates[$0].slot.id) }
        self.candidates = candidates
    }

    var id: Workshop.ID { source.id }
}

/// A workshop candidate with what the static rules leave of it.
struct WorkshopCandidate: Sendable {
    let slot: WorkshopSlot
    let span: Span
    /// The first static rule it breaks (closure, room closed or booked, access, size), if any.
    let staticBreach: RuleBreach?
    /// Places: the workshop's maximum, or fewer when the room is small.
    let capacity: Int
    /// Qualified facilitators who are not away that day.
    let leaders: [Int]
    /// Why each qualified facilitator who is not in ``leaders`` is left out.
    let leaderBreaches: [RuleBreach]
    /// Indices (in the workshop's ranked interests) of those who can attend it.
    let attendees: [Int]

    init(
        slot: WorkshopSlot,
        workshop: Workshop,
        qualified: [Int],
        interests: [WorkshopInterest],
        in region: CompiledRegion
    ) {
        self.slot = slot
        let venueIndex = region.venueIndex[slot.venue] ?? 0
        span = Span(start: slot.start, minutes: slot.durationMinutes, venue: venueIndex)
        let venue = region.venues[venueIndex]
        capacity = min(workshop.maximumParticipants, venue.capacity - workshop.facilitatorsNeeded)
        var breach = region.staticBreach(
            span,
            start: slot.start,
            facilitators: [],
            isQualified: { _ in true },
            what: BreachDetail("regional.what.workshop", ["workshop": .id(workshop.id)])
        )
        if breach == nil, workshop.needsStepFreeAccess, !venue.hasStepFreeAccess {
            breach = RuleBreach(
                .stepFree,
                BreachDetail("regional.why.needsStepFree", ["workshop": .id(workshop.id), "venue": .id(venue.id)])
            )
        }
        if breach == nil, let seats = workshop.minimumRoomCapacity, venue.capacity < seats {
            breach = RuleBreach(
                .venueCapacity,
                BreachDetail(
                    "regional.why.roomTooSmall",
                    [
                        "venue": .id(venue.id), "capacity": .number(venue.capacity), "workshop": .id(workshop.id),
                        "seats": .number(seats),
                    ]
                )
            )
        }
        if breach == nil, capacity < workshop.minimumParticipants {
            breach = RuleBreach(
                .venueCapacity,
                BreachDetail(
                    "regional.why.tooFewSeats",
                    [
                        "venue": .id(venue.id), "capacity": .number(venue.capacity),
                        "minimum": .number(workshop.minimumParticipants),
                        "facilitators": .number(workshop.facilitatorsNeeded),
                    ]
                )
            )
        }
        staticBreach = breach
        var leaders: [Int] = []
        var leaderBreaches: [RuleBreach] = []
        for index in qualified {
            let facilitator = region.facilitators[index]
            if facilitator.awayDates.contains(slot.date) {
                leaderBreaches.append(RuleBreach(.facilitatorAway, CompiledRegion.away(facilitator.id, on: slot.date)))
            } else {
                leaders.append(index)
            }
        }
        self.leaders = leaders
        self.leaderBreaches = leaderBreaches
        attendees = interests.indices.filter { index in
            let interest = interests[index]
            return interest.availability(for: slot.id).canAttend
                && (!interest.needsStepFreeAccess || venue.hasStepFreeAccess)
        }
    }
}

/// An interest with its person's index and priority.
struct CompiledInterest: Sendable {
    let interest: WorkshopInterest
    let person: Int
    let priority: InterestPriority
}
