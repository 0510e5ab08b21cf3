public import Calendaring
public import PlanningDomain

/// The calendar documents of a plan: the published calendar, each participant's invitations (one per
/// session) and their sessions in one file to import, and one calendar per facilitator.
///
/// One session per `METHOD:REQUEST`: RFC 5546 §3.2.2 expects the components of one request to share a UID,
/// and Outlook takes only the first `VEVENT` of a request as a meeting. Every document addressed to one
/// person carries `CLASS:PRIVATE` (RFC 5545 §3.8.1.3) and the title the group chose (neutral by default, see
/// ``InvitationText``); its text, in the person's language, comes from ``InvitationText``.
///
/// Discretion: the published and facilitator calendars carry no participant at all; an invitation carries
/// exactly one attendee, its recipient.
public struct PlanCalendars: Sendable {
    /// The scenario the plan was made for: group, organiser, venues, staff and participants.
    public let scenario: Scenario
    /// `DTSTAMP` of every event (RFC 5545 §3.8.7.2): an input, so runs are reproducible.
    public let stamp: Instant

    /// Entraide's product identifier, written as `PRODID` (RFC 5545 §3.7.3) in every document.
    public static let productID = "-//Entraide//Entraide 1.0//FR"

    /// Creates the documents' writer; `stamp` usually comes from the CLI's `--now`, else the real clock.
    public init(scenario: Scenario, stamp: Instant) {
        self.scenario = scenario
        self.stamp = stamp
    }

    /// `calendar.ics`: `METHOD:PUBLISH` (RFC 5545 §3.7.2), every planned session, no attendee and no name.
    ///
    /// For the centre's public calendar: with the neutral title (the default) it names no group either, only
    /// the session and the centre (« Séance d'information — Centre d'entraide Vaud »).
    public func published(_ plan: Plan) -> CalendarDocument {
        let wording = Wording(scenario.organisation.language)
        let isPublic = scenario.group.calendarTitle == .public
        let values = [
            "group": scenario.group.title, "organisation": scenario.organisation.name,
            "organiserName": scenario.organisation.organiser.name,
            "organiserEmail": scenario.organisation.organiser.email,
        ]
        return document(
            .publish,
            name: wording.text(isPublic ? "calendar.name" : "calendar.name.neutral", values),
            events: plan.sessions.map { session in
                let place = self.place(session.slot.venue)
                var values = values
                values["session"] = wording.title(of: session.kind)
                values["location"] =
                    place.map { wording.text("event.location", ["venue": $0.name, "address": $0.address]) } ?? ""
                return event(
                    session,
                    summary: wording.text(isPublic ? "event.summary" : "invitation.title.neutralChair", values),
                    description: wording.text(
                        isPublic ? "event.descriptionPublished" : "event.descriptionPublished.neutral",
                        values
                    ),
                    location: values["location"],
                    classification: nil
                )
            }
        )
    }

    /// `invites/<participant>/<session>.ics`: one `METHOD:REQUEST` per session the participant can attend
    /// (yes or if need be), in the plan's order; empty when there is none.
    public func invitations(for participant: Participant, plan: Plan) -> [(SessionKind, CalendarDocument)] {
        let addressee = Addressee(participant, of: scenario.organisation)
        return plan.sessions(attendableBy: participant).map { session in
            (session.kind, message(facts(of: session, for: addressee, notice: .new, in: plan), to: addressee))
        }
    }

    /// `invites/<participant>/all-sessions.ics`: the same sessions in one `METHOD:PUBLISH` (RFC 5546 §3.2.1)
    /// for calendars that import a file rather than answer a request; `nil` when there is none.
    ///
    /// Same `UID`s, texts and reminders as the requests, no `ATTENDEE` (a `PUBLISH` has none), the centre as
    /// `ORGANIZER`; a later update or cancellation by e-mail finds the events by their `UID`.
    public func importable(for participant: Participant, plan: Plan) -> CalendarDocument? {
        let invitations = invitations(for: participant, plan: plan)
        guard !invitations.isEmpty else { return nil }
        let wording = Wording(for: participant, of: scenario.organisation)
        return document(
            .publish,
            name: wording.text("calendar.personalName", ["organisation": scenario.organisation.name]),
            events: invitations.flatMap(\.1.events).map { event in
                var event = event
                event.attendees = []
                return event
            }
        )
    }

    /// `facilitators/<facilitator>.ics`: `METHOD:PUBLISH` with the facilitator's own sessions, or `nil`.
    public func calendar(for facilitator: Facilitator, plan: Plan) -> CalendarDocument? {
        let sessions = plan.sessions.filter { $0.slot.facilitator == facilitator.id }
        guard !sessions.isEmpty else { return nil }
        let addressee = Addressee(facilitator, of: scenario.organisation)
        let wording = Wording(for: addressee)
        return document(
            .publish,
            name: wording.text("calendar.facilitatorName", ["facilitator": facilitator.name]),
            events: sessions.map { session in
                var event = message(facts(of: session, for: addressee, notice: .new, in: plan), to: addressee)
                    .events[0]
                event.attendees = []
                return event
            }
        )
    }

