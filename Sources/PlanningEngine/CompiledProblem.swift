import PlanningDomain

/// The scenario reduced to what the search needs: for each session of the sequence, the candidates that
/// pass every single-slot rule, sorted by start, with their attendees as bit sets.
///
/// Bit `p` of a slot's sets stands for `participants[p]` (participants sorted by id).
struct CompiledProblem {
    /// The kinds to plan, in order: information, founding 1, founding 2, and the review when planned.
    let kinds: [SessionKind]
    let rules: [SessionRule]
    let participants: [Participant]
    /// 64-bit words per participant set.
    let wordCount: Int
    /// The usable candidates of each kind, by start then id.
    let slots: [[CompiledSlot]]
    /// Who can attend (yes or if-need-be), `wordCount` words per slot, per kind.
    let attendance: [[UInt64]]
    /// Who answered yes, same layout.
    let yesAnswers: [[UInt64]]
    let exclusions: [CandidateExclusion]
    /// Candidates proposed per kind, before exclusions.
    let proposedCounts: [Int]
    let quorum: Int
    let requiresSequenceQuorum: Bool

    init(scenario: Scenario) {
        let participants = scenario.participants.sorted { $0.id < $1.id }
        let wordCount = max(1, (participants.count + 63) / 64)
        let kinds = SessionKind.groupSequence.filter { kind in
            kind == .review ? scenario.rule(for: kind) != nil : true
        }
        var slots: [[CompiledSlot]] = []
        var attendance: [[UInt64]] = []
        var yesAnswers: [[UInt64]] = []
        var exclusions: [CandidateExclusion] = []
        var proposedCounts: [Int] = []
        let facilitatorIndex = Dictionary(
            scenario.facilitators.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        let venueIndex = Dictionary(
            scenario.venues.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )

        // Participant-level facts as bit sets, so that each answer is looked up once per candidate.
        var stepFree = [UInt64](repeating: 0, count: wordCount)
        for (index, participant) in participants.enumerated() where participant.needsStepFreeAccess {
            stepFree[index >> 6] |= 1 << UInt64(index & 63)
        }
        let initiatorIndex = scenario.initiator.flatMap { id in participants.firstIndex { $0.id == id } }
        let context = ExclusionContext(
            scenario: scenario,
            participants: participants,
            stepFree: stepFree,
            initiatorIndex: initiatorIndex
        )

        for kind in kinds {
            let proposed = scenario.candidates(of: kind).sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            proposedCounts.append(proposed.count)
            var kept: [CompiledSlot] = []
            var attendWords: [UInt64] = []
            var yesWords: [UInt64] = []
            for slot in proposed {
                var attend = [UInt64](repeating: 0, count: wordCount)
                var yes = [UInt64](repeating: 0, count: wordCount)
                for (index, participant) in participants.enumerated() {
                    switch participant.answers[slot.id] {
                    case .yes:
                        attend[index >> 6] |= 1 << UInt64(index & 63)
                        yes[index >> 6] |= 1 << UInt64(index & 63)
                    case .ifNeedBe: attend[index >> 6] |= 1 << UInt64(index & 63)
                    case .no, nil: break
                    }
                }
                if let reason = context.exclusion(of: slot, attend: attend) {
                    exclusions.append(CandidateExclusion(slot: slot.id, kind: kind, reason: reason))
                    continue
                }
                let attendCount = attend.reduce(0) { $0 + $1.nonzeroBitCount }
                let yesCount = yes.reduce(0) { $0 + $1.nonzeroBitCount }
                kept.append(
                    CompiledSlot(
                        source: slot,
                        day: slot.date.dayNumber,
                        start: slot.start.wallMinutes,
                        end: slot.end.wallMinutes,
                        rhythm: slot.date.weekday * 1440 + slot.start.time.minuteOfDay,
                        halves: attendCount + yesCount,
                        facilitator: facilitatorIndex[slot.facilitator] ?? -1,
                        venue: venueIndex[slot.venue] ?? -1
                    )
                )
                attendWords += attend
                yesWords += yes
            }
            slots.append(kept)
            attendance.append(attendWords)
            yesAnswers.append(yesWords)
        }
        self.kinds = kinds
        self.rules = kinds.map { scenario.rule(for: $0) ?? SessionRule.standard($0) }
        self.participants = participants
        self.wordCount = wordCount
        self.slots = slots
        self.attendance = attendance
        self.yesAnswers = yesAnswers
        self.exclusions = exclusions
        self.proposedCounts = proposedCounts
        self.quorum = scenario.group.quorum
        self.requiresSequenceQuorum = scenario.rules.quorumScope == .wholeSequence
    }

    /// The days allowed between the session at `level - 1` and the one at `level`.
    func gap(_ level: Int) -> ClosedRange<Int> { rules[level].daysAfterPrevious ?? 0...Int.max / 4 }
}

/// What the single-slot rules need to know beyond the candidate and who can attend it.
struct ExclusionContext {
    let scenario: Scenario
    let participants: [Participant]
    /// Participants who need step-free access, as a bit set.
    let stepFree: [UInt64]
    /// The initiator's bit, `nil` when there is no initiator among the participants.
    let initiatorIndex: Int?

    /// The first single-slot rule a candidate breaks, in the documented order; `attend` holds who can attend.
    func exclusion(of slot: CandidateSlot, attend: [UInt64]) -> CandidateExclusion.Reason? {
        if let closure = scenario.closure(on: slot.date) {
            return .closure(slot.date, reason: closure.reason)
        }
        if let facilitator = scenario.facilitator(slot.facilitator) {
            if facilitator.awayDates.contains(slot.date) { return .facilitatorAway(facilitator.id) }
            if !facilitator.qualifications.mayLead(slot.kind) { return .facilitatorNotQualified(facilitator.id) }
            if facilitator.busySlots.contains(slot.id) { return .facilitatorBusy(facilitator.id) }
        }
        if let venue = scenario.venue(slot.venue) {
            if !venue.isOpen(from: slot.start, minutes: slot.durationMinutes) { return .venueClosed(venue.id) }
            if venue.bookedSlots.contains(slot.id) { return .venueBooked(venue.id) }
        }
        for booking in scenario.bookings {
            if let conflict = booking.conflict(with: slot, travelBufferMinutes: scenario.travelBufferMinutes) {
                return .bookedByAnotherGroup(booking, conflict)
            }
        }
        let able = attend.reduce(0) { $0 + $1.nonzeroBitCount }
        if let venue = scenario.venue(slot.venue) {
            if venue.capacity < able + 1 {
                return .capacity(venue: venue.id, needed: able + 1, capacity: venue.capacity)
            }
            if !venue.hasStepFreeAccess && zip(attend, stepFree).contains(where: { $0 & $1 != 0 }) {
                let needing = participants.indices.filter { isSet($0, in: attend) && isSet($0, in: stepFree) }
                return .stepFreeAccess(venue: venue.id, participants: needing.map { participants[$0].id })
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

/// A usable candidate, with what the search compares precomputed.
struct CompiledSlot {
    let source: CandidateSlot
    let day: Int
    /// Wall-clock minutes since 1970 of the start and the end.
    let start: Int
    let end: Int
    /// Weekday and start time in one number: equal for two slots with the same regular rhythm.
    let rhythm: Int
    /// Attendance in halves: yes = 2, if-need-be = 1.
    let halves: Int
    let facilitator: Int
    let venue: Int

    /// Whether two slots book the same facilitator or venue at overlapping times.
    func conflicts(with other: CompiledSlot) -> Bool {
        start < other.end && other.start < end && (facilitator == other.facilitator || venue == other.venue)
    }
}
