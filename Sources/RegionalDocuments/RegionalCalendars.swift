public import Calendaring
internal import PlanDocuments
public import PlanningDomain

/// The calendar documents of the coordinator's calendar, all `METHOD:PUBLISH` (RFC 5546 §3.2.1) through
/// `ICSWriter` (libical): the centre's staff calendar, one per facilitator and one per room.
///
/// A group's sessions are written as that group's own `calendar.ics` writes them (`PlanCalendars`): the same
/// stable `UID`s (RFC 5545 §3.8.4.7), and the neutral title (« Séance d'information — Centre … ») unless the
/// group's `calendar-title` is `public`. A run's event has the `UID` `workshop.<workshop>.<candidate>@<domain>`,
/// the workshop's title and description. Discretion: no participant is named or attends in any of them.
public struct RegionalCalendars: Sendable {
    /// The problem planned.
    public let problem: RegionalProblem
    /// `DTSTAMP` of every event (RFC 5545 §3.8.7.2).
    public let stamp: Instant

    /// The documents' writer.
    public init(problem: RegionalProblem, stamp: Instant) {
        self.problem = problem
        self.stamp = stamp
    }

    /// `calendar.ics`: every session and run, for the centre's staff.
    public func staff(_ plan: RegionalPlan) -> CalendarDocument {
        let wording = Wording(problem.centre.organisation.language)
        let name = wording.text(
            "calendar.regionName",
            ["year": String(problem.year), "organisation": problem.centre.organisation.name]
        )
        return document(name: name, events: events(plan) { _ in true })
    }

    /// `facilitators/<id>.ics`: the sessions and runs one facilitator leads; `nil` when none.
    public func facilitator(_ id: Facilitator.ID, plan: RegionalPlan) -> CalendarDocument? {
        let found = events(plan) { $0.facilitators.contains(id) }
        guard !found.isEmpty else { return nil }
        let wording = Wording(problem.centre.organisation.language)
        let name = wording.text(
            "calendar.facilitatorName",
            ["facilitator": problem.centre.facilitator(id)?.name ?? id.rawValue]
        )
        return document(name: name, events: found)
    }

    /// `rooms/<id>.ics`: what is held in one room; `nil` when nothing is.
    public func room(_ id: Venue.ID, plan: RegionalPlan) -> CalendarDocument? {
        let found = events(plan) { $0.venue == id }
        guard !found.isEmpty else { return nil }
        let wording = Wording(problem.centre.organisation.language)
        let name = wording.text(
            "calendar.roomName",
            ["venue": problem.centre.venue(id)?.name ?? id.rawValue, "organisation": problem.centre.organisation.name]
        )
        return document(name: name, events: found)
    }

    // MARK: - Events

    /// The events of the entries `isIncluded` keeps, by start.
    private func events(_ plan: RegionalPlan, where isIncluded: (CalendarEntry) -> Bool) -> [CalendarEvent] {
        var events: [(start: LocalDateTime, uid: String, event: CalendarEvent)] = []
        for (group, outcome) in zip(problem.groups, plan.groups) {
            guard let placed = outcome.plan else { continue }
            let kept = placed.sessions.filter { session in
                isIncluded(
                    CalendarEntry(
                        subject: .session(group.id, session.kind),
                        candidate: session.slot.id.rawValue,
                        start: session.slot.start,
                        end: session.slot.end,
                        venue: session.slot.venue,
                        facilitators: [session.slot.facilitator]
                    )
                )
            }
            guard !kept.isEmpty else { continue }
            var scenario = group.scenario
            scenario.venues += problem.centre.venues.filter { venue in !scenario.venues.contains { $0.id == venue.id } }
            let document = PlanCalendars(scenario: scenario, stamp: stamp).published(Plan(sessions: kept))
            for event in document.events { events.append((event.start, event.uid, event)) }
        }
        for run in plan.runs {
            let entry = CalendarEntry(
                subject: .run(run.workshop),
                candidate: run.slot.id.rawValue,
                start: run.slot.start,
                end: run.slot.end,
                venue: run.slot.venue,
                facilitators: run.facilitators
            )
            guard isIncluded(entry), let workshop = problem.workshop(run.workshop) else { continue }
            let event = self.event(run, of: workshop)
            events.append((event.start, event.uid, event))
        }
        return events.sorted { ($0.start, $0.uid) < ($1.start, $1.uid) }.map(\.event)
    }

    /// The `UID` of a run's event (RFC 5545 §3.8.4.7): `workshop.<workshop>.<candidate>@<domain>`.
    public func uid(of run: WorkshopRun) -> String {
        "workshop.\(run.workshop.rawValue).\(run.slot.id.rawValue)@\(problem.centre.organisation.uidDomain)"
    }

    /// A run's event: the workshop's title and description in `language` (the centre's by default), the room,
    /// no attendee.
    func event(_ run: WorkshopRun, of workshop: Workshop, in language: Language? = nil) -> CalendarEvent {
        let organisation = problem.centre.organisation
        let wording = Wording(language ?? organisation.language)
        let title = workshop.title(in: wording.language)
        let venue = problem.centre.venue(run.slot.venue)
        let location =
            venue.map { wording.text("event.location", ["venue": $0.name, "address": $0.address]) }
            ?? run.slot.venue.rawValue
        return CalendarEvent(
            uid: uid(of: run),
            stamp: stamp.secondsSince1970,
            start: run.slot.start,
            end: run.slot.end,
            summary: wording.text("event.workshopSummary", ["workshop": title]),
            description: Self.withoutEmptyLines(
                wording.text(
                    "event.workshopDescription",
                    [
                        "workshop": title, "organisation": organisation.name,
                        "description": workshop.descriptions[wording.language] ?? workshop.descriptions[.french] ?? "",
                        "location": location, "organiserName": organisation.organiser.name,
                        "organiserEmail": organisation.organiser.email,
                    ]
                )
            ),
            location: location,
            organizer: organisation.organiser
        )
    }

    /// The text without the line a workshop without description leaves empty.
    static func withoutEmptyLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
    }

    func document(
        name: String?,
        events: [CalendarEvent],
        method: CalendarDocument.Method = .publish
    )
        -> CalendarDocument
    {
        CalendarDocument(
            method: method,
            productID: PlanCalendars.productID,
            timeZone: problem.centre.organisation.timeZone,
            name: name,
            events: events
        )
    }
}
