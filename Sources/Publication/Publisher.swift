internal import Calendaring
internal import PlanDocuments
public import PlanningDomain

/// Decides which iCalendar messages to send when a group's plan changes, and the state to remember.
///
/// A plan is not sent once: sessions move, people withdraw or join late, a facilitator falls ill, a session
/// is dropped. Every calendar that imported an invitation must follow, so each session keeps its `UID` for
/// ever (RFC 5545 §3.8.4.7, taken from the stored `SessionPublication` once it exists) and every change a
/// recipient must see carries a higher `SEQUENCE` (§3.8.7.4, RFC 5546 §2.1.4).
///
/// Recipients of a session are its participants who can attend its slot (yes or if need be) and have not
/// withdrawn, and its facilitator, who receives their own invitation as `ROLE=CHAIR`. The rules, per session:
///
/// | change | message | `SEQUENCE` | to |
/// | --- | --- | --- | --- |
/// | first publication | `REQUEST` | 0 | every recipient |
/// | new recipient (a latecomer, a facilitator's first copy) | `REQUEST` | the session's current one | them only |
/// | moved (start, end or venue) | `REQUEST` | session + 1 | every current recipient |
/// | another facilitator (copies name them) | `REQUEST` | session + 1 | every current recipient |
/// | a recipient no longer receives it (cannot attend, withdrew, no longer leads it) | `CANCEL` | as the change, else their copy + 1 | them only |
/// | session no longer in the plan | `CANCEL`, `STATUS:CANCELLED` | session + 1 | every holder of a live copy |
/// | nothing | nothing | unchanged | nobody |
///
/// After a publication, the live (not cancelled) copies of a session are exactly its recipients, so publishing
/// the same plan twice sends nothing the second time.
public struct Publisher: Sendable {
    /// The group's scenario: it must still list withdrawn participants, so their cancellations can be
    /// addressed.
    public let scenario: Scenario
    /// What was last published, one record per session (as stored after the previous publication).
    public let previous: [SessionPublication]
    /// Participants who left the group: they receive a `CANCEL` of each session they hold, and nothing else.
    public let withdrawn: Set<Participant.ID>
    /// `DTSTAMP` of every document (RFC 5545 §3.8.7.2): an input, never the clock.
    public let stamp: Instant

    /// A publisher for one group.
    public init(scenario: Scenario, previous: [SessionPublication], withdrawn: Set<Participant.ID> = [], stamp: Instant)
    {
        self.scenario = scenario
        self.previous = previous
        self.withdrawn = withdrawn
        self.stamp = stamp
    }

    /// What to send for `plan`, and the new state.
    ///
    /// Takes a plan rather than a planning outcome: when the group has no feasible plan any more, the caller
    /// reports it and publishes nothing (cancelling a whole group is a decision for staff, not a side effect).
    /// A session that was published and is missing from `plan` is cancelled. `causes` says why released
    /// sessions were planned again (``pinning(moving:)``); it is written on their messages.
    public func publish(_ plan: Plan, causes: [SessionKind: MoveCause] = [:]) -> PublicationResult {
        var byKind: [SessionKind: SessionPublication] = [:]
        for publication in previous where byKind[publication.kind] == nil { byKind[publication.kind] = publication }
        let kinds = Set(byKind.keys).union(plan.sessions.map(\.kind)).sorted()
        var publications: [SessionPublication] = []
        var messages: [OutgoingMessage] = []
        var unaddressed: Set<MessageRecipient> = []
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
            let cause = causes[kind].map { describe($0, of: kind) }
            messages += step.deliveries.sorted { $0.addressee.recipient < $1.addressee.recipient }
                .map {
                    message(for: $0, uid: step.publication.uid, in: plan, cause: $0.method == .cancel ? nil : cause)
                }
            unaddressed.formUnion(step.unaddressed)
        }
        return PublicationResult(
            publications: publications,
            messages: messages,
            staffCalendar: staffCalendar(plan, publications: publications),
            unaddressed: unaddressed.sorted(),
            causes: causes.reduce(into: [:]) { result, entry in result[entry.key] = describe(entry.value, of: entry.key)
            }
        )
    }

    // MARK: - Recipients

    /// Who receives a session: the participants who can attend its slot and have not withdrawn, then its
    /// facilitator.
    func recipients(of session: PlannedSession) -> [MessageRecipient] {
        let participants = scenario.participants
            .filter { !withdrawn.contains($0.id) && $0.availability(for: session.slot.id).canAttend }
            .map(\.id)
            .sorted()
        return participants.map(MessageRecipient.participant) + [.facilitator(session.slot.facilitator)]
    }

    /// The person behind a recipient, when the scenario still knows them.
    func addressee(_ recipient: MessageRecipient) -> Addressee? {
        switch recipient {
        case .participant(let id): scenario.participant(id).map { Addressee($0, of: scenario.organisation) }
        case .facilitator(let id): scenario.facilitator(id).map { Addressee($0, of: scenario.organisation) }
        }
    }

    /// Why a released session was planned again, in the organisation's language (for staff).
    public func describe(_ cause: MoveCause, of kind: SessionKind) -> String {
        let wording = Wording(scenario.organisation.language)
        let explanation = ExplanationText(scenario: scenario)
        switch cause {
        case .requested:
            return wording.text("publish.cause.requested", ["session": wording.title(of: kind)])
        case .slotRemoved(let slot):
            return wording.text(
                "publish.cause.removed",
                ["session": wording.title(of: kind), "slot": slot.rawValue]
            )
        case .slotExcluded(let slot, let reason):
            return wording.text(
                "publish.cause.excluded",
                ["session": wording.title(of: kind), "slot": slot.rawValue, "reason": explanation.describe(reason)]
            )
        }
    }
}
