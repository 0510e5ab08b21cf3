public import PlanningDomain

extension Planner {
    /// The first single-slot rule `slot` breaks in `scenario` (closure, absence, qualification, bookings,
    /// capacity, access, initiator, quorum), or `nil` when it could be planned.
    ///
    /// The same rules, in the same order, as the planner applies to every candidate: a publication uses it to
    /// say why a published session can no longer stay where it is.
    public static func exclusion(of slot: CandidateSlot, in scenario: Scenario) -> CandidateExclusion.Reason? {
        let participants = scenario.participants.indices.sorted {
            scenario.participants[$0].id < scenario.participants[$1].id
        }
        let wordCount = max(1, (participants.count + 63) / 64)
        var attend = [UInt64](repeating: 0, count: wordCount)
        var stepFree = [UInt64](repeating: 0, count: wordCount)
        for (bit, index) in participants.enumerated() {
            let participant = scenario.participants[index]
            let mask: UInt64 = 1 << UInt64(bit & 63)
            if participant.availability(for: slot.id).canAttend { attend[bit >> 6] |= mask }
            if participant.needsStepFreeAccess { stepFree[bit >> 6] |= mask }
        }
        let ids = participants.map { scenario.participants[$0].id }
        let context = ExclusionContext(
            scenario: scenario,
            participants: ids,
            stepFree: stepFree,
            initiatorIndex: scenario.initiator.flatMap { id in ids.firstIndex(of: id) }
        )
        return context.exclusion(of: slot, attend: attend)
    }
}
