/// A published session or run that the calendar does not keep at its published candidate, and why.
public struct SessionMove: Hashable, Sendable {
    /// What moved.
    public var subject: Subject
    /// The rule that stops the published candidate in this calendar.
    public var reason: RuleBreach

    /// A move.
    public init(subject: Subject, reason: RuleBreach) {
        self.subject = subject
        self.reason = reason
    }

    /// A group's session or a workshop's run, from its published candidate to its new one (`nil`: cancelled).
    public enum Subject: Hashable, Sendable {
        /// A group session.
        case groupSession(Group.ID, SessionKind, from: CandidateSlot.ID, to: CandidateSlot.ID?)
        /// A workshop run; `to` is `nil` when no run replaces it.
        case run(Workshop.ID, from: WorkshopSlot.ID, to: WorkshopSlot.ID?)
    }
}
