public import PlanningDomain

/// A small scenario written in code for tests: one candidate per session (on fixed dates, 18:30) unless a test
/// adds more, participants who answer yes to every default candidate, one facilitator, two rooms.
///
/// The one builder of the test targets; each suite states the few things it cares about (how many people, how
/// ids, names and addresses look, the quorum) and keeps the defaults for the rest.
public struct ScenarioBuilder: Sendable {
    /// How the participants look.
    public struct People: Sendable {
        /// How many.
        public var count: Int
        /// The id of the n-th (1-based): `p1` or `p01`.
        public var id: @Sendable (Int) -> String
        /// The name of the n-th, from its id.
        public var name: @Sendable (Int, String) -> String
        /// The address of the n-th, from its id.
        public var email: @Sendable (Int, String) -> String
        /// The language of the n-th.
        public var language: @Sendable (Int) -> Language

        /// People `p1`…, named `Person 1`…, at `p1@example.org`…, reading French.
        public init(
            count: Int = 6,
            id: @escaping @Sendable (Int) -> String = { "p\($0)" },
            name: @escaping @Sendable (Int, String) -> String = { index, _ in "Person \(index)" },
            email: @escaping @Sendable (Int, String) -> String = { _, id in "\(id)@example.org" },
            language: @escaping @Sendable (Int) -> Language = { _ in .french }
        ) {
            self.count = count
            self.id = id
            self.name = name
            self.email = email
            self.language = language
        }

        /// Ids with two digits (`p01`, `p02`, …).
        public static let twoDigitIDs: @Sendable (Int) -> String = { $0 < 10 ? "p0\($0)" : "p\($0)" }
    }

    /// The default dates of the information session, founding 1 and 2 and the review.
    public static let dates = ["2027-01-12", "2027-01-26", "2027-02-09", "2027-06-01"]

    /// The scenario built so far; tests may change anything in it.
    public var scenario: Scenario

    /// A scenario with `people`, the sessions of `kinds`, a quorum, an initiator and one facilitator.
    public init(
        people: People = People(),
        kinds: [SessionKind] = SessionKind.groupSequence,
        quorum: Int = 6,
        initiator: Participant.ID? = nil,
        facilitator: Facilitator = Facilitator(id: "anne", name: "Anne", email: "anne@example.org")
    ) {
        let candidates = kinds.enumerated().map { index, kind in
            Self.slot(
                "\(kind.rawValue)-a",
                kind,
                Self.dates[index % Self.dates.count],
                "18:30",
                facilitator: facilitator.id
            )
        }
        let participants = (0..<people.count).map { $0 + 1 }.map { index in
            let id = people.id(index)
            return Participant(
                id: .init(id),
                name: people.name(index, id),
                email: people.email(index, id),
                language: people.language(index),
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
                quorum: quorum,
                initiator: initiator
            ),
            facilitators: [facilitator],
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

    /// A candidate on `date` (`yyyy-mm-dd`) at `time` (`hh:mm`), of the session's standard length.
    public static func slot(
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
    public mutating func add(_ slot: CandidateSlot, answer: Availability = .yes) {
        scenario.candidates.append(slot)
        for index in scenario.participants.indices { scenario.participants[index].answers[slot.id] = answer }
    }

    /// Sets one participant's answer for one candidate.
    public mutating func answer(_ participant: Participant.ID, _ slot: CandidateSlot.ID, _ answer: Availability) {
        guard let index = scenario.participants.firstIndex(where: { $0.id == participant }) else { return }
        scenario.participants[index].answers[slot] = answer
    }
}
