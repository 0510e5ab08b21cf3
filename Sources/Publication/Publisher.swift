public import PlanningDomain

/// Decides which iCalendar messages to send when a group's plan changes, and the state to remember.
///
/// A plan is not sent once: sessions move, people withdraw or join late, a session is dropped. Every
/// calendar that imported an invitation must follow, so each session keeps its `UID` for ever (RFC 5545
/// §3.8.4.7, taken from the stored ``SessionPublication`` once it exists) and every change a recipient must
/// see carries a higher `SEQUENCE` (§3.8.7.4, RFC 5546 §2.1.4). The rules, per session:
///
/// | change | message | `SEQUENCE` | to |
/// | --- | --- | --- | --- |
/// | first publication | `REQUEST` | 0 | every recipient |
/// | new recipient | `REQUEST` | the session's current one | them only |
/// | moved (start, end or venue) | `REQUEST` | session + 1 | every current recipient |
/// | recipient can no longer attend | `CANCEL` | as the move, else their copy + 1 | them only |
/// | session no longer in the plan | `CANCEL`, `STATUS:CANCELLED` | session + 1 | every holder of a live copy |
/// | participant withdrawn | `CANCEL` | their copy + 1 | them only |
/// | nothing | nothing | unchanged | nobody |
///
/// The recipients of a session are the participants of ``scenario`` who can attend its slot (yes or if
/// need be) and are not ``withdrawn``. After a publication, the live (not cancelled) copies of a session are
/// exactly its recipients, so publishing the same plan twice sends nothing the second time.
///
/// Facilitators are out of scope here: they receive no message; a change of facilitator alone (same start,
/// end and venue) is recorded silently and is not a move.
public struct Publisher: Sendable {
    /// The group's scenario: it must still list withdrawn participants, so their cancellations can be
    /// addressed.
    public let scenario: Scenario
    /// What was last published, one record per session (as stored after the previous publication).
    public let previous: [SessionPublication]
    /// Participants who left the group: they receive a `CANCEL` of each session they hold, and nothing else.
    public let withdrawn: Set<Participant.ID>
    /// `DTSTAMP` of every document (RFC 5545 §3.8.7.2), in seconds since 1970 UTC: an input, never the clock.
    public let stamp: Int64

    /// A publisher for one group.
    public init(scenario: Scenario, previous: [SessionPublication], withdrawn: Set<Participant.ID> = [], stamp: Int64) {
        self.scenario = scenario
        self.previous = previous
        self.withdrawn = withdrawn
        self.stamp = stamp
    }

    /// The scenario to plan with, so that published sessions stay where they were published.
    ///
    /// For each published, not cancelled, session whose kind is not in `moving`, the only candidate left for
    /// its kind is its published slot. When that slot is no longer a candidate at all (staff removed it),
    /// the kind keeps its candidates: removing the slot is itself the request to move the session, and the
    /// publication reports it as moved. Withdrawn participants are left out, so the planner counts only
    /// people who still come (if the initiator withdrew, the initiator rule can make the plan infeasible;
    /// that is for staff to decide). Keep using ``scenario`` for ``publish(_:)``.
    public func pinnedScenario(moving: Set<SessionKind>) -> Scenario {
        var pinned = scenario
        pinned.participants.removeAll { withdrawn.contains($0.id) }
        for publication in previous where !publication.isCancelled && !moving.contains(publication.kind) {
            let isStillCandidate = pinned.candidates.contains {
                $0.id == publication.slot && $0.kind == publication.kind
            }
            guard isStillCandidate else { continue }
            pinned.candidates.removeAll { $0.kind == publication.kind && $0.id != publication.slot }
        }
        return pinned
    }

    /// What to send for `plan`, and the new state.
    ///
    /// Takes a plan rather than a planning outcome: when the group has no feasible plan any more, the CLI
    /// reports it and publishes nothing (cancelling a whole group is a decision for staff, not a side effect).
    /// A session that was published and is missing from `plan` is cancelled.
    public func publish(_ plan: Plan) -> PublicationResult {
        var byKind: [SessionKind: SessionPublication] = [:]
        for publication in previous where byKind[publication.kind] == nil { byKind[publication.kind] = publication }
        let kinds = Set(byKind.keys).union(plan.sessions.map(\.kind)).sorted()
        var publications: [SessionPublication] = []
        var messages: [OutgoingMessage] = []
        var unaddressed: Set<Participant.ID> = []
        for kind in kinds {
            let step: Step
            if let session = plan.session(kind) {
                step = revision(of: byKind[kind], to: session)
            } else if let publication = byKind[kind] {
                step = cancellation(of: publication)
            } else {
                continue
            }
            publications.append(step.publication)
            messages += step.deliveries.sorted { $0.recipient.id < $1.recipient.id }
                .map { message(for: $0, uid: step.publication.uid) }
            unaddressed.formUnion(step.unaddressed)
        }
        return PublicationResult(
            publications: publications,
            messages: messages,
            staffCalendar: staffCalendar(plan, publications: publications),
            unaddressed: unaddressed.sorted()
        )
    }

    // MARK: - Recipients

    /// The participants who receive a session: those who can attend its slot and have not withdrawn.
    func recipients(of session: PlannedSession) -> [Participant.ID] {
        scenario.participants
            .filter { !withdrawn.contains($0.id) && $0.availability(for: session.slot.id).canAttend }
            .map(\.id)
            .sorted()
    }
}
