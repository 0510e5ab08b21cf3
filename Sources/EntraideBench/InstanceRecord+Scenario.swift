import PlanningDomain
import PlanningEngine
import PlanningSamples

extension InstanceRecord {
    /// Describes a scenario the way the engine sees it, with the result of timing the planner on it.
    ///
    /// The usable candidates are the scenario's minus the outcome's exclusions (an infeasible outcome
    /// carries its exclusions too), so the CP-SAT model starts from exactly the engine's candidate sets.
    init(size: BenchSize, seed: UInt64, scenario: Scenario, timing: PlannerTiming) {
        let participants = scenario.participants.sorted { $0.id < $1.id }
        let exclusions: [CandidateExclusion]
        var swift: SwiftResult
        let milliseconds = Milliseconds(
            median: timing.median,
            min: timing.minimum,
            max: timing.maximum,
            runs: timing.runs,
            cpuMedian: timing.cpuMedian,
            cpuRuns: timing.cpuRuns
        )
        switch timing.outcome {
        case .planned(let result):
            exclusions = result.exclusions
            swift = SwiftResult(
                outcome: "planned",
                objectiveVector: result.score.objectiveVector,
                slotIDs: result.score.slotIDs.map(\.rawValue),
                nodes: result.statistics.nodes,
                isProvenOptimal: result.statistics.isProvenOptimal,
                milliseconds: milliseconds
            )
        case .infeasible(let infeasibility):
            exclusions = infeasibility.exclusions
            swift = SwiftResult(
                outcome: "infeasible",
                objectiveVector: [],
                slotIDs: [],
                nodes: 0,
                isProvenOptimal: true,
                milliseconds: milliseconds
            )
        }
        let excluded = Set(exclusions.map(\.slot))
        let kinds = SessionKind.groupSequence.filter { $0 != .review || scenario.rule(for: $0) != nil }
        let levels = kinds.enumerated().map { index, kind in
            let proposed = scenario.candidates(of: kind).sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            let rule = scenario.rule(for: kind) ?? SessionRule.standard(kind)
            // As the engine: a later session without a gap only has to come on the same day or after.
            let gap = index == 0 ? nil : rule.daysAfterPrevious ?? 0...Int.max / 4
            return Level(
                kind: kind.rawValue,
                gap: gap.map { Gap(min: $0.lowerBound, max: $0.upperBound) },
                proposed: proposed.count,
                excluded: proposed.count(where: { excluded.contains($0.id) }),
                slots: proposed.filter { !excluded.contains($0.id) }.map { slot in
                    Self.slot(
                        slot,
                        participants: participants,
                        isTentative: scenario.facilitator(slot.facilitator)?.tentativeSlots.contains(slot.id) == true
                    )
                }
            )
        }
        self.init(
            size: size.rawValue,
            seed: seed,
            candidatesPerSession: size.shape.candidatesPerSession,
            participantCount: participants.count,
            quorum: scenario.group.quorum,
            requiresSequenceQuorum: scenario.rules.quorumScope == .wholeSequence,
            levels: levels,
            swift: swift
        )
    }

    private static func slot(_ slot: CandidateSlot, participants: [Participant], isTentative: Bool) -> Slot {
        let answers = participants.map { $0.availability(for: slot.id) }
        return Slot(
            id: slot.id.rawValue,
            day: slot.date.dayNumber,
            start: slot.start.wallMinutes,
            end: slot.end.wallMinutes,
            rhythm: slot.date.weekday * 1440 + slot.start.time.minuteOfDay,
            facilitator: slot.facilitator.rawValue,
            venue: slot.venue.rawValue,
            attend: answers.indices.filter { answers[$0].canAttend },
            yes: answers.indices.filter { answers[$0] == .yes },
            tentative: isTentative
        )
    }
}
