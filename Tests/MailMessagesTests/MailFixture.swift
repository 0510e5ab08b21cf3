import Calendaring
import EntraideTestSupport
import MailMessages
import PlanDocuments
import PlanningDomain
import Publication

/// A scenario in code with four participants, one per language, whose names need RFC 2047 (or quoting),
/// published once (16 `REQUEST`s), then once more without the review (a `CANCEL` to everyone) and once with
/// p03 withdrawn (`CANCEL`s for p03 only).
struct MailFixture {
    var scenario: Scenario

    /// The publication stamp, 2027-01-16T08:00:00Z.
    static let stamp = Instant(secondsSince1970: 1_800_086_400) ?? .earliest
    /// Languages of p01…p04.
    static let languages: [Language] = [.french, .german, .italian, .english]
    /// Names of p01…p04: accents, a German sharp s, a comma that must be quoted.
    static let names = ["Élodie Dürrenmatt-Fässler", "Jürgen Größlich", "Niccolò Çelik", "Smith, John \"Jack\""]

    init() {
        var builder = ScenarioBuilder(
            people: .init(
                count: 4,
                id: ScenarioBuilder.People.twoDigitIDs,
                name: { index, _ in Self.names[index - 1] },
                email: { _, id in "\(id)@mail.example" },
                language: { Self.languages[$0 - 1] }
            ),
            quorum: 2,
            facilitator: Facilitator(id: "anne", name: "Anne Facilitatrice", email: "anne@staff.example")
        )
        builder.scenario.organisation = Organisation(
            name: "Centre d'entraide Vaud",
            timeZone: "Europe/Zurich",
            language: .french,
            organiser: Contact(name: "Réseau d'entraide – Vaud", email: "groupes@entraide-vd.example"),
            uidDomain: "entraide-vd.example"
        )
        builder.scenario.group = Group(
            id: "parents-ados",
            title: "Parents d'adolescent·e·s en difficulté – Nyon et environs",
            theme: "Thème",
            type: .talkingGroup,
            region: "Nyon",
            quorum: 2,
            initiator: nil
        )
        builder.scenario.venues = [
            Venue(id: "big", name: "Salle Ève", address: "Rue 1, 1260 Nyon", capacity: 20, hasStepFreeAccess: true)
        ]
        scenario = builder.scenario
    }

    /// The plan choosing every candidate, or all but the review.
    func plan(withReview: Bool = true) -> Plan {
        Plan(
            sessions: scenario.candidates.filter { withReview || $0.kind != .review }.map {
                PlannedSession(slot: $0, participants: scenario.participants)
            }
        )
    }

    /// The first publication: a `REQUEST` per participant and session.
    func firstPublication() -> PublicationResult {
        Publisher(scenario: scenario, previous: [], stamp: Self.stamp).publish(plan())
    }

    /// The second publication, without the review: a `CANCEL` of the review to every participant.
    func reviewCancelled() -> PublicationResult {
        var without = scenario
        without.candidates.removeAll { $0.kind == .review }
        return Publisher(
            scenario: without,
            previous: firstPublication().publications,
            stamp: Self.stamp.adding(seconds: 60) ?? .latest
        )
        .publish(plan(withReview: false))
    }

    /// A publication after p03 withdrew: a `CANCEL` of each of p03's copies.
    func p03Withdrawn() -> PublicationResult {
        Publisher(scenario: scenario, previous: firstPublication().publications, withdrawn: ["p03"], stamp: Self.stamp)
            .publish(plan())
    }

    /// The person a message goes to.
    func recipient(of message: OutgoingMessage) -> Addressee { message.addressee }

    /// The message's bytes with the fixture's scenario and stamp.
    func bytes(_ message: OutgoingMessage) throws -> [UInt8] {
        try MailMessage.bytes(for: message, scenario: scenario, stamp: Self.stamp)
    }
}

extension PublicationResult {
    /// The messages to participants (the facilitators' own invitations left out).
    var participantMessages: [OutgoingMessage] { messages.filter { $0.recipient.participant != nil } }
}

extension OutgoingMessage {
    /// The `.eml` path of the message in a publication folder.
    var emlName: String { fileStem.joined(separator: "/") + ".eml" }
}
