public import PlanningDomain
internal import PlanningEngine

/// The scenario to plan a publication with: published sessions kept where they are, unless they cannot stay.
public struct Pinning: Hashable, Sendable {
    /// The scenario with each kept session reduced to its published slot, and withdrawn people left out.
    public var scenario: Scenario
    /// The published sessions planned again, and why.
    public var released: [SessionKind: MoveCause]
}

extension Publisher {
    /// Pins every published, not cancelled, session to its slot, except those that cannot or need not stay.
    ///
    /// A session is released (planned again) when staff name it in `moving`, when its slot is no longer a
    /// candidate, or when the slot now breaks a single-slot rule (a closure, the facilitator away or no longer
    /// qualified, the room booked or closed, another group's session, capacity, access, the initiator, the
    /// quorum; see `Planner/exclusion(of:in:)`). Withdrawn participants are left out, so the planner counts
    /// only people who still come. Keep using ``scenario`` for ``publish(_:causes:)``.
    public func pinning(moving: Set<SessionKind>) -> Pinning {
        var pinned = scenario
        pinned.participants.removeAll { withdrawn.contains($0.id) }
        var released: [SessionKind: MoveCause] = [:]
        for publication in previous where !publication.isCancelled {
            let kind = publication.kind
            if moving.contains(kind) {
                released[kind] = .requested
                continue
            }
            guard let slot = pinned.candidates.first(where: { $0.id == publication.slot && $0.kind == kind }) else {
                // The loader drops a generated candidate that falls on a closure or a day away: say which rule
                // of the calendar the slot as published breaks, when one does (not the rules about people: the
                // answers for a slot that is gone no longer say anything).
                let published = CandidateSlot(
                    id: publication.slot,
                    kind: kind,
                    start: publication.start,
                    durationMinutes: publication.end.wallMinutes - publication.start.wallMinutes,
                    venue: publication.venue,
                    facilitator: publication.facilitator
                )
                switch Planner.exclusion(of: published, in: pinned) {
                case .some(let reason) where Self.isAboutTheCalendar(reason):
                    released[kind] = .slotExcluded(publication.slot, reason)
                default:
                    released[kind] = .slotRemoved(publication.slot)
                }
                continue
            }
            if let reason = Planner.exclusion(of: slot, in: pinned) {
                released[kind] = .slotExcluded(slot.id, reason)
                continue
            }
            pinned.candidates.removeAll { $0.kind == kind && $0.id != publication.slot }
        }
        return Pinning(scenario: pinned, released: released)
    }

    /// Whether a rule is about the day, the facilitator or the room rather than about who can come.
    private static func isAboutTheCalendar(_ reason: CandidateExclusion.Reason) -> Bool {
        switch reason {
        case .closure, .facilitatorAway, .facilitatorNotQualified, .venueClosed, .bookedByAnotherGroup: true
        default: false
        }
    }

    /// The scenario to plan with (see ``pinning(moving:)``).
    public func pinnedScenario(moving: Set<SessionKind>) -> Scenario { pinning(moving: moving).scenario }
}
