internal import Calendaring
internal import PlanDocuments
public import PlanningDomain

/// The invitations that hand the group its own rhythm after founding session 2 (`entraide handover GROUP`),
/// and every later change of that rhythm: one recurring event per member, remembered like a session.
///
/// Each document has one `VEVENT` (RFC 5545 §3.6.1) whose `DTSTART` and `DTEND` carry `TZID` (§3.2.19) and
/// the zone's `VTIMEZONE` (§3.6.5), an `RRULE` (§3.8.5.3) `FREQ=WEEKLY;INTERVAL=…;BYDAY=…` with `UNTIL` when the
/// rhythm ends, one `EXDATE;TZID=…` (§3.8.5.1) per public holiday or closure that falls on a meeting,
/// `CLASS:PRIVATE` (§3.8.1.3), the centre as `ORGANIZER` (§3.8.4.3) and exactly one `ATTENDEE` (§3.8.4.1), the
/// member. The series is anchored in local time, so a 19:00 meeting stays at 19:00 across daylight-saving
/// changes.
///
/// UID: one **shared** UID, `handover.<group-id>@<uid-domain>` (§3.8.4.7), in every member's copy, kept for
/// ever. Every change members must see carries a higher `SEQUENCE` (§3.8.7.4, RFC 5546 §2.1.4), as the
/// sessions' publications do:
///
/// | change | message | `SEQUENCE` | to |
/// | --- | --- | --- | --- |
/// | first hand-over | `REQUEST` | 0 | every member |
/// | another rhythm, room, end date or skipped day | `REQUEST` | series + 1 | every member |
/// | a new member, same series | `REQUEST` | the series' (above their cancelled copy's) | them only |
/// | a member who no longer receives it (declined founding 2, withdrew) | `CANCEL` | as the change, else their copy + 1 | them only |
/// | the rhythm ends (``cancel(_:)``, `--cancel`) | `CANCEL`, `STATUS:CANCELLED` | series + 1 | every holder of a live copy |
/// | nothing | nothing | unchanged | nobody |
public struct HandoverInvites: Sendable {
    /// The group: organisation (time zone, organiser, UID domain), venues and members.
    public let scenario: Scenario
    /// Participants who left the group, so that their copies can still be cancelled.
    public let withdrawn: [Participant]
    /// `DTSTAMP` (RFC 5545 §3.8.7.2): an input, never the clock.
    public let stamp: Instant

    /// The hand-over of one group.
    public init(scenario: Scenario, withdrawn: [Participant] = [], stamp: Instant) {
        self.scenario = scenario
        self.withdrawn = withdrawn
        self.stamp = stamp
    }

    /// `handover.<group-id>@<uid-domain>`.
    public static func uid(for scenario: Scenario) -> String { scenario.handoverUID }

    /// The holidays among `holidays` on which a meeting of `rhythm` falls, sorted, each once.
    public static func cancelledDates(of rhythm: Rhythm, holidays: [LocalDate]) -> [LocalDate] {
        Set(holidays.filter(rhythm.hasMeeting(on:))).sorted()
    }

    /// The series a rhythm gives: its first meeting, its end, the days it skips among `holidays`, its room.
    public static func series(of rhythm: Rhythm, holidays: [LocalDate], venue: Venue.ID?) -> HandoverPublication.Series
    {
        HandoverPublication.Series(
            everyWeeks: rhythm.every,
            first: LocalDateTime(date: rhythm.firstDate, time: rhythm.start),
            durationMinutes: rhythm.durationMinutes,
            until: rhythm.until,
            skipped: cancelledDates(of: rhythm, holidays: holidays),
            venue: venue
        )
    }

