import PlanningDomain

extension Planner {
    /// Finds the most fundamental reasons why no plan exists: a session without candidates, a session whose
    /// candidates all break a rule, a gap no candidate fits, the sequence quorum, or booking conflicts.
    func explainInfeasibility(
        of problem: CompiledProblem,
        search: PlanSearch,
        deadline: SearchDeadline
    ) -> Infeasibility {
        var reasons: [Infeasibility.Reason] = []
        for (level, kind) in problem.kinds.enumerated() {
            if problem.proposedCounts[level] == 0 {
                reasons.append(.noCandidates(kind))
            } else if problem.slots[level].isEmpty {
                reasons.append(.allCandidatesExcluded(kind, count: problem.proposedCounts[level]))
            }
        }
        if !reasons.isEmpty { return Infeasibility(reasons: reasons, exclusions: problem.exclusions) }

        // Forward along the sequence: which candidates follow some reachable candidate within the gap and
        // after its end (the sequence order).
        var reachable = [Bool](repeating: true, count: problem.slots[0].count)
        for level in 1..<problem.kinds.count {
            var next = [Bool](repeating: false, count: problem.slots[level].count)
            for (index, isReachable) in reachable.enumerated() where isReachable {
                for later in search.window(level: level - 1, index: index) { next[later] = true }
            }
            if !next.contains(true) {
                reasons.append(
                    .noneWithinGap(problem.kinds[level], previous: problem.kinds[level - 1], days: problem.gap(level))
                )
                return Infeasibility(reasons: reasons, exclusions: problem.exclusions)
            }
            reachable = next
        }

        if problem.requiresSequenceQuorum {
            var relaxed = PlanSearch(
                problem: problem,
                nodeLimit: options.nodeLimit,
                deadline: deadline,
                plans: 1,
                enforcesSequenceQuorum: false
            )
            relaxed.run()
            if let best = relaxed.top.entries.first, best.score.continuity < problem.quorum {
                reasons.append(
                    .sequenceQuorum(
                        quorum: problem.quorum,
                        best: best.score.continuity,
                        foundingGap: problem.gap(1),
                        secondGap: problem.gap(2)
                    )
                )
                return Infeasibility(reasons: reasons, exclusions: problem.exclusions)
            }
        }
        // Every rule between sessions is in the windows or the sequence quorum; a search that ended without a
        // plan although chains exist was stopped by its limit.
        reasons.append(search.isComplete ? .bookingConflicts : .searchStopped(nodes: search.nodes))
        return Infeasibility(reasons: reasons, exclusions: problem.exclusions)
    }
}
