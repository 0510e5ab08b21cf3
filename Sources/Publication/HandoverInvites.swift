public import Calendaring
internal import PlanDocuments
public import PlanningDomain

/// The invitations that hand the group its own rhythm after founding session 2 (`entraide handover GROUP`):
/// one recurring event per member.
///
/// Each document is `METHOD:REQUEST` (RFC 5546 §3.2.2) with one `VEVENT` (RFC 5545 §3.6.1) whose `DTSTART` and
/// `DTEND` carry `TZID` (§3.2.19) and the zone's `VTIMEZONE` (§3.6.5), an `RRULE` (§3.8.5.3)
/// `FREQ=WEEKLY;INTERVAL=…;BYDAY=…` with `UNTIL` when the rhythm ends, one `EXDATE;TZID=…` (§3.8.5.1) per
/// public holiday that falls on a meeting, the centre as `ORGANIZER` (§3.8.4.3) and exactly one `ATTENDEE`
/// (§3.8.4.1), the member.
///
/// The series is anchored in local time, so a 19:00 meeting stays at 19:00 across daylight-saving changes.
///
/// UID: one **shared** UID, `handover.<group-id>@<uid-domain>` (§3.8.4.7), in every member's copy, as the
/// session invitations do: the series is one meeting of the group, each copy names only its recipient, and
/// a later change (new rhythm, end) is sent as the same UID with a higher `SEQUENCE`, which every client
/// matches to the event it holds. Replies then come back with that UID, and the attendee tells who answers.
public enum HandoverInvites {
    /// `handover.<group-id>@<uid-domain>`.
    public static func uid(for scenario: Scenario) -> String {
        "handover.\(scenario.group.id.rawValue)@\(scenario.organisation.uidDomain)"
    }

    /// The holidays among `holidays` on which a meeting of `rhythm` falls, sorted, each once.
    public static func cancelledDates(of rhythm: Rhythm, holidays: [LocalDate]) -> [LocalDate] {
        Set(holidays.filter(rhythm.hasMeeting(on:))).sorted()
    }

    /// One document per member, in the order of `members`, written in the member's language when there is a
    /// catalogue for it, else the organisation's.
    ///
    /// - Parameters:
    ///   - scenario: the group, the organisation (time zone, organiser, UID domain) and the venues.
    ///   - rhythm: when the group meets.
    ///   - holidays: the canton's public holidays (and any other day without meeting); those on a meeting
    ///     become `EXDATE`s.
    ///   - members: who receives an invitation.
    ///   - stamp: `DTSTAMP` (RFC 5545 §3.8.7.2), seconds since 1970 UTC: an input, so runs are reproducible.
    ///   - venue: where the group meets, written as `LOCATION` (§3.8.1.7); none when `nil`.
    ///   - sequence: `SEQUENCE` (§3.8.7.4): 0 the first time, higher when the rhythm changes.
    /// - Returns: each member's id with their document.
    public static func documents(
        scenario: Scenario,
        rhythm: Rhythm,
        holidays: [LocalDate],
        members: [Participant],
        stamp: Instant,
        venue: Venue.ID? = nil,
        sequence: Int = 0
    ) -> [(Participant.ID, CalendarDocument)] {
        let first = LocalDateTime(date: rhythm.firstDate, time: rhythm.start)
        let rule = RecurrenceRule(
            frequency: .weekly,
            interval: rhythm.every,
            byDay: [RecurrenceRule.Day(rhythm.weekday)],
            end: rhythm.until.map(RecurrenceRule.End.until)
        )
        let exceptions = cancelledDates(of: rhythm, holidays: holidays).map {
            LocalDateTime(date: $0, time: rhythm.start)
        }
        let place = venue.flatMap(scenario.venue)
        return members.map { member in
            let wording = Wording(for: member, of: scenario.organisation)
            let location = place.map { wording.text("event.location", ["venue": $0.name, "address": $0.address]) }
            let event = CalendarEvent(
                uid: uid(for: scenario),
                sequence: sequence,
                stamp: stamp.secondsSince1970,
                start: first,
                end: first.adding(minutes: rhythm.durationMinutes),
                summary: wording.text(
                    "event.summary",
                    ["session": wording.text("handover.meeting"), "group": scenario.group.title]
                ),
                description: wording.text(
                    "handover.description",
                    [
                        "group": scenario.group.title, "organisation": scenario.organisation.name,
                        "organiserName": scenario.organisation.organiser.name,
                        "organiserEmail": scenario.organisation.organiser.email,
                    ]
                ),
                location: location,
                organizer: scenario.organisation.organiser,
                attendees: [CalendarAttendee(name: member.name, email: member.email)],
                recurrence: rule,
                exceptionDates: exceptions
            )
            let document = CalendarDocument(
                method: .request,
                productID: PlanCalendars.productID,
                timeZone: scenario.organisation.timeZone,
                events: [event]
            )
            return (member.id, document)
        }
    }
}
