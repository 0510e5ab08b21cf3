/// One held run of a workshop: its candidate, its facilitators and who is enrolled.
public struct WorkshopRun: Hashable, Sendable {
    /// The workshop.
    public var workshop: Workshop.ID
    /// The candidate chosen: date, time, room.
    public var slot: WorkshopSlot
    /// Who leads it, sorted by id.
    public var facilitators: [Facilitator.ID]
    /// Who is enrolled, sorted by id.
    public var enrolled: [Participant.ID]

    /// A run.
    public init(workshop: Workshop.ID, slot: WorkshopSlot, facilitators: [Facilitator.ID], enrolled: [Participant.ID]) {
        self.workshop = workshop
        self.slot = slot
        self.facilitators = facilitators
        self.enrolled = enrolled
    }
}

/// A workshop's waiting list: the interested people not enrolled, in rank order.
public struct WaitingList: Hashable, Sendable {
    /// The workshop.
    public var workshop: Workshop.ID
    /// Who waits, rank 1 first.
    public var entries: [WaitingEntry]

    /// A waiting list.
    public init(workshop: Workshop.ID, entries: [WaitingEntry]) {
        self.workshop = workshop
        self.entries = entries
    }
}

/// One person on a waiting list.
public struct WaitingEntry: Hashable, Sendable {
    /// Who.
    public var person: Participant.ID
    /// Their rank, 1 first: by priority, then registration time, then id.
    public var rank: Int
    /// Their priority.
    public var priority: InterestPriority
    /// Why they are not enrolled.
    public var reason: Reason

    /// An entry.
    public init(person: Participant.ID, rank: Int, priority: InterestPriority, reason: Reason) {
        self.person = person
        self.rank = rank
        self.priority = priority
        self.reason = reason
    }

    /// Why a person waits.
    public enum Reason: String, Hashable, Sendable, CaseIterable {
        /// The workshop holds no run.
        case noRunHeld = "no-run-held"
        /// They cannot attend any held run (no, or no answer).
        case cannotAttend = "cannot-attend"
        /// Every held run they can attend overlaps another run they are enrolled in.
        case overlap
        /// Every held run they can attend is full.
        case full
    }
}

/// Runs a workshop does not hold, of those it could hold, and why.
public struct UnheldRuns: Hashable, Sendable {
    /// The workshop.
    public var workshop: Workshop.ID
    /// Runs not held: the workshop's number of runs minus the runs held.
    public var count: Int
    /// Why not: usually `workshop-minimum` (too few people left who can attend a candidate).
    public var blocker: RuleBreach

    /// Unheld runs.
    public init(workshop: Workshop.ID, count: Int, blocker: RuleBreach) {
        self.workshop = workshop
        self.count = count
        self.blocker = blocker
    }
}
