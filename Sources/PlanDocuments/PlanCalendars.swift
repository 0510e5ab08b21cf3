public import Calendaring
public import PlanningDomain

/// The calendar documents of a plan: the published calendar, one invitation per participant and one
/// calendar per facilitator.
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

    /// `calendar.ics`: `METHOD:PUBLISH` (RFC 5545 §3.7.2), every planned session, no attendee.
    public func published(_ plan: Plan) -> CalendarDocument {
        let wording = Wording(scenario.organisation.language)
        return document(
            .publish,
            name: wording.text(
                "calendar.name",
                ["group": scenario.group.title, "organisation": scenario.organisation.name]
            ),
            events: plan.sessions.map { event(for: $0, wording: wording, namesFacilitator: false) }
        )
    }

    /// `invites/<participant>.ics`: the sessions a participant can attend, or `nil` when there is none.
    ///
    /// `METHOD:REQUEST` (RFC 5545 §3.7.2, RFC 5546 §3.2.2) with one `ATTENDEE` (§3.8.4.1), the recipient, and a
    /// `VALARM` (§3.6.6) a day before each session. Written in the participant's language when a catalogue
    /// exists for it, else in the organisation's.
    public func invitation(for participant: Participant, plan: Plan) -> CalendarDocument? {
        let sessions = plan.sessions(attendableBy: participant)
        guard !sessions.isEmpty else { return nil }
        return invitation(for: participant, sessions: sessions)
    }

    /// `METHOD:REQUEST` of the given sessions for one participant, whatever their answers: what a publication
    /// sends, including the `CANCEL` of a session they can no longer attend.
    public func invitation(for participant: Participant, sessions: [PlannedSession]) -> CalendarDocument {
        invitation(for: Addressee(participant, of: scenario.organisation), sessions: sessions)
    }

    /// `METHOD:REQUEST` of the given sessions for one person: a participant as `ROLE=REQ-PARTICIPANT`, a
    /// facilitator as `ROLE=CHAIR` (RFC 5545 §3.2.16), the centre as `ORGANIZER` either way.
    public func invitation(for addressee: Addressee, sessions: [PlannedSession]) -> CalendarDocument {
        let wording = Wording(for: addressee)
        let attendee = CalendarAttendee(
            name: addressee.name,
            email: addressee.email,
            role: addressee.isChair ? .chair : .requiredParticipant
        )
        return document(
            .request,
            name: nil,
            events: sessions.map { session in
                var event = event(for: session, wording: wording)
                event.attendees = [attendee]
                event.reminder = Reminder(
                    minutesBefore: 24 * 60,
                    description: wording.text(
                        "event.reminder",
                        ["summary": event.summary, "time": wording.time(session.slot.start.time)]
                    )
                )
                return event
            }
        )
    }

    /// `facilitators/<facilitator>.ics`: `METHOD:PUBLISH` with the facilitator's own sessions, or `nil`.
    public func calendar(for facilitator: Facilitator, plan: Plan) -> CalendarDocument? {
        let sessions = plan.sessions.filter { $0.slot.facilitator == facilitator.id }
        guard !sessions.isEmpty else { return nil }
        let wording = Wording(scenario.organisation.language)
        return document(
            .publish,
            name: wording.text("calendar.facilitatorName", ["facilitator": facilitator.name]),
            events: sessions.map { event(for: $0, wording: wording) }
        )
    }

    // MARK: - Events

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

    /// The event of a session.
    ///
    /// The published calendar leaves out the facilitator's name: it carries no personal data at all.
    private func event(for session: PlannedSession, wording: Wording, namesFacilitator: Bool = true) -> CalendarEvent {
        let slot = session.slot
        let venue = scenario.venue(slot.venue)
        let location = wording.text(
            "event.location",
            ["venue": venue?.name ?? slot.venue.rawValue, "address": venue?.address ?? ""]
        )
        let summary = wording.text(
            "event.summary",
            ["session": wording.title(of: slot.kind), "group": scenario.group.title]
        )
        var description = wording.text(
            namesFacilitator ? "event.description" : "event.descriptionPublished",
            [
                "session": wording.title(of: slot.kind), "group": scenario.group.title,
                "facilitator": scenario.facilitator(slot.facilitator)?.name ?? slot.facilitator.rawValue,
                "organisation": scenario.organisation.name, "location": location,
                "organiserName": scenario.organisation.organiser.name,
                "organiserEmail": scenario.organisation.organiser.email,
            ]
        )
        if venue?.hasStepFreeAccess == true { description += "\n" + wording.text("event.descriptionAccess") }
        return CalendarEvent(
            uid: scenario.uid(of: slot.kind),
            sequence: 0,
            stamp: stamp.secondsSince1970,
            start: slot.start,
            end: slot.end,
            summary: summary,
            description: description,
            location: location,
            status: .confirmed,
            organizer: scenario.organisation.organiser
        )
    }
}
