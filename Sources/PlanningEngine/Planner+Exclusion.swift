public import PlanningDomain

extension Planner {
    /// The first single-slot rule `slot` breaks in `scenario` (closure, absence, qualification, bookings,
    /// capacity, access, initiator, quorum), or `nil` when it could be planned.
    ///
    /// The same rules, in the same order, as the planner applies to every candidate: a publication uses it to
    /// say why a published session can no longer stay where it is.
    public static func exclusion(of slot: CandidateSlot, in scenario: Scenario) -> CandidateExclusion.Reason? {
        let participants = scenario.participants.sorted { $0.id < $1.id }
        let wordCount = max(1, (participants.count + 63) / 64)
        var attend = [UInt64](repeating: 0, count: wordCount)
        var stepFree = [UInt64](repeating: 0, count: wordCount)
        for (index, participant) in participants.enumerated() {
            let bit: UInt64 = 1 << UInt64(index & 63)
            if participant.availability(for: slot.id).canAttend { attend[index >> 6] |= bit }
            if participant.needsStepFreeAccess { stepFree[index >> 6] |= bit }
        }
        let context = ExclusionContext(
            scenario: scenario,
            participants: participants,
            stepFree: stepFree,
            initiatorIndex: scenario.initiator.flatMap { id in participants.firstIndex { $0.id == id } }
        )
        return context.exclusion(of: slot, attend: attend)
    }
}
