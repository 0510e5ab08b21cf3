import PlanningDomain

/// A tiny scenario written by hand for rule tests: one candidate per session unless a test adds more.
struct ScenarioBuilder {
    var scenario: Scenario

    /// Six participants who all answer yes to the default candidates, one facilitator, one roomy venue.
    init(participants count: Int = 6, review: Bool = true) {
        let kinds: [SessionKind] = review ? SessionKind.groupSequence : SessionKind.foundingSequence
        let dates = ["2027-01-12", "2027-01-26", "2027-02-09", "2027-06-01"]
        let candidates = kinds.enumerated().map { index, kind in
            Self.slot("\(kind.rawValue)-a", kind, dates[index], "18:30")
        }
        let participants = (1...count).map { index in
            Participant(
                id: .init("p\(index)"),
                name: "Person \(index)",
                email: "p\(index)@example.org",
                language: .french,
                answers: Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, Availability.yes) })
            )
        }
        scenario = Scenario(
            organisation: Organisation(
                name: "Centre",
                timeZone: "Europe/Zurich",
                language: .french,
                organiser: Contact(name: "Centre", email: "centre@example.org"),
                uidDomain: "example.org"
            ),
            group: Group(
                id: "g",
                title: "Groupe",
                theme: "Thème",
                type: .talkingGroup,
                region: "Lausanne",
                quorum: 6,
                initiator: "p1"
            ),
            facilitators: [Facilitator(id: "anne", name: "Anne", email: "anne@example.org")],
            venues: [
                Venue(id: "big", name: "Big", address: "Rue 1", capacity: 20, hasStepFreeAccess: true),
                Venue(id: "old", name: "Old", address: "Rue 2", capacity: 20, hasStepFreeAccess: false),
            ],
            sessionRules: kinds.map(SessionRule.standard),
            candidates: candidates,
            participants: participants,
            closures: [],
            rules: PlanningRules()
        )
    }

    static func slot(
        _ id: String,
        _ kind: SessionKind,
        _ date: String,
        _ time: String,
        venue: Venue.ID = "big",
        facilitator: Facilitator.ID = "anne"
    ) -> CandidateSlot {
        let d = date.split(separator: "-").compactMap { Int($0) }
        let t = time.split(separator: ":").compactMap { Int($0) }
        guard d.count == 3, t.count == 2, let day = LocalDate(year: d[0], month: d[1], day: d[2]),
            let start = LocalTime(hour: t[0], minute: t[1])
        else { preconditionFailure("fixture '\(date) \(time)' is not a yyyy-mm-dd date and an hh:mm time") }
        return CandidateSlot(
            id: .init(id),
            kind: kind,
            start: LocalDateTime(date: day, time: start),
            durationMinutes: SessionRule.standard(kind).durationMinutes,
            venue: venue,
            facilitator: facilitator
        )
    }

    /// Adds a candidate that every participant answers with `answer`.
    mutating func add(_ slot: CandidateSlot, answer: Availability = .yes) {
        scenario.candidates.append(slot)
        for index in scenario.participants.indices { scenario.participants[index].answers[slot.id] = answer }
    }

    mutating func answer(_ participant: Int, _ slot: CandidateSlot.ID, _ answer: Availability) {
        scenario.participants[participant - 1].answers[slot] = answer
    }
}