    /// What to send to hand `series` over to `members`, given what was sent before (`nil` the first time).
    public func revise(
        _ previous: HandoverPublication?,
        to series: HandoverPublication.Series,
        members: [Participant.ID]
    ) -> HandoverRevision {
        var round = Round(
            invites: self,
            state: previous ?? HandoverPublication(uid: scenario.handoverUID, sequence: 0, series: series)
        )
        let wanted = Set(members)
        let live = round.liveHolders
        guard let previous else {
            for member in wanted.sorted() { round.send(.handoverNew, to: member, at: 0, holding: series) }
            return round.revision
        }
        if previous.isCancelled || previous.series != series {
            round.state.sequence += 1
            round.state.series = series
            round.state.isCancelled = false
            for member in wanted.sorted() {
                let notice: InvitationNotice =
                    live.contains(member) && !previous.isCancelled ? .handoverUpdated : .handoverNew
                round.send(notice, to: member, at: round.state.sequence, holding: previous.series)
            }
            for member in live.subtracting(wanted).sorted() {
                round.send(.handoverWithdrawn, to: member, at: round.state.sequence, holding: previous.series)
            }
        } else {
            for member in wanted.subtracting(live).sorted() {
                // After a CANCEL, a REQUEST at the same SEQUENCE could be taken for an older message.
                let copy = round.state.copies[member]
                let sequence = copy.map { max(round.state.sequence, $0.sequence + 1) } ?? round.state.sequence
                round.send(.handoverNew, to: member, at: sequence, holding: series)
            }
            for member in live.subtracting(wanted).sorted() {
                let sequence = (round.state.copies[member]?.sequence ?? round.state.sequence) + 1
                round.send(.handoverWithdrawn, to: member, at: sequence, holding: series)
            }
            round.state.sequence = max(round.state.sequence, round.messages.map(\.sequence).max() ?? 0)
        }
        return round.revision
    }

    /// What to send when the rhythm ends.
    ///
    /// A `CANCEL` with `STATUS:CANCELLED` of the whole series, one `SEQUENCE` higher, to every member holding
    /// it; nothing when it was already cancelled.
    public func cancel(_ previous: HandoverPublication) -> HandoverRevision {
        var round = Round(invites: self, state: previous)
        guard !previous.isCancelled else { return round.revision }
        round.state.sequence += 1
        round.state.isCancelled = true
        for member in round.liveHolders.sorted() {
            round.send(.handoverCancelled, to: member, at: round.state.sequence, holding: previous.series)
        }
        return round.revision
    }

    /// One revision being built: the state as it changes, the messages, who could not be addressed.
    private struct Round {
        let invites: HandoverInvites
        var state: HandoverPublication
        var messages: [HandoverMessage] = []
        var unaddressed: [Participant.ID] = []

        /// Members holding a copy that was not cancelled.
        var liveHolders: Set<Participant.ID> { Set(state.copies.filter { !$0.value.isCancelled }.keys) }

        /// Adds the message of `notice` to `member` at `sequence`: a request writes the current series, a
        /// cancellation the series they hold (`held`), an update says what changed since `held`.
        mutating func send(
            _ notice: InvitationNotice,
            to member: Participant.ID,
            at sequence: Int,
            holding held: HandoverPublication.Series
        ) {
            guard let addressee = invites.addressee(member) else {
                unaddressed.append(member)
                return
            }
            let isCancel = notice.isCancellation
            messages.append(
                invites.message(
                    notice,
                    isCancel ? held : state.series,
                    previous: notice == .handoverUpdated ? held : nil,
                    uid: state.uid,
                    sequence: sequence,
                    to: addressee
                )
            )
            state.copies[member] = RecipientCopy(sequence: sequence, isCancelled: isCancel)
        }

        var revision: HandoverRevision {
            HandoverRevision(
                handover: state,
                messages: messages.sorted { $0.addressee.recipient < $1.addressee.recipient },
                staffCalendar: invites.staffCalendar(state),
                unaddressed: unaddressed.sorted()
            )
        }
    }

    // MARK: - Private

