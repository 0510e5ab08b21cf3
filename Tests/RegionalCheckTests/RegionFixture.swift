import PlanningDomain
import PlanningSamples

/// ``SmallRegion`` as a mutable pair of problem and calendar: tests break one rule at a time by changing either;
/// the helpers keep the two in step when a candidate or an answer changes.
struct RegionFixture {
    var problem: RegionalProblem
    var plan: RegionalPlan

    init() {
        let made = SmallRegion.make()
        problem = made.problem
        plan = made.calendar
    }

    static let expectedObjective = SmallRegion.objective

    static func date(_ text: String) -> LocalDate { SmallRegion.date(text) }

    static func at(_ day: String, _ time: String) -> LocalDateTime { SmallRegion.at(day, time) }

    static func slot(
        _ id: String,
        _ kind: SessionKind,
        _ day: String,
        _ time: String = "18:30",
        venue: Venue.ID,
        facilitator: Facilitator.ID
    ) -> CandidateSlot {
        SmallRegion.slot(id, kind, day, time, venue: venue, facilitator: facilitator)
    }

    // MARK: - Changing the fixture

    /// Index of a group in the problem and the calendar.
    static func index(_ group: Group.ID) -> Int { group == "g1" ? 0 : 1 }

    /// Replaces a group's candidate in the scenario and in the calendar.
    mutating func move(
        _ group: Group.ID,
        _ id: CandidateSlot.ID,
        to day: String,
        _ time: String = "18:30",
        venue: Venue.ID? = nil,
        facilitator: Facilitator.ID? = nil
    ) {
        let g = Self.index(group)
        guard let old = problem.groups[g].scenario.candidates.first(where: { $0.id == id }) else { return }
        var new = old
        new.start = Self.at(day, time)
        if let venue { new.venue = venue }
        if let facilitator { new.facilitator = facilitator }
        problem.groups[g].scenario.candidates = problem.groups[g].scenario.candidates.map { $0.id == id ? new : $0 }
        refreshPlan(of: group)
    }

    /// Sets one participant's answer for one candidate, in the scenario and in the calendar's attendance.
    mutating func answer(
        _ group: Group.ID,
        _ person: Participant.ID,
        _ slot: CandidateSlot.ID,
        _ availability: Availability
    ) {
        let g = Self.index(group)
        guard let p = problem.groups[g].scenario.participants.firstIndex(where: { $0.id == person }) else { return }
        problem.groups[g].scenario.participants[p].answers[slot] = availability
        refreshPlan(of: group)
    }

    /// Rebuilds a group's planned sessions from its scenario (same candidate ids).
    mutating func refreshPlan(of group: Group.ID) {
        let g = Self.index(group)
        let scenario = problem.groups[g].scenario
        guard let sessions = plan.groups[g].plan?.sessions else { return }
        plan.groups[g].plan = Plan(
            sessions: sessions.compactMap { session in
                scenario.candidates.first { $0.id == session.slot.id }.map {
                    PlannedSession(slot: $0, participants: scenario.participants)
                }
            }
        )
    }
}
