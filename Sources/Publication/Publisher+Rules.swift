import Calendaring
import PlanDocuments
import PlanningDomain

extension Publisher {
    /// One session's outcome: its new record, the messages to build, and who could not be addressed.
    struct Step {
        var publication: SessionPublication
        var deliveries: [Delivery] = []
        var unaddressed: [MessageRecipient] = []
    }

    /// One message to build: to whom, which method and sequence, and the session as they are to see it.
    struct Delivery {
        var addressee: Addressee
        var method: CalendarDocument.Method
        var sequence: Int
        var reason: OutgoingMessage.Reason
        /// The slot to write: the new one for a `REQUEST`, the one last sent to them for a `CANCEL`.
        var session: PlannedSession
        /// For an update: the session as they held it, so the message says what changed.
        var previous: PlannedSession? = nil
        /// For a `CANCEL` because the session moved to a time they cannot attend: the new session.
        var rescheduled: PlannedSession? = nil
    }

    /// The record and messages of a session that is in the plan.
    ///
    /// A session changes when its start, end, venue or facilitator differ from what was published, or when it
    /// had been cancelled and is planned again: `SEQUENCE` + 1 (RFC 5545 §3.8.7.4) and a `REQUEST` (RFC 5546
    /// §3.2.2) to every current recipient, including those who already held it, whose replies are reset (they
    /// must answer again); copies name the facilitator, so a new facilitator is a change for everyone. Otherwise
    /// only new recipients get a `REQUEST`; the copies and replies of the others are kept.
    func revision(of previous: SessionPublication?, to session: PlannedSession) -> Step {
        let slot = session.slot
        let current = recipients(of: session)
        guard let record = previous else {
            var step = Step(
                publication: SessionPublication(
                    kind: slot.kind,
                    uid: scenario.uid(of: slot.kind),
                    sequence: 0,
                    slot: slot.id,
                    start: slot.start,
                    end: slot.end,
                    venue: slot.venue,
                    facilitator: slot.facilitator
                )
            )
            for recipient in current where send(.request, to: recipient, at: 0, .new, session, into: &step) {
                Self.setCopy(RecipientCopy(sequence: 0), of: recipient, in: &step.publication)
            }
            return step
        }
        let sent = sentSession(record)
        let isMoved =
            record.isCancelled || record.start != slot.start || record.end != slot.end || record.venue != slot.venue
        let isNewFacilitator = !record.facilitator.rawValue.isEmpty && record.facilitator != slot.facilitator
        var step = Step(publication: record)
        var sequence = record.sequence
        if isMoved || isNewFacilitator {
            sequence += 1
            let change: OutgoingMessage.Reason = isMoved ? .moved : .facilitatorChanged
            for recipient in current {
                let holdsLiveCopy = Self.copy(of: recipient, in: record).map { !$0.isCancelled } ?? false
                let reason: OutgoingMessage.Reason =
                    holdsLiveCopy ? change : record.isCancelled ? .new : .newRecipient
                if send(.request, to: recipient, at: sequence, reason, session, previous: sent, into: &step) {
                    Self.setCopy(RecipientCopy(sequence: sequence), of: recipient, in: &step.publication)
                }
            }
            let changed = sequence
            uninvite(
                Self.liveHolders(of: record, except: current),
                at: { _ in changed },
                sent,
                rescheduled: isMoved ? session : nil,
                into: &step
            )
        } else {
            for recipient in current where Self.copy(of: recipient, in: record)?.isCancelled ?? true {
                // After a CANCEL, a REQUEST at the same SEQUENCE could be taken for an older message.
                let copy = Self.copy(of: recipient, in: record)
                let sequence = copy.map { max(record.sequence, $0.sequence + 1) } ?? record.sequence
                if send(.request, to: recipient, at: sequence, .newRecipient, session, into: &step) {
                    Self.setCopy(RecipientCopy(sequence: sequence), of: recipient, in: &step.publication)
                }
            }
            uninvite(Self.liveHolders(of: record, except: current), at: { $0.sequence + 1 }, sent, into: &step)
        }
        step.publication.sequence = max(sequence, step.deliveries.map(\.sequence).max() ?? 0)
        step.publication.slot = slot.id
        step.publication.start = slot.start
        step.publication.end = slot.end
        step.publication.venue = slot.venue
        step.publication.facilitator = slot.facilitator
        step.publication.isCancelled = false
        return step
    }

    /// The record and messages of a published session that is no longer in the plan (the review lost its
    /// candidates, say): a `CANCEL` with `STATUS:CANCELLED` (RFC 5546 §3.2.5, RFC 5545 §3.8.1.11) at
    /// `SEQUENCE` + 1 to everyone who holds a live copy, facilitator included, and the session marked cancelled.
    func cancellation(of record: SessionPublication) -> Step {
        guard !record.isCancelled else { return Step(publication: record) }
        let sequence = record.sequence + 1
        var step = Step(publication: record)
        for recipient in Self.liveHolders(of: record, except: []) {
            if send(.cancel, to: recipient, at: sequence, .cancelled, sentSession(record), into: &step) {
                Self.setCopy(RecipientCopy(sequence: sequence, isCancelled: true), of: recipient, in: &step.publication)
            }
        }
        step.publication.sequence = sequence
        step.publication.isCancelled = true
        return step
    }