    /// A member's addressee, whether still in the group or withdrawn; `nil` when forgotten.
    fileprivate func addressee(_ member: Participant.ID) -> Addressee? {
        (scenario.participant(member) ?? withdrawn.first { $0.id == member })
            .map { Addressee($0, of: scenario.organisation) }
    }

    /// The facts of `series` for a member.
    private func facts(
        _ notice: InvitationNotice,
        _ series: HandoverPublication.Series,
        previous: HandoverPublication.Series?
    ) -> InvitationFacts {
        var facts = InvitationFacts(
            notice: notice,
            meeting: .groupMeeting,
            time: Self.time(of: series),
            place: series.venue.map { scenario.venue($0).map(InvitationFacts.Place.init) ?? .unknown($0) },
            facilitator: nil
        )
        if let previous {
            if previous != series { facts.previous.time = Self.time(of: previous) }
            if previous.venue != series.venue {
                facts.previous.place = previous.venue.map {
                    scenario.venue($0).map(InvitationFacts.Place.init) ?? .unknown($0)
                }
            }
        }
        return facts
    }

    fileprivate func message(
        _ notice: InvitationNotice,
        _ series: HandoverPublication.Series,
        previous: HandoverPublication.Series?,
        uid: String,
        sequence: Int,
        to addressee: Addressee
    ) -> HandoverMessage {
        let facts = facts(notice, series, previous: previous)
        var document = PlanCalendars(scenario: scenario, stamp: stamp).message(facts, to: addressee)
        for index in document.events.indices {
            document.events[index].uid = uid
            document.events[index].sequence = sequence
            document.events[index].recurrence = Self.rule(of: series)
            document.events[index].exceptionDates = series.skipped.map {
                LocalDateTime(date: $0, time: series.first.time)
            }
        }
        return HandoverMessage(
            addressee: addressee,
            method: document.method,
            sequence: sequence,
            document: document,
            facts: facts
        )
    }

    /// The staff's copy: the series as members hold it, `METHOD:PUBLISH`, no attendee, no reminder.
    fileprivate func staffCalendar(_ state: HandoverPublication) -> CalendarDocument {
        let wording = Wording(scenario.organisation.language)
        let isPublic = scenario.group.calendarTitle == .public
        let title = wording.text(
            isPublic ? "event.summary" : "invitation.title.neutralChair",
            [
                "session": wording.text("handover.meeting"), "group": scenario.group.title,
                "organisation": scenario.organisation.name,
            ]
        )
        let series = state.series
        let place = series.venue.flatMap(scenario.venue)
        let event = CalendarEvent(
            uid: state.uid,
            sequence: state.sequence,
            stamp: stamp.secondsSince1970,
            start: series.first,
            end: series.first.adding(minutes: series.durationMinutes),
            summary: title,
            location: place.map { wording.text("event.location", ["venue": $0.name, "address": $0.address]) },
            status: state.isCancelled ? .cancelled : .confirmed,
            organizer: scenario.organisation.organiser,
            recurrence: Self.rule(of: series),
            exceptionDates: series.skipped.map { LocalDateTime(date: $0, time: series.first.time) }
        )
        return CalendarDocument(
            method: .publish,
            productID: PlanCalendars.productID,
            timeZone: scenario.organisation.timeZone,
            events: [event]
        )
    }

    static func time(of series: HandoverPublication.Series) -> InvitationFacts.Time {
        .weekly(
            everyWeeks: series.everyWeeks,
            first: series.first,
            end: series.first.adding(minutes: series.durationMinutes),
            until: series.until,
            skipped: series.skipped
        )
    }

    static func rule(of series: HandoverPublication.Series) -> RecurrenceRule {
        RecurrenceRule(
            frequency: .weekly,
            interval: series.everyWeeks,
            byDay: [RecurrenceRule.Day(Weekday(of: series.first.date))],
            end: series.until.map(RecurrenceRule.End.until)
        )
    }
}
