import PlanningDomain

/// The scenario reduced to what the search needs: for each session of the sequence, the candidates that
/// pass every single-slot rule, sorted by start, with their attendees as bit sets.
///
/// Bit `p` of a slot's sets stands for ``participants``[`p`] (participants sorted by id), as in
/// ``AnswerMatrix``, which the sets are taken from.
struct CompiledProblem {
    /// The scenario's candidates: ``CompiledSlot/position`` indexes them.
    let candidates: [CandidateSlot]
    /// The kinds to plan, in order: information, founding 1, founding 2, and the review when planned.
    let kinds: [SessionKind]
    let rules: [SessionRule]
    /// Participant ids sorted by id: the bit order.
    let participants: [Participant.ID]
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

    init(scenario: Scenario, answers: AnswerMatrix) {
        let wordCount = answers.wordCount
        let kinds = SessionKind.groupSequence.filter { kind in
            kind == .review ? scenario.rule(for: kind) != nil : true
        }
        var slots: [[CompiledSlot]] = []
        var attendance: [[UInt64]] = []
        var yesAnswers: [[UInt64]] = []
        var exclusions: [CandidateExclusion] = []
        var proposedCounts: [Int] = []

        var stepFree = [UInt64](repeating: 0, count: wordCount)
        for (bit, index) in answers.scenarioOrder.enumerated() where scenario.participants[index].needsStepFreeAccess {
            stepFree[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        let context = ExclusionContext(
            scenario: scenario,
            participants: answers.participants,
            stepFree: stepFree,
            initiatorIndex: scenario.initiator.flatMap { answers.position(of: $0) },
            table: answers.table
        )

        let candidates = scenario.candidates
        let starts = candidates.map(\.start.wallMinutes)
        for kind in kinds {
            // By start, then id (the id compared only between equal starts).
            let proposed = candidates.indices.filter { candidates[$0].kind == kind }.sorted { lhs, rhs in
                starts[lhs] != starts[rhs] ? starts[lhs] < starts[rhs] : candidates[lhs].id < candidates[rhs].id
            }
            proposedCounts.append(proposed.count)
            var kept: [CompiledSlot] = []
            var attendWords: [UInt64] = []
            var yesWords: [UInt64] = []
            attendWords.reserveCapacity(proposed.count * wordCount)
            yesWords.reserveCapacity(proposed.count * wordCount)
            var attend = [UInt64](repeating: 0, count: wordCount)
            for position in proposed {
                let slot = candidates[position]
                let row = position * wordCount
                for word in 0..<wordCount { attend[word] = answers.yes[row + word] | answers.ifNeedBe[row + word] }
                if let reason = context.exclusion(of: slot, position: position, attend: attend) {
                    exclusions.append(CandidateExclusion(slot: slot.id, kind: kind, reason: reason))
                    continue
                }
                var halves = 0
                for word in 0..<wordCount {
                    halves += attend[word].nonzeroBitCount + answers.yes[row + word].nonzeroBitCount
                }
                let day = slot.date.dayNumber
                kept.append(
                    CompiledSlot(
                        position: position,
                        day: day,
                        start: starts[position],
                        end: starts[position] + slot.durationMinutes,
                        rhythm: slot.date.weekday * 1440 + slot.start.time.minuteOfDay,
                        halves: halves,
                        isTentative: context.isTentative(slot, position: position)
                    )
                )
                attendWords += attend
                yesWords += answers.yes[row..<row + wordCount]
            }
            slots.append(kept)
            attendance.append(attendWords)
            yesAnswers.append(yesWords)
        }
        self.candidates = candidates
        self.kinds = kinds
        self.rules = kinds.map { scenario.rule(for: $0) ?? SessionRule.standard($0) }
        self.participants = answers.participants
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

    /// The candidate of a usable slot.
    func source(level: Int, index: Int) -> CandidateSlot { candidates[slots[level][index].position] }
}

/// A usable candidate, with what the search compares precomputed: plain numbers, so that the search copies
/// no string.
struct CompiledSlot {
    /// The candidate's position in the scenario (and in ``AnswerMatrix``).
    let position: Int
    let day: Int
    /// Wall-clock minutes since 1970 of the start and the end.
    let start: Int
    let end: Int
    /// Weekday and start time in one number: equal for two slots with the same regular rhythm.
    let rhythm: Int
    /// Attendance in halves: yes = 2, if-need-be = 1.
    let halves: Int
    /// Whether the slot's facilitator has a tentative event then (a pencilled meeting).
    let isTentative: Bool
}