    // MARK: - Copies

    /// The copy a recipient holds of a session, participant or facilitator.
    static func copy(of recipient: MessageRecipient, in record: SessionPublication) -> RecipientCopy? {
        switch recipient {
        case .participant(let id): record.recipients[id]
        case .facilitator(let id): record.facilitatorCopies[id]
        }
    }

    /// Records the copy a recipient now holds.
    static func setCopy(_ copy: RecipientCopy, of recipient: MessageRecipient, in record: inout SessionPublication) {
        switch recipient {
        case .participant(let id): record.recipients[id] = copy
        case .facilitator(let id): record.facilitatorCopies[id] = copy
        }
    }

    /// Holders of a copy that was not cancelled, other than `current`, sorted (participants, then facilitators).
    static func liveHolders(of record: SessionPublication, except current: [MessageRecipient]) -> [MessageRecipient] {
        let kept = Set(current)
        let participants = record.recipients.filter { !$0.value.isCancelled }.keys.map(MessageRecipient.participant)
        let facilitators = record.facilitatorCopies.filter { !$0.value.isCancelled }.keys
            .map(MessageRecipient.facilitator)
        return (participants + facilitators).filter { !kept.contains($0) }.sorted()
    }

    // MARK: - Helpers

    /// Cancels the copies of people who no longer receive the session: withdrawn, no longer able to attend,
    /// or no longer leading it.
    ///
    /// When the session itself does not change, only their copy gets a new `SEQUENCE` (`sequence(copy)` is
    /// their copy's + 1): the others keep theirs and receive nothing. RFC 5546 §3.2.5 lets an organizer send a
    /// `CANCEL` to a subset of the attendees to remove them, and §2.1.4 only asks that each message a calendar
    /// user receives carries a `SEQUENCE` above the one they hold. The session's `sequence` stays the highest one
    /// sent, so a later change (session + 1) is above every copy. Each message names only its recipient; it is
    /// written with `STATUS:CANCELLED` (RFC 5545 §3.8.1.11) because, for that recipient, their whole copy is
    /// cancelled, and it describes the session as they hold it (the date and facilitator last sent to them).
    private func uninvite(
        _ holders: [MessageRecipient],
        at sequence: (RecipientCopy) -> Int,
        _ sent: PlannedSession,
        rescheduled: PlannedSession? = nil,
        into step: inout Step
    ) {
        for recipient in holders {
            guard let copy = Self.copy(of: recipient, in: step.publication) else { continue }
            let reason: OutgoingMessage.Reason
            switch recipient {
            case .participant(let id): reason = withdrawn.contains(id) ? .withdrawn : .noLongerAvailable
            case .facilitator: reason = .replaced
            }
            let moved = reason == .noLongerAvailable ? rescheduled : nil
            if send(.cancel, to: recipient, at: sequence(copy), reason, sent, rescheduled: moved, into: &step) {
                Self.setCopy(
                    RecipientCopy(sequence: sequence(copy), isCancelled: true),
                    of: recipient,
                    in: &step.publication
                )
            }
        }
    }

    /// Adds a delivery when the recipient is in the scenario, else notes them as unaddressed.
    private func send(
        _ method: CalendarDocument.Method,
        to recipient: MessageRecipient,
        at sequence: Int,
        _ reason: OutgoingMessage.Reason,
        _ session: PlannedSession,
        previous: PlannedSession? = nil,
        rescheduled: PlannedSession? = nil,
        into step: inout Step
    ) -> Bool {
        guard let addressee = addressee(recipient) else {
            step.unaddressed.append(recipient)
            return false
        }
        step.deliveries.append(
            Delivery(
                addressee: addressee,
                method: method,
                sequence: sequence,
                reason: reason,
                session: session,
                previous: reason == .moved || reason == .facilitatorChanged ? previous : nil,
                rescheduled: rescheduled
            )
        )
        return true
    }

    /// The session as it was last published, to write a `CANCEL` with the `DTSTART`, `DTEND`, venue and
    /// facilitator the recipient holds.
    private func sentSession(_ record: SessionPublication) -> PlannedSession {
        let facilitator =
            record.facilitator.rawValue.isEmpty
            ? scenario.candidates.first { $0.id == record.slot }?.facilitator ?? record.facilitator
            : record.facilitator
        let slot = CandidateSlot(
            id: record.slot,
            kind: record.kind,
            start: record.start,
            durationMinutes: record.end.wallMinutes - record.start.wallMinutes,
            venue: record.venue,
            facilitator: facilitator
        )
        return PlannedSession(slot: slot, yes: [], ifNeedBe: [], cannot: [])
    }
}
