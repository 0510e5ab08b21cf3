import Calendaring
import PlanDocuments
import PlanningDomain

extension Publisher {
    /// One session's outcome: its new record, the messages to build, and who could not be addressed.
    struct Step {
        var publication: SessionPublication
        var deliveries: [Delivery] = []
        var unaddressed: [Participant.ID] = []
    }

    /// One message to build: to whom, which method and sequence, and the session as they are to see it.
    struct Delivery {
        var recipient: Participant
        var method: CalendarDocument.Method
        var sequence: Int
        var reason: OutgoingMessage.Reason
        /// The slot to write: the new one for a `REQUEST`, the one last sent to them for a `CANCEL`.
        var session: PlannedSession
    }

    /// The record and messages of a session that is in the plan.
    ///
    /// A session is moved when its start, end or venue differ from what was published, or when it had been
    /// cancelled and is planned again: `SEQUENCE` + 1 (RFC 5545 §3.8.7.4) and a `REQUEST` (RFC 5546 §3.2.2) to
    /// every current recipient, including those who already held it, whose replies are reset (they must answer
    /// again). Otherwise only new recipients get a `REQUEST`; the copies and replies of the others are kept.
    func revision(of previous: SessionPublication?, to session: PlannedSession) -> Step {
        let slot = session.slot
        let current = recipients(of: session)
        guard var record = previous else {
            var step = Step(
                publication: SessionPublication(
                    kind: slot.kind,
                    uid: scenario.uid(of: slot.kind),
                    sequence: 0,
                    slot: slot.id,
                    start: slot.start,
                    end: slot.end,
                    venue: slot.venue
                )
            )
            for id in current where send(.request, to: id, at: 0, .new, session, into: &step) {
                step.publication.recipients[id] = RecipientCopy(sequence: 0)
            }
            return step
        }
        let sent = sentSession(record, planned: session)
        let isMoved =
            record.isCancelled || record.start != slot.start || record.end != slot.end || record.venue != slot.venue
        var step = Step(publication: record)
        if isMoved {
            let sequence = record.sequence + 1
            for id in current {
                let holdsLiveCopy = record.recipients[id].map { !$0.isCancelled } ?? false
                let reason: OutgoingMessage.Reason = holdsLiveCopy ? .moved : record.isCancelled ? .new : .newRecipient
                if send(.request, to: id, at: sequence, reason, session, into: &step) {
                    step.publication.recipients[id] = RecipientCopy(sequence: sequence)
                }
            }
            uninvite(liveHolders(of: record, except: current), at: { _ in sequence }, sent, into: &step)
            record.sequence = sequence
        } else {
            for id in current where record.recipients[id]?.isCancelled ?? true {
                // After a CANCEL, a REQUEST at the same SEQUENCE could be taken for an older message.
                let sequence = record.recipients[id].map { max(record.sequence, $0.sequence + 1) } ?? record.sequence
                if send(.request, to: id, at: sequence, .newRecipient, session, into: &step) {
                    step.publication.recipients[id] = RecipientCopy(sequence: sequence)
                }
            }
            uninvite(liveHolders(of: record, except: current), at: { $0.sequence + 1 }, sent, into: &step)
        }
        step.publication.sequence = max(record.sequence, step.deliveries.map(\.sequence).max() ?? 0)
        step.publication.slot = slot.id
        step.publication.start = slot.start
        step.publication.end = slot.end
        step.publication.venue = slot.venue
        step.publication.isCancelled = false
        return step
    }

    /// The record and messages of a published session that is no longer in the plan (the review lost its
    /// candidates, say): a `CANCEL` with `STATUS:CANCELLED` (RFC 5546 §3.2.5, RFC 5545 §3.8.1.11) at
    /// `SEQUENCE` + 1 to everyone who holds a live copy, and the session marked cancelled.
    func cancellation(of record: SessionPublication) -> Step {
        guard !record.isCancelled else { return Step(publication: record) }
        let sequence = record.sequence + 1
        var step = Step(publication: record)
        for id in liveHolders(of: record, except: []) {
            if send(.cancel, to: id, at: sequence, .cancelled, sentSession(record, planned: nil), into: &step) {
                step.publication.recipients[id] = RecipientCopy(sequence: sequence, isCancelled: true)
            }
        }
        step.publication.sequence = sequence
        step.publication.isCancelled = true
        return step
    }

    // MARK: - Helpers

    /// Cancels the copies of people who are no longer recipients: withdrawn, or no longer able to attend.
    ///
    /// When the session itself does not change, only their copy gets a new `SEQUENCE` (`sequence(copy)` is
    /// their copy's + 1): the others keep theirs and receive nothing. RFC 5546 §3.2.5 lets an organizer send a
    /// `CANCEL` to a subset of the attendees to remove them, and §2.1.4 only asks that each message a calendar
    /// user receives carries a `SEQUENCE` above the one they hold; bumping everyone's would force a pointless
    /// update on every other calendar. The session's `sequence` stays the highest one sent, so a later move
    /// (session + 1) is above every copy. Each message names only its recipient; it is written with
    /// `STATUS:CANCELLED` (RFC 5545 §3.8.1.11) because, for that recipient, their whole copy is cancelled.
    private func uninvite(
        _ holders: [Participant.ID],
        at sequence: (RecipientCopy) -> Int,
        _ sent: PlannedSession,
        into step: inout Step
    ) {
        for id in holders {
            guard let copy = step.publication.recipients[id] else { continue }
            let reason: OutgoingMessage.Reason = withdrawn.contains(id) ? .withdrawn : .noLongerAvailable
            if send(.cancel, to: id, at: sequence(copy), reason, sent, into: &step) {
                step.publication.recipients[id] = RecipientCopy(sequence: sequence(copy), isCancelled: true)
            }
        }
    }

    /// Holders of a copy that was not cancelled, other than `current`, sorted by id.
    private func liveHolders(of record: SessionPublication, except current: [Participant.ID]) -> [Participant.ID] {
        let kept = Set(current)
        return record.recipients.filter { !$0.value.isCancelled && !kept.contains($0.key) }.keys.sorted()
    }

    /// Adds a delivery when the participant is in the scenario, else notes them as unaddressed.
    private func send(
        _ method: CalendarDocument.Method,
        to id: Participant.ID,
        at sequence: Int,
        _ reason: OutgoingMessage.Reason,
        _ session: PlannedSession,
        into step: inout Step
    ) -> Bool {
        guard let participant = scenario.participant(id) else {
            step.unaddressed.append(id)
            return false
        }
        step.deliveries.append(
            Delivery(recipient: participant, method: method, sequence: sequence, reason: reason, session: session)
        )
        return true
    }

    /// The session as it was last published, to write a `CANCEL` with the `DTSTART`, `DTEND` and venue the
    /// recipient holds; the facilitator comes from the scenario's candidate, else from the planned session.
    private func sentSession(_ record: SessionPublication, planned: PlannedSession?) -> PlannedSession {
        let candidate = scenario.candidates.first { $0.id == record.slot }
        let slot = CandidateSlot(
            id: record.slot,
            kind: record.kind,
            start: record.start,
            durationMinutes: record.end.wallMinutes - record.start.wallMinutes,
            venue: record.venue,
            facilitator: candidate?.facilitator ?? planned?.slot.facilitator ?? ""
        )
        return PlannedSession(slot: slot, yes: [], ifNeedBe: [], cannot: [])
    }
}
