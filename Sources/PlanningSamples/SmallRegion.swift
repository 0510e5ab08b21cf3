public import PlanningDomain

/// A small regional problem written by hand, with a calendar that keeps every rule: two groups (g1 founding
/// with a review, led by anne in the step-free room "big"; g2 founding, led by ben in the old room without
/// step-free access) and one workshop (cnv, two runs at most in March; its calendar run is on Saturday 6 March
/// with ben and three people enrolled).
///
/// g1 also has spare candidates (an information session on 19 January, a founding session 1 on 2 February) that
/// the calendar does not use: re-planning tests move published sessions there. The rule and objective tests of
/// `RegionalCheckTests` change it one rule at a time; the optimiser's tests re-plan it after a change.
public enum SmallRegion {
    /// A date written `2027-01-12` (the sample's own dates only).
    public static func date(_ text: String) -> LocalDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return LocalDate(year: parts[0], month: parts[1], day: parts[2]) ?? LocalDate(dayNumber: 0)
    }

    /// A wall-clock time on a day, written `2027-01-12` and `18:30`.
    public static func at(_ day: String, _ time: String) -> LocalDateTime {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        return LocalDateTime(date: date(day), time: midnight).adding(minutes: parts[0] * 60 + parts[1])
    }

    private static let midnight: LocalTime = {
        guard let time = LocalTime(hour: 0, minute: 0) else { preconditionFailure("00:00 exists") }
        return time
    }()

    /// A group candidate of the standard length for its kind.
    public static func slot(
        _ id: String,
        _ kind: SessionKind,
        _ day: String,
        _ time: String = "18:30",
        venue: Venue.ID,
        facilitator: Facilitator.ID
    ) -> CandidateSlot {
        CandidateSlot(
            id: .init(id),
            kind: kind,
            start: at(day, time),
            durationMinutes: SessionRule.standard(kind).durationMinutes,
            venue: venue,
            facilitator: facilitator
        )
    }

    /// The problem and a calendar of it that keeps every rule, with ``objective``.
    public static func make() -> (problem: RegionalProblem, calendar: RegionalPlan) {
        let weekdays = (1...6).compactMap { Weekday(rawValue: $0) }
        let open = weekdays.compactMap { day in
            LocalTime(hour: 8, minute: 0).flatMap { from in
                LocalTime(hour: 22, minute: 0).map { WeeklyWindow(weekday: day, from: from, to: $0) }
            }
        }
        let venues = [
            Venue(id: "big", name: "Big", address: "Rue 1", capacity: 20, hasStepFreeAccess: true, openingHours: open),
            Venue(id: "old", name: "Old", address: "Rue 2", capacity: 20, hasStepFreeAccess: false, openingHours: open),
        ]
        let facilitators = [
            Facilitator(id: "anne", name: "Anne", email: "anne@example.org", weeklyLimit: 2, monthlyLimit: 8),
            Facilitator(id: "ben", name: "Ben", email: "ben@example.org"),
        ]
        let organisation = Organisation(
            name: "Centre",
            timeZone: "Europe/Zurich",
            language: .french,
            organiser: Contact(name: "Centre", email: "centre@example.org"),
            uidDomain: "example.org"
        )
        let centre = Centre(
            organisation: organisation,
            facilitators: facilitators,
            venues: venues,
            closures: [Closure(from: Self.date("2027-08-01"), to: Self.date("2027-08-01"), reason: "Fête nationale")]
        )
        let first = [
            Self.slot("g1-info", .information, "2027-01-12", venue: "big", facilitator: "anne"),
            Self.slot("g1-f1", .founding1, "2027-01-26", venue: "big", facilitator: "anne"),
            Self.slot("g1-f2", .founding2, "2027-02-09", venue: "big", facilitator: "anne"),
            Self.slot("g1-review", .review, "2027-06-01", venue: "big", facilitator: "anne"),
        ]
        let spare = [
            Self.slot("g1-info-b", .information, "2027-01-19", venue: "big", facilitator: "anne"),
            Self.slot("g1-f1-b", .founding1, "2027-02-02", venue: "big", facilitator: "anne"),
        ]
        let second = [
            Self.slot("g2-info", .information, "2027-01-13", venue: "old", facilitator: "ben"),
            Self.slot("g2-f1", .founding1, "2027-01-27", venue: "old", facilitator: "ben"),
            Self.slot("g2-f2", .founding2, "2027-02-10", venue: "old", facilitator: "ben"),
        ]
        let g1 = Self.scenario(
            "g1",
            first + spare,
            people: 6,
            organisation: organisation,
            venues: venues,
            facilitators: facilitators
        )
        let g2 = Self.scenario(
            "g2",
            second,
            people: 5,
            organisation: organisation,
            venues: venues,
            facilitators: facilitators
        )
        let workshop = Workshop(
            id: "cnv",
            titles: [.french: "Communication non violente"],
            minimumParticipants: 2,
            maximumParticipants: 4,
            runs: 2,
            windows: [DateWindow.month(year: 2027, month: 3)].compactMap { $0 },
            candidates: [
                WorkshopSlot(id: "cnv-1", start: Self.at("2027-03-06", "09:30"), durationMinutes: 150, venue: "big"),
                WorkshopSlot(id: "cnv-2", start: Self.at("2027-03-13", "09:30"), durationMinutes: 150, venue: "big"),
            ]
        )
        let answers: [WorkshopSlot.ID: Availability] = ["cnv-1": .yes, "cnv-2": .ifNeedBe]
        let interests = [
            WorkshopInterest(person: "g1-p1", workshop: "cnv", group: "g1", answers: answers),
            WorkshopInterest(person: "g1-p2", workshop: "cnv", group: "g1", answers: answers),
            WorkshopInterest(person: "o1", workshop: "cnv", answers: answers),
            WorkshopInterest(person: "o2", workshop: "cnv", answers: ["cnv-2": .yes]),
        ]
        let problem = RegionalProblem(
            centre: centre,
            year: 2027,
            groups: [
                RegionalGroup(scenario: g1, published: [.information: "g1-info"]),
                RegionalGroup(scenario: g2),
            ],
            workshops: [workshop],
            interests: interests
        )
        let calendar = RegionalPlan(
            groups: [
                GroupOutcome(
                    group: "g1",
                    plan: Plan(sessions: first.map { PlannedSession(slot: $0, participants: g1.participants) })
                ),
                GroupOutcome(
                    group: "g2",
                    plan: Plan(sessions: second.map { PlannedSession(slot: $0, participants: g2.participants) })
                ),
            ],
            runs: [
                WorkshopRun(
                    workshop: "cnv",
                    slot: workshop.candidates[0],
                    facilitators: ["ben"],
                    enrolled: ["g1-p1", "g1-p2", "o1"]
                )
            ],
            waitingLists: [],
            unheldRuns: [],
            moves: [],
            objective: Self.objective,
            bound: Self.objective,
            loads: [],
            statistics: RegionalSearchStatistics(iterations: 0, improvements: 0, stop: .iterationLimit)
        )
        return (problem, calendar)
    }

    /// The calendar's objective, worked out by hand from the term definitions (`CheckerObjectiveTests` checks it).
    public static let objective = RegionalObjective(values: [
        1,  // published-kept: g1's information session
        2,  // groups-placed
        11,  // continuity: 6 in g1, 5 in g2
        66,  // attendance: 3 sessions × 6 yes × 2 + 3 × 5 × 2
        2,  // rhythm: both groups found on one weekday and time
        16_950 + 18_390,  // information-start: 12 Jan 18:30 and 13 Jan 18:30, minutes after 1 Jan 00:00
        6,  // review-continuity
        12,  // review-attendance
        218_550,  // review-start: 1 June 18:30
        3,  // enrolled
        4,  // enrolment-priority: two members of g1 (founding) × 2, one outsider × 0
        1,  // workshop-spread: March
        1,  // peak-load
        8,  // peak-weeks: anne 4 weeks, ben 3 group weeks and the run's week
        0,  // travel
    ])

    static func scenario(
        _ id: Group.ID,
        _ slots: [CandidateSlot],
        people: Int,
        organisation: Organisation,
        venues: [Venue],
        facilitators: [Facilitator]
    ) -> Scenario {
        let participants = (1...people).map { index in
            Participant(
                id: .init("p\(index)"),
                name: "Person \(index)",
                email: "p\(index)@example.org",
                language: .french,
                isInitiator: index == 1,
                answers: Dictionary(uniqueKeysWithValues: slots.map { ($0.id, Availability.yes) })
            )
        }
        return Scenario(
            organisation: organisation,
            group: Group(
                id: id,
                title: "Groupe",
                theme: "Thème",
                type: .talkingGroup,
                region: "Vaud",
                quorum: 5,
                initiator: "p1"
            ),
            facilitators: facilitators,
            venues: venues,
            sessionRules: Array(Set(slots.map(\.kind))).sorted().map(SessionRule.standard),
            candidates: slots,
            participants: participants,
            closures: [],
            rules: PlanningRules()
        )
    }
}
