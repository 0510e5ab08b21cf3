public import PlanningDomain

/// One meeting of the coordinator's calendar, a group's session or a workshop's run, as the documents list it.
public struct CalendarEntry: Hashable, Sendable, Comparable {
    /// A group's session or a workshop's run.
    public enum Subject: Hashable, Sendable {
        /// A session of a group.
        case session(Group.ID, SessionKind)
        /// A run of a workshop.
        case run(Workshop.ID)
    }

    /// What meets.
    public var subject: Subject
    /// The candidate chosen (a group's candidate or a workshop's).
    public var candidate: String
    /// The wall-clock start.
    public var start: LocalDateTime
    /// The wall-clock end.
    public var end: LocalDateTime
    /// The room.
    public var venue: Venue.ID
    /// Who leads it, sorted.
    public var facilitators: [Facilitator.ID]

    /// An entry.
    public init(
        subject: Subject,
        candidate: String,
        start: LocalDateTime,
        end: LocalDateTime,
        venue: Venue.ID,
        facilitators: [Facilitator.ID]
    ) {
        self.subject = subject
        self.candidate = candidate
        self.start = start
        self.end = end
        self.venue = venue
        self.facilitators = facilitators
    }

    /// Every session of the placed groups and every run held, by start, then candidate.
    public static func entries(of plan: RegionalPlan) -> [CalendarEntry] {
        var entries: [CalendarEntry] = []
        for outcome in plan.groups {
            for session in outcome.plan?.sessions ?? [] {
                entries.append(
                    CalendarEntry(
                        subject: .session(outcome.group, session.kind),
                        candidate: session.slot.id.rawValue,
                        start: session.slot.start,
                        end: session.slot.end,
                        venue: session.slot.venue,
                        facilitators: [session.slot.facilitator]
                    )
                )
            }
        }
        for run in plan.runs {
            entries.append(
                CalendarEntry(
                    subject: .run(run.workshop),
                    candidate: run.slot.id.rawValue,
                    start: run.slot.start,
                    end: run.slot.end,
                    venue: run.slot.venue,
                    facilitators: run.facilitators.sorted()
                )
            )
        }
        return entries.sorted()
    }

    /// Whether this is a workshop's run.
    public var isRun: Bool {
        if case .run = subject { return true }
        return false
    }

    /// By start, then candidate.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.start, lhs.candidate) < (rhs.start, rhs.candidate)
    }
}
