public import PlanningDomain

/// Why no plan satisfies the hard rules, as concrete statements about the scenario.
public struct Infeasibility: Hashable, Sendable {
    /// The reasons, most fundamental first; never empty.
    public var reasons: [Reason]
    /// Candidates removed by a rule on their own.
    public var exclusions: [CandidateExclusion]

    /// Creates an explanation; `reasons` must not be empty.
    public init(reasons: [Reason], exclusions: [CandidateExclusion]) {
        self.reasons = reasons
        self.exclusions = exclusions
    }

    /// One statement of why no plan exists, about a session or the sequence as a whole.
    public enum Reason: Hashable, Sendable {
        /// Staff proposed no candidate for a session.
        case noCandidates(SessionKind)
        /// Every candidate of a session breaks a rule on its own (see the exclusions).
        case allCandidatesExcluded(SessionKind, count: Int)
        /// No candidate of `kind` lies within `days` after a feasible candidate of `previous` and starts once
        /// it has ended (the gap and the sequence order; the order only bites when `days` starts at 0).
        case noneWithinGap(SessionKind, previous: SessionKind, days: ClosedRange<Int>)
        /// Chains of dates exist but each one books a facilitator or a venue twice at the same time.
        ///
        /// Kept for compatibility: since the sessions of a sequence never overlap (the sequence order), no
        /// chain can book anyone twice, and the planner no longer reports it.
        case bookingConflicts
        /// The node limit stopped the search before any plan was found: nothing is proven either way.
        case searchStopped(nodes: Int)
        /// At most `best` participants can attend all three first sessions, fewer than the quorum.
        case sequenceQuorum(quorum: Int, best: Int, foundingGap: ClosedRange<Int>, secondGap: ClosedRange<Int>)
    }
}
