import PlanningDomain

/// What the single-slot rules need to know beyond the candidate and who can attend it.
///
/// Built once per plan, it also prepares, by candidate position, the facts that would otherwise cost a string
/// hash per candidate (the facilitators' busy and tentative candidates, the venues' bookings).
struct ExclusionContext {
    let scenario: Scenario
    /// Participant ids sorted by id: the bit order of `attend` and ``stepFree``.
    let participants: [Participant.ID]
    /// Participants who need step-free access, as a bit set.
    let stepFree: [UInt64]
    /// The initiator's bit, `nil` when there is no initiator among the participants.
    let initiatorIndex: Int?
    /// Positions in the scenario of each facilitator and venue id (the first, should one repeat).
    private let facilitatorIndex: [Facilitator.ID: Int]
    private let venueIndex: [Venue.ID: Int]
    /// By candidate position, when prepared: its facilitator is busy, its venue booked, its facilitator
    /// tentative.
    private var busy: [Bool] = []
    private var booked: [Bool] = []
    private var tentative: [Bool] = []

    /// A context for `scenario`; with a `table` of its candidates, it prepares the facts by position.
    init(
        scenario: Scenario,
        participants: [Participant.ID],
        stepFree: [UInt64],
        initiatorIndex: Int?,
        table: CandidateIndex? = nil
    ) {
        self.scenario = scenario
        self.participants = participants
        self.stepFree = stepFree
        self.initiatorIndex = initiatorIndex
        facilitatorIndex = Dictionary(
            scenario.facilitators.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        venueIndex = Dictionary(
            scenario.venues.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        guard let table else { return }
        let candidates = scenario.candidates
        busy = [Bool](repeating: false, count: candidates.count)
        booked = busy
        tentative = busy
        // Only a facilitator's (a venue's) own candidates count, and only its first entry counts as itself.
        for (index, facilitator) in scenario.facilitators.enumerated() where facilitatorIndex[facilitator.id] == index {
            for id in facilitator.busySlots {
                for position in table.positions(of: id) where candidates[position].facilitator == facilitator.id {
                    busy[position] = true
                }
            }
            for id in facilitator.tentativeSlots {
                for position in table.positions(of: id) where candidates[position].facilitator == facilitator.id {
                    tentative[position] = true
                }
            }
        }
        for (index, venue) in scenario.venues.enumerated() where venueIndex[venue.id] == index {
            for id in venue.bookedSlots {
                for position in table.positions(of: id) where candidates[position].venue == venue.id {
                    booked[position] = true
                }
            }
        }
    }

    /// Whether the slot's facilitator has a tentative event then (a pencilled meeting); `position` is the
    /// slot's in the scenario when the context is prepared.
    func isTentative(_ slot: CandidateSlot, position: Int? = nil) -> Bool {
        if let position, !tentative.isEmpty { return tentative[position] }
        return facilitatorIndex[slot.facilitator].map { scenario.facilitators[$0].tentativeSlots.contains(slot.id) }
            ?? false
    }

    /// The first single-slot rule a candidate breaks, in the documented order; `attend` holds who can attend,
    /// `position` is the slot's in the scenario when the context is prepared.
    func exclusion(of slot: CandidateSlot, position: Int? = nil, attend: [UInt64]) -> CandidateExclusion.Reason? {
        let isPrepared = position != nil && !busy.isEmpty
        if let closure = scenario.closure(on: slot.date) {
            return .closure(slot.date, reason: closure.reason)
        }
        if let index = facilitatorIndex[slot.facilitator] {
            let id = scenario.facilitators[index].id
            if scenario.facilitators[index].awayDates.contains(slot.date) { return .facilitatorAway(id) }
            if !scenario.facilitators[index].qualifications.mayLead(slot.kind) { return .facilitatorNotQualified(id) }
            let isBusy =
                isPrepared ? busy[position ?? 0] : scenario.facilitators[index].busySlots.contains(slot.id)
            if isBusy { return .facilitatorBusy(id) }
        }
        let venueIndex = venueIndex[slot.venue]
        if let index = venueIndex {
            let id = scenario.venues[index].id
            if !scenario.venues[index].isOpen(from: slot.start, minutes: slot.durationMinutes) {
                return .venueClosed(id)
            }
            let isBooked = isPrepared ? booked[position ?? 0] : scenario.venues[index].bookedSlots.contains(slot.id)
            if isBooked { return .venueBooked(id) }
        }
        for booking in scenario.bookings {
            if let conflict = booking.conflict(with: slot, travelBufferMinutes: scenario.travelBufferMinutes) {
                return .bookedByAnotherGroup(booking, conflict)
            }
        }
        let able = attend.reduce(0) { $0 + $1.nonzeroBitCount }
        if let index = venueIndex {
            let venue = scenario.venues[index]
            if venue.capacity < able + 1 {
                return .capacity(venue: venue.id, needed: able + 1, capacity: venue.capacity)
            }
            if !venue.hasStepFreeAccess && zip(attend, stepFree).contains(where: { $0 & $1 != 0 }) {
                let needing = participants.indices.filter { isSet($0, in: attend) && isSet($0, in: stepFree) }
                return .stepFreeAccess(venue: venue.id, participants: needing.map { participants[$0] })
            }
        }
        guard SessionKind.foundingSequence.contains(slot.kind) else { return nil }
        if scenario.rules.initiatorMustAttend, let initiator = scenario.initiator,
            !(initiatorIndex.map { isSet($0, in: attend) } ?? false)
        {
            return .initiatorUnavailable(initiator)
        }
        if able < scenario.group.quorum {
            return .quorum(canAttend: able, quorum: scenario.group.quorum)
        }
        return nil
    }

    private func isSet(_ index: Int, in bits: [UInt64]) -> Bool { bits[index >> 6] & (1 << UInt64(index & 63)) != 0 }
}
