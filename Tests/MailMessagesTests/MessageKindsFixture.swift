import Calendaring
import EntraideTestSupport
import PlanDocuments
import PlanningDomain
import Publication

/// A story that produces every kind of message Entraide sends, everyone reading `language`.
///
/// 1. First publication: a `new` request to p01–p05 for each session (p05 only where they can come) and a
///    facilitator's invitation (`new`, as chair) to Anne.
/// 2. Second publication: p05 can now come to the information session (`new-recipient`); founding 1 moves to
///    another day and room, which p04 cannot attend (`moved` to the others and to Anne, `no-longer-available` to
///    p04, with the new date); Marc stands in for Anne at founding 2 (`facilitator-changed` to participants,
///    `replaced` to Anne, `new-recipient` as chair to Marc); p03 withdraws (`withdrawn`).
/// 3. Third publication: the review is dropped (`cancelled` to everyone who holds it).
/// 4. Hand-over: the rhythm to p01, p02, p04 (`handover-new`), another rhythm without p02 (`handover-updated`,
///    `handover-withdrawn` to p02), then its end (`handover-cancelled`).
struct MessageKindsFixture {
    /// The language everyone reads.
    let language: Language
    /// The scenario of the last publication (p03 withdrawn, so still listed for their cancellations).
    var scenario: Scenario
    /// Every message of the three publications, in order.
    var messages: [OutgoingMessage] = []
    /// Every message of the three hand-overs, in order.
    var handoverMessages: [HandoverMessage] = []

    static let stamp = Instant(secondsSince1970: 1_800_000_000) ?? .earliest
    static let groupTitle = "Deuil périnatal – Yverdon"
    static let phone = "+41 21 555 12 34"
    static let access = "Entrée côté cour, 2e étage, ascenseur"
    static let anne = Facilitator.ID("anne")
    static let marc = Facilitator.ID("marc")

    init(language: Language) {
        self.language = language
        var builder = ScenarioBuilder(
            people: .init(
                count: 5,
                id: ScenarioBuilder.People.twoDigitIDs,
                name: { index, _ in "Prénom\(index) Nom\(index)" },
                email: { _, id in "\(id)@mail.example" },
                language: { _ in language }
            ),
            quorum: 2,
            facilitator: Facilitator(
                id: Self.anne,
                name: "Anne Rochat",
                email: "anne@staff.example",
                languages: [language]
            )
        )
        builder.scenario.facilitators.append(
            Facilitator(id: Self.marc, name: "Marc Delacrétaz", email: "marc@staff.example", languages: [language])
        )
        builder.scenario.organisation = Organisation(
            name: "Centre d'entraide Vaud",
            timeZone: "Europe/Zurich",
            language: .french,
            organiser: Contact(name: "Groupes d'entraide", email: "groupes@entraide-vd.example"),
            uidDomain: "entraide-vd.example",
            phone: Self.phone
        )
        builder.scenario.group.title = Self.groupTitle
        builder.scenario.venues = [
            Venue(
                id: "big",
                name: "Salle du Grand-Pont",
                address: "Rue du Grand-Pont 2, 1003 Lausanne",
                capacity: 20,
                hasStepFreeAccess: true,
                access: Self.access
            ),
            Venue(
                id: "old",
                name: "Salle voûtée",
                address: "Rue Cité-Devant 6, 1005 Lausanne",
                capacity: 20,
                hasStepFreeAccess: false
            ),
        ]
        builder.answer("p05", "information-a", .no)
        scenario = builder.scenario
        let first = Publisher(scenario: scenario, previous: [], stamp: Self.stamp).publish(plan())

        builder.answer("p05", "information-a", .yes)
        builder.add(ScenarioBuilder.slot("founding1-b", .founding1, "2027-01-28", "18:30", venue: "old"))
        builder.answer("p04", "founding1-b", .no)
        builder.scenario.candidates.removeAll { $0.id == "founding1-a" || $0.id == "founding2-a" }
        builder.add(ScenarioBuilder.slot("founding2-b", .founding2, "2027-02-09", "18:30", facilitator: Self.marc))
        scenario = builder.scenario
        let second = Publisher(scenario: scenario, previous: first.publications, withdrawn: ["p03"], stamp: Self.stamp)
            .publish(plan())

        builder.scenario.candidates.removeAll { $0.kind == .review }
        scenario = builder.scenario
        let third = Publisher(scenario: scenario, previous: second.publications, withdrawn: ["p03"], stamp: Self.stamp)
            .publish(plan())
        messages = first.messages + second.messages + third.messages

        let members = scenario.participants.filter { $0.id != "p03" }
        let invites = HandoverInvites(
            scenario: Scenario(
                organisation: scenario.organisation,
                group: scenario.group,
                facilitators: scenario.facilitators,
                venues: scenario.venues,
                sessionRules: scenario.sessionRules,
                candidates: scenario.candidates,
                participants: members,
                closures: [],
                rules: scenario.rules
            ),
            stamp: Self.stamp
        )
        let handedOver = invites.revise(nil, to: Self.series(every: 2, hour: 19), members: ["p01", "p02", "p04"])
        let changed = invites.revise(
            handedOver.handover,
            to: Self.series(every: 3, hour: 18, venue: "old"),
            members: ["p01", "p04"]
        )
        let ended = invites.cancel(changed.handover)
        handoverMessages = handedOver.messages + changed.messages + ended.messages
    }

    /// The plan of the scenario as it stands: the first candidate of each session still proposed.
    func plan() -> Plan {
        Plan(
            sessions: SessionKind.groupSequence.compactMap { kind in
                scenario.candidates(of: kind).first.map {
                    PlannedSession(slot: $0, participants: scenario.participants)
                }
            }
        )
    }

    /// Every `every` weeks from Tuesday 2 March 2027 at `hour`:00, two hours, until 21 December 2027; the
    /// 19:00 series skips 16 March.
    static func series(every: Int, hour: Int, venue: Venue.ID = "big") -> HandoverPublication.Series {
        HandoverPublication.Series(
            everyWeeks: every,
            first: dateTime(2027, 3, 2, hour),
            durationMinutes: 120,
            until: dateTime(2027, 12, 21, 0).date,
            skipped: hour == 19 ? [dateTime(2027, 3, 16, 0).date] : [],
            venue: venue
        )
    }

    static func dateTime(_ year: Int, _ month: Int, _ day: Int, _ hour: Int) -> LocalDateTime {
        guard let date = LocalDate(year: year, month: month, day: day), let time = LocalTime(hour: hour, minute: 0)
        else { preconditionFailure("bad test date") }
        return LocalDateTime(date: date, time: time)
    }
}