    // MARK: - One message

    /// The facts of `session` for `addressee`: its time, room, facilitator, and its place in the group's
    /// sequence among the sessions of `plan` (« séance 2 sur 4 »); `previous` is the session as the person
    /// held it, for an update.
    public func facts(
        of session: PlannedSession,
        for addressee: Addressee,
        notice: InvitationNotice,
        in plan: Plan,
        previous: PlannedSession? = nil
    ) -> InvitationFacts {
        let slot = session.slot
        let kinds = Set(plan.sessions.map(\.kind)).union([slot.kind])
        let sequence = SessionKind.groupSequence.filter(kinds.contains)
        let position = sequence.firstIndex(of: slot.kind).map { $0 + 1 }
        var facts = InvitationFacts(
            notice: notice,
            meeting: .session(slot.kind, position: position, count: position == nil ? nil : sequence.count),
            time: .once(start: slot.start, end: slot.end),
            place: place(slot.venue) ?? .unknown(slot.venue),
            facilitator: facilitatorName(slot.facilitator),
            isChair: addressee.isChair
        )
        if let previous = previous?.slot {
            if previous.start != slot.start || previous.end != slot.end {
                facts.previous.time = .once(start: previous.start, end: previous.end)
            }
            if previous.venue != slot.venue { facts.previous.place = place(previous.venue) ?? .unknown(previous.venue) }
            if previous.facilitator != slot.facilitator {
                facts.previous.facilitator = facilitatorName(previous.facilitator)
            }
        }
        return facts
    }

    /// One message about one session to one person: `METHOD:REQUEST` (RFC 5546 §3.2.2) or, for a cancelling
    /// notice, `METHOD:CANCEL` (§3.2.5), with one `VEVENT`.
    ///
    /// The event has the session's stable `UID` (RFC 5545 §3.8.4.7; the hand-over's for the group's meeting) and `SEQUENCE:0` (§3.8.7.4; a publication
    /// sets its own), `CLASS:PRIVATE` (§3.8.1.3), the centre as `ORGANIZER` (§3.8.4.3) and exactly one
    /// `ATTENDEE` (§3.8.4.1), the recipient: `ROLE=REQ-PARTICIPANT` or, for the facilitator, `ROLE=CHAIR`
    /// (§3.2.16). A request has `STATUS:CONFIRMED`, `RSVP=TRUE` and a reminder (`VALARM`, §3.6.6) the day
    /// before; a cancellation `STATUS:CANCELLED` (§3.8.1.11), `RSVP=FALSE` and no reminder.
    public func message(_ facts: InvitationFacts, to addressee: Addressee) -> CalendarDocument {
        let text = InvitationText(
            facts,
            group: scenario.group,
            organisation: scenario.organisation,
            wording: Wording(for: addressee)
        )
        let isCancel = facts.notice.isCancellation
        let uid: String
        switch facts.meeting {
        case .session(let kind, _, _): uid = scenario.uid(of: kind)
        case .groupMeeting: uid = scenario.handoverUID
        }
        var event = CalendarEvent(
            uid: uid,
            sequence: 0,
            stamp: stamp.secondsSince1970,
            start: facts.time.start,
            end: facts.time.end,
            summary: text.title,
            description: text.description,
            location: text.location,
            status: isCancel ? .cancelled : .confirmed,
            classification: .private,
            organizer: scenario.organisation.organiser,
            attendees: [
                CalendarAttendee(
                    name: addressee.name,
                    email: addressee.email,
                    role: addressee.isChair ? .chair : .requiredParticipant,
                    rsvp: !isCancel
                )
            ]
        )
        if !isCancel { event.reminder = Reminder(minutesBefore: 24 * 60, description: text.reminder) }
        return document(isCancel ? .cancel : .request, name: nil, events: [event])
    }

    // MARK: - Private

    private func place(_ venue: Venue.ID) -> InvitationFacts.Place? {
        scenario.venue(venue).map(InvitationFacts.Place.init)
    }

    /// The facilitator's name, `nil` when the scenario does not know them or the name is empty.
    private func facilitatorName(_ id: Facilitator.ID) -> String? {
        scenario.facilitator(id).flatMap { $0.name.isEmpty ? nil : $0.name }
    }

    private func document(_ method: CalendarDocument.Method, name: String?, events: [CalendarEvent]) -> CalendarDocument
    {
        CalendarDocument(
            method: method,
            productID: Self.productID,
            timeZone: scenario.organisation.timeZone,
            name: name,
            events: events
        )
    }

    /// A published event of a session, written without attendee.
    private func event(
        _ session: PlannedSession,
        summary: String,
        description: String,
        location: String?,
        classification: CalendarEvent.Classification?
    ) -> CalendarEvent {
        CalendarEvent(
            uid: scenario.uid(of: session.kind),
            sequence: 0,
            stamp: stamp.secondsSince1970,
            start: session.slot.start,
            end: session.slot.end,
            summary: summary,
            description: description,
            location: location,
            status: .confirmed,
            classification: classification,
            organizer: scenario.organisation.organiser
        )
    }
}
