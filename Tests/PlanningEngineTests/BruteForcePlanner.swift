import PlanningDomain
import PlanningEngine

/// The reference: every combination of candidates, each hard rule checked literally, every plan scored.
///
/// Written from the rules' statements, not from the planner's code: it shares only the domain types and
/// `PlanScore`'s ordering with the planner under test.
struct BruteForcePlanner {
    let scenario: Scenario

    struct Ranked {
        let score: PlanScore
        let slots: [CandidateSlot]
    }

    /// Every feasible plan, best first.
    func rankedPlans() -> [Ranked] {
        let kinds = SessionKind.groupSequence.filter { $0 != .review || scenario.rule(for: .review) != nil }
        let options = kinds.map { kind in scenario.candidates(of: kind).filter { isAllowedAlone($0) } }
        var ranked: [Ranked] = []
        var chosen: [CandidateSlot] = []
        func visit(_ level: Int) {
            if level == kinds.count {
                if let score = score(of: chosen) { ranked.append(Ranked(score: score, slots: chosen)) }
                return
            }
            for slot in options[level] {
                chosen.append(slot)
                visit(level + 1)
                chosen.removeLast()
            }
        }
        visit(0)
        return ranked.sorted { $1.score < $0.score }
    }

    /// The best plan per set of first-three starts, best first.
    func distinctPlans(_ count: Int) -> [Ranked] {
        var seen: Set<[LocalDateTime]> = []
        var result: [Ranked] = []
        for plan in rankedPlans() where seen.insert(plan.slots.prefix(3).map(\.start)).inserted {
            result.append(plan)
            if result.count == count { break }
        }
        return result
    }

    private func canAttend(_ participant: Participant, _ slot: CandidateSlot) -> Bool {
        let answer = participant.answers[slot.id]
        return answer == .yes || answer == .ifNeedBe
    }

    private func isAllowedAlone(_ slot: CandidateSlot) -> Bool {
        if scenario.closures.contains(where: { $0.from <= slot.date && slot.date <= $0.to }) { return false }
        guard let facilitator = scenario.facilitators.first(where: { $0.id == slot.facilitator }) else {
            preconditionFailure("candidate '\(slot.id)' names an unknown facilitator")
        }
        if facilitator.awayDates.contains(slot.date) || facilitator.busySlots.contains(slot.id) { return false }
        guard let venue = scenario.venues.first(where: { $0.id == slot.venue }) else {
            preconditionFailure("candidate '\(slot.id)' names an unknown venue")
        }
        if venue.bookedSlots.contains(slot.id) { return false }
        let able = scenario.participants.filter { canAttend($0, slot) }
        if able.count + 1 > venue.capacity { return false }
        if !venue.hasStepFreeAccess && able.contains(where: \.needsStepFreeAccess) { return false }
        if slot.kind != .review {
            if scenario.rules.initiatorMustAttend, let initiator = scenario.group.initiator,
                !able.contains(where: { $0.id == initiator })
            {
                return false
            }
            if able.count < scenario.group.quorum { return false }
        }
        return true
    }

    private func score(of slots: [CandidateSlot]) -> PlanScore? {
        for (index, slot) in slots.enumerated().dropFirst() {
            guard let gap = scenario.rule(for: slot.kind)?.daysAfterPrevious else {
                preconditionFailure("session '\(slot.kind)' follows another but has no gap rule")
            }
            if !gap.contains(slots[index - 1].date.days(to: slot.date)) { return nil }
        }
        // The sequence order: each session starts once every earlier one has ended.
        for a in slots.indices {
            for b in slots.indices where a < b && slots[b].start.wallMinutes < slots[a].end.wallMinutes {
                return nil
            }
        }
        for a in slots.indices {
            for b in slots.indices where a < b {
                let first = slots[a]
                let second = slots[b]
                let overlap = first.start < second.end && second.start < first.end
                if overlap && (first.facilitator == second.facilitator || first.venue == second.venue) { return nil }
            }
        }
        let continuity = scenario.participants.filter { p in slots.prefix(3).allSatisfy { canAttend(p, $0) } }
        if scenario.rules.quorumScope == .wholeSequence && continuity.count < scenario.group.quorum { return nil }
        var halves = 0
        for slot in slots.prefix(3) {
            for participant in scenario.participants {
                switch participant.answers[slot.id] {
                case .yes: halves += 2
                case .ifNeedBe: halves += 1
                default: break
                }
            }
        }
        let regular = slots[1].date.weekday == slots[2].date.weekday && slots[1].start.time == slots[2].start.time
        var reviewContinuity = 0
        var reviewHalves = 0
        if slots.count == 4 {
            for participant in continuity {
                switch participant.answers[slots[3].id] {
                case .yes:
                    reviewContinuity += 1
                    reviewHalves += 2
                case .ifNeedBe:
                    reviewContinuity += 1
                    reviewHalves += 1
                default: break
                }
            }
        }
        // A facilitator's tentative time: their calendar pencils the candidate in.
        func isTentative(_ slot: CandidateSlot) -> Bool {
            scenario.facilitators.contains { $0.id == slot.facilitator && $0.tentativeSlots.contains(slot.id) }
        }
        return PlanScore(
            continuity: continuity.count,
            attendanceHalves: halves,
            hasRegularRhythm: regular,
            tentativeSessions: slots.prefix(3).filter(isTentative).count,
            informationStart: slots[0].start,
            reviewContinuity: reviewContinuity,
            reviewHalves: reviewHalves,
            isReviewTentative: slots.count == 4 && isTentative(slots[3]),
            reviewStart: slots.count == 4 ? slots[3].start : nil,
            slotIDs: slots.map(\.id)
        )
    }
}
