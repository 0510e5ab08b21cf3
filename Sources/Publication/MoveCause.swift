public import PlanningDomain
public import PlanningEngine

/// Why a published session is planned again instead of staying where it was published.
///
/// Reported before anything is sent ("founding2: its published slot f2-0311 became impossible because anne
/// is away that day"), and kept with the messages in the outbox.
public enum MoveCause: Hashable, Sendable {
    /// Staff asked for it (`publish --move founding2`).
    case requested
    /// The published slot is no longer a candidate (staff removed it, or the loader dropped a generated one:
    /// a closure, a day away, a busy calendar).
    case slotRemoved(CandidateSlot.ID)
    /// The published slot now breaks a rule on its own.
    case slotExcluded(CandidateSlot.ID, CandidateExclusion.Reason)
}
