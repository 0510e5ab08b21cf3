import Calendaring
import EntraideTestSupport
import PlanDocuments
import PlanningDomain
import Publication

/// A small scenario written in code: four sessions, one candidate each unless a test adds more, two venues.
struct PublicationFixture {
    var builder: ScenarioBuilder

    /// The scenario built.
    var scenario: Scenario {
        get { builder.scenario }
        set { builder.scenario = newValue }
    }

    /// `count` participants (`p01`…) who answer yes to every default candidate; p02 writes in German.
    init(participants count: Int = 4) {
        builder = ScenarioBuilder(
            people: .init(
                count: count,
                id: ScenarioBuilder.People.twoDigitIDs,
                name: { _, id in "Person\(id.uppercased())" },
                email: { _, id in "\(id)@mail.example" },
                language: { $0 == 2 ? .german : .french }
            ),
            quorum: 2,
            facilitator: Facilitator(id: "anne", name: "AnneFacilitatrice", email: "anne@staff.example")
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
        ScenarioBuilder.slot(id, kind, date, time, venue: venue)
    }

    /// Adds a candidate that every participant answers with `answer`.
    mutating func add(_ slot: CandidateSlot, answer: Availability = .yes) { builder.add(slot, answer: answer) }

    mutating func answer(_ participant: Participant.ID, _ slot: CandidateSlot.ID, _ answer: Availability) {
        builder.answer(participant, slot, answer)
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
