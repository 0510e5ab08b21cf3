internal import PlanDocuments
public import PlanningDomain

/// The words of a letter to one person about a workshop: its `Subject` and its plain-text body.
public struct WorkshopLetter: Hashable, Sendable {
    /// The subject, unencoded.
    public var subject: String
    /// The body, lines separated by `\n`.
    public var body: String
    /// The language written: the person's when Entraide has a catalogue for it, else the centre's.
    public var language: Language
}

/// The letters of the coordinator's calendar to the people interested in workshops, in each person's language
/// (`Resources/Strings`, keys `waiting.` and `workshopInvitation.`).
///
/// Discretion: a letter names its recipient only (in the greeting); no other person, no group and no group
/// theme. The waiting-list letter says which workshop, the person's rank, why no place was given, what comes
/// next (the workshop's next run, if any, and that they are written to if a place frees up) and whom to ask.
/// The invitation's letter accompanies `invites/<person>/<workshop>.ics`: what, when, where, who leads, and
/// how to answer.
public struct WorkshopLetters: Sendable {
    /// The problem planned.
    public let problem: RegionalProblem
    /// The calendar.
    public let plan: RegionalPlan
    /// Runs starting before this are not "next".
    public let now: LocalDateTime

    /// The letters of a calendar; `now` is the wall-clock time in the centre's zone.
    public init(problem: RegionalProblem, plan: RegionalPlan, now: LocalDateTime) {
        self.problem = problem
        self.plan = plan
        self.now = now
    }

    /// The letter to a person on a workshop's waiting list; `nil` for an unknown workshop.
    public func waiting(_ entry: WaitingEntry, of workshopID: Workshop.ID, to person: Participant) -> WorkshopLetter? {
        guard let workshop = problem.workshop(workshopID) else { return nil }
        let organisation = problem.centre.organisation
        let wording = Wording(for: person, of: organisation)
        let title = workshop.title(in: wording.language)
        var lines = [
            greeting(person, wording), "",
            wording.text("waiting.intro", ["workshop": title, "organisation": organisation.name]),
            wording.text("waiting.reason.\(entry.reason.rawValue)"),
            wording.text("waiting.rank", ["rank": String(entry.rank)]),
            "",
        ]
        let next = plan.runs(of: workshopID).filter { $0.slot.start >= now }.min { $0.slot.start < $1.slot.start }
        if let next, entry.reason != .noRunHeld {
            lines.append(
                wording.text(
                    "waiting.next.run",
                    [
                        "date": wording.date(next.slot.date), "start": wording.time(next.slot.start.time),
                        "end": wording.time(next.slot.end.time), "location": location(next, wording),
                    ]
                )
            )
        } else {
            lines.append(wording.text("waiting.next.none"))
        }
        lines += ["", contact(wording), "", wording.text("mail.closing"), organisation.name]
        return WorkshopLetter(
            subject: wording.text("waiting.subject", ["workshop": title]),
            body: lines.joined(separator: "\n"),
            language: wording.language
        )
    }

    /// The letter that carries a person's invitation to the run they are enrolled in; `nil` for an unknown
    /// workshop.
    public func invitation(to person: Participant, for run: WorkshopRun) -> WorkshopLetter? {
        guard let workshop = problem.workshop(run.workshop) else { return nil }
        let organisation = problem.centre.organisation
        let wording = Wording(for: person, of: organisation)
        let title = workshop.title(in: wording.language)
        let date = wording.date(run.slot.date)
        let facilitators = run.facilitators.map { problem.centre.facilitator($0)?.name ?? $0.rawValue }
        var lines = [
            greeting(person, wording), "",
            wording.text("workshopInvitation.intro", ["workshop": title, "organisation": organisation.name]),
            "",
            wording.text(
                "workshopInvitation.when",
                ["date": date, "start": wording.time(run.slot.start.time), "end": wording.time(run.slot.end.time)]
            ),
            wording.text("workshopInvitation.where", ["location": location(run, wording)]),
            wording.text("workshopInvitation.who", ["facilitators": facilitators.joined(separator: ", ")]),
        ]
        if let description = workshop.descriptions[wording.language] ?? workshop.descriptions[.french] {
            lines += ["", description]
        }
        lines += [
            "", wording.text("workshopInvitation.answer"), "", contact(wording), "", wording.text("mail.closing"),
            organisation.name,
        ]
        return WorkshopLetter(
            subject: wording.text("workshopInvitation.subject", ["workshop": title, "date": date]),
            body: lines.joined(separator: "\n"),
            language: wording.language
        )
    }

    // MARK: - Shared with the letters of changes

    /// « Bonjour Rita Rochat, », the name on one line.
    func greeting(_ person: Participant, _ wording: Wording) -> String {
        wording.text("mail.greeting", ["name": person.name.split(whereSeparator: \.isNewline).joined(separator: " ")])
    }

    func location(_ run: WorkshopRun, _ wording: Wording) -> String {
        guard let venue = problem.centre.venue(run.slot.venue) else { return run.slot.venue.rawValue }
        return venue.address.isEmpty
            ? venue.name : wording.text("event.location", ["venue": venue.name, "address": venue.address])
    }

    func contact(_ wording: Wording) -> String {
        let organisation = problem.centre.organisation
        let values = ["name": organisation.organiser.name, "email": organisation.organiser.email]
        guard let phone = organisation.phone, !phone.isEmpty else { return wording.text("waiting.contact", values) }
        return wording.text("waiting.contact.phone", values.merging(["phone": phone]) { _, new in new })
    }
}
