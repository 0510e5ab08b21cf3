import Calendaring
import PlanDocuments
import PlanningDomain

extension Publisher {
    /// The message of one delivery: one `VCALENDAR` with one `VEVENT`, worded like the plan's invitations.
    ///
    /// - `METHOD` (RFC 5545 §3.7.2): `REQUEST` (RFC 5546 §3.2.2) or `CANCEL` (RFC 5546 §3.2.5).
    /// - `UID` (RFC 5545 §3.8.4.7): the stored one, never a new one.
    /// - `SEQUENCE` (§3.8.7.4): the delivery's.
    /// - `DTSTAMP` (§3.8.7.2): ``stamp``.
    /// - `CLASS:PRIVATE` (§3.8.1.3); `SUMMARY` (§3.8.1.12) neutral unless the group chose its public title.
    /// - `ORGANIZER` (§3.8.4.3): the centre; exactly one `ATTENDEE` (§3.8.4.1), the recipient (`ROLE=CHAIR` for
    ///   the facilitator), so a message reveals nobody else.
    /// - `REQUEST`: `STATUS:CONFIRMED`, `PARTSTAT=NEEDS-ACTION` (§3.2.12), `RSVP=TRUE` (§3.2.17) and the
    ///   reminder (`VALARM`, §3.6.6) of the invitations.
    /// - `CANCEL`: `STATUS:CANCELLED` (§3.8.1.11), `RSVP=FALSE` (no reply is expected to a `CANCEL`, RFC 5546
    ///   §3.2.5) and no `VALARM`, with the `DTSTART` (§3.8.2.4), `DTEND` (§3.8.2.2), `LOCATION` and facilitator
    ///   last sent to the recipient.
    ///
    /// `DESCRIPTION` (§3.8.1.5) and the e-mail are written from the message's ``OutgoingMessage/facts``: what,
    /// when, where, who leads, which session of the sequence among `plan`'s, what changed, how to answer.
    func message(for delivery: Delivery, uid: String, in plan: Plan, cause: String?) -> OutgoingMessage {
        let calendars = PlanCalendars(scenario: scenario, stamp: stamp)
        var facts = calendars.facts(
            of: delivery.session,
            for: delivery.addressee,
            notice: delivery.reason,
            in: plan,
            previous: delivery.previous
        )
        if let rescheduled = delivery.rescheduled?.slot, rescheduled.start != delivery.session.slot.start {
            facts.rescheduled = .once(start: rescheduled.start, end: rescheduled.end)
        }
        var document = calendars.message(facts, to: delivery.addressee)
        for index in document.events.indices {
            document.events[index].uid = uid
            document.events[index].sequence = delivery.sequence
        }
        return OutgoingMessage(
            addressee: delivery.addressee,
            session: delivery.session.kind,
            method: delivery.method,
            sequence: delivery.sequence,
            document: document,
            facts: facts,
            reason: delivery.reason,
            cause: cause
        )
    }

    /// The staff calendar: `METHOD:PUBLISH` (RFC 5545 §3.7.2, RFC 5546 §3.2.1) with the plan's sessions, each
    /// with its stored `UID` (§3.8.4.7) and current `SEQUENCE` (§3.8.7.4), written like the plan's
    /// `calendar.ics`: no `ATTENDEE` (§3.8.4.1), no participant, no facilitator's name.
    ///
    /// Cancelled sessions are left out: a calendar subscribed to this file drops them at its next refresh.
    func staffCalendar(_ plan: Plan, publications: [SessionPublication]) -> CalendarDocument {
        var document = PlanCalendars(scenario: scenario, stamp: stamp).published(plan)
        // `published` writes one event per planned session, in the plan's order.
        for (index, session) in zip(document.events.indices, plan.sessions) {
            guard let publication = publications.first(where: { $0.kind == session.kind }) else { continue }
            document.events[index].uid = publication.uid
            document.events[index].sequence = publication.sequence
            document.events[index].attendees = []
        }
        return document
    }
}
