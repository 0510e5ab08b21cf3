public import PlanningDomain

extension ExplanationText {
    /// Those of a session's « cannot » who never answered for its slot (no answer is its own state for the
    /// people who read a plan; the planner counts it as no), sorted by id.
    public static func unanswered(_ session: PlannedSession, in scenario: Scenario) -> [Participant.ID] {
        scenario.participants.filter { $0.answers[session.slot.id] == nil }.map(\.id).sorted()
    }

    /// Those of a session's « cannot » who answered no, sorted by id.
    public static func answeredNo(_ session: PlannedSession, in scenario: Scenario) -> [Participant.ID] {
        let unanswered = Set(unanswered(session, in: scenario))
        return session.cannot.filter { !unanswered.contains($0) }
    }

    /// Whether the slot's facilitator has a tentative event then (a pencilled meeting).
    public static func isTentative(_ slot: CandidateSlot, in scenario: Scenario) -> Bool {
        scenario.facilitator(slot.facilitator)?.tentativeSlots.contains(slot.id) == true
    }

    /// « anne a un rendez-vous provisoire à ce moment-là (séance de fondation 1) », for each session of a
    /// plan on its facilitator's tentative time.
    func tentativeSentences(_ plan: Plan) -> [String] {
        plan.sessions.filter { Self.isTentative($0.slot, in: scenario) }.map { session in
            wording.text(
                "loss.tentative.session",
                ["facilitator": facilitatorName(session.slot.facilitator), "session": wording.noun(for: session.kind)]
            )
        }
    }

    func facilitatorName(_ id: Facilitator.ID) -> String { scenario.facilitator(id)?.name ?? id.rawValue }
}
