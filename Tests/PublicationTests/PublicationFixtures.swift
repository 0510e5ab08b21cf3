import Calendaring
import PlanningDomain
import Publication

/// A small scenario written in code: four sessions, one candidate each unless a test adds more, three venues.
struct PublicationFixture {
    var scenario: Scenario

    /// `count` participants (`p01`…) who answer yes to every default candidate; p02 writes in German.
    init(participants count: Int = 4) {
        let dates = ["2027-01-12", "2027-01-26", "2027-02-09", "2027-06-01"]
        let candidates = SessionKind.groupSequence.enumerated().map { index, kind in
            Self.slot("\(kind.rawValue)-a", kind, dates[index], "18:30")
        }
        let participants = (1...count).map { index in
            let id = index < 10 ? "p0\(index)" : "p\(index)"
            return Participant(
                id: .init(id),
                name: "Person\(id.uppercased())",
                email: "\(id)@mail.example",
                language: index == 2 ? .german : .french,
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
                quorum: 2,
                initiator: nil
            ),
            facilitators: [Facilitator(id: "anne", name: "AnneFacilitatrice", email: "anne@staff.example")],
            venues: [
                Venue(id: "big", name: "Big", address: "Rue 1", capacity: 20, hasStepFreeAccess: true),
                Venue(id: "old", name: "Old", address: "Rue 2", capacity: 20, hasStepFreeAccess: false),
            ],
            sessionRules: SessionKind.groupSequence.map(SessionRule.standard),
            candidates: candidates,
            participants: participants,
            closures: [],
            rules: PlanningRules()
        )
    }

    static let stamp = Instant(secondsSince1970: 1_800_000_000) ?? .earliest
    static let later = Instant(secondsSince1970: 1_800_086_400) ?? .earliest

    static func slot(
        _ id: String,
        _ kind: SessionKind,
        _ date: String,
        _ time: String,
        venue: Venue.ID = "big"
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
            facilitator: "anne"
        )
    }

    /// Adds a candidate that every participant answers with `answer`.
    mutating func add(_ slot: CandidateSlot, answer: Availability = .yes) {
        scenario.candidates.append(slot)
        for index in scenario.participants.indices { scenario.participants[index].answers[slot.id] = answer }
    }

    mutating func answer(_ participant: Participant.ID, _ slot: CandidateSlot.ID, _ answer: Availability) {
        guard let index = scenario.participants.firstIndex(where: { $0.id == participant }) else { return }
        scenario.participants[index].answers[slot] = answer
    }

    /// A plan choosing these candidates (the first candidate of each kind when `slots` does not name it).
    func plan(_ slots: [CandidateSlot.ID] = [], without dropped: Set<SessionKind> = []) -> Plan {
        let kinds = SessionKind.groupSequence.filter { !dropped.contains($0) }
        return Plan(
            sessions: kinds.compactMap { kind in
                let chosen =
                    scenario.candidates(of: kind).first { slots.contains($0.id) }
                    ?? scenario.candidates(of: kind).first
                return chosen.map { PlannedSession(slot: $0, participants: scenario.participants) }
            }
        )
    }

    func publisher(
        _ previous: [SessionPublication] = [],
        withdrawn: Set<Participant.ID> = [],
        stamp: Instant = later
    )
        -> Publisher
    {
        Publisher(scenario: scenario, previous: previous, withdrawn: withdrawn, stamp: stamp)
    }

    static func uid(_ kind: SessionKind) -> String { "\(kind.rawValue).g@example.org" }
}

extension PublicationResult {
    /// The messages to participants about one session, by participant.
    func messages(_ session: SessionKind) -> [Participant.ID: OutgoingMessage] {
        Dictionary(
            uniqueKeysWithValues: messages.filter { $0.session == session }.compactMap { message in
                message.recipient.participant.map { ($0, message) }
            }
        )
    }

    /// The messages to participants, in order.
    var participantMessages: [OutgoingMessage] { messages.filter { $0.recipient.participant != nil } }

    /// The messages to facilitators, in order.
    var facilitatorMessages: [OutgoingMessage] { messages.filter { $0.recipient.facilitator != nil } }
}

extension PublicationResult {
    /// The stored record of one session.
    func publication(_ session: SessionKind) -> SessionPublication? { publications.first { $0.kind == session } }
}

extension OutgoingMessage {
    /// The `.ics` path in a publication folder: `participants/p03/founding1.ics`.
    var fileName: String { fileStem.joined(separator: "/") + ".ics" }
}
