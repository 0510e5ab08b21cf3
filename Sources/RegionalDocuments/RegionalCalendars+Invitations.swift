public import Calendaring
internal import PlanDocuments
public import PlanningDomain

extension RegionalCalendars {
    /// `invites/<person>/<workshop>.ics`: the invitation to the run a person is enrolled in, `METHOD:REQUEST`
    /// (RFC 5546 §3.2.2) with one `VEVENT`, `CLASS:PRIVATE` (RFC 5545 §3.8.1.3), the centre as `ORGANIZER`
    /// (§3.8.4.3), exactly one `ATTENDEE` (§3.8.4.1), the person, `ROLE=REQ-PARTICIPANT` and `RSVP=TRUE`, and a
    /// reminder (`VALARM`, §3.6.6) the day before; in the person's language.
    ///
    /// The run's `UID` is the staff calendar's. Files only: these are not put in the outbox or sent (yet).
    public func invitation(to person: Participant, for run: WorkshopRun) -> CalendarDocument? {
        guard let workshop = problem.workshop(run.workshop) else { return nil }
        let organisation = problem.centre.organisation
        let wording = Wording(for: person, of: organisation)
        var event = event(run, of: workshop, in: wording.language)
        event.classification = .private
        event.attendees = [CalendarAttendee(name: person.name, email: person.email, role: .requiredParticipant)]
        event.reminder = Reminder(
            minutesBefore: 24 * 60,
            description: wording.text(
                "event.reminder",
                ["summary": event.summary, "time": wording.time(run.slot.start.time)]
            )
        )
        return document(name: nil, events: [event], method: .request)
    }
}
