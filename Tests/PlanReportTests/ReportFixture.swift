import PlanningDomain
import PlanningEngine
import Testing

/// Small scenarios written by hand for the report's tests, planned with the real planner.
///
/// Participants carry real-looking names and addresses so that the discretion tests can look for them.
enum ReportFixture {
    /// The candidates' ids, in the order of ``answers`` rows.
    static let slotIDs = [
        "info-0112", "info-0114", "info-0119", "f1-0202", "f1-0209", "f2-0216", "f2-0223", "rev-0601",
    ]

    /// One row per participant: `y` yes, `m` if need be, `n` no, in the order of ``slotIDs``.
    static let answers = [
        "yyyyyyny",
        "yymymynm",
        "nyymyyyy",
        "ynyynmny",
        "mnynyynn",
        "yynyynyy",
    ]

    /// Names and addresses that must never reach the page.
    static let people = [
        ("Martine Favre", "martine.favre@example.ch"), ("Jean-Daniel Pittet", "jd.pittet@example.ch"),
        ("Aline Gonin", "aline.gonin@example.org"), ("Patrick Junod", "patrick.junod@example.ch"),
        ("Sandra Perrin", "sandra.perrin@example.ch"), ("Daniel Thévoz", "daniel.thevoz@example.org"),
    ]

    /// Six registrations, quorum 4, three information candidates (one on a closure), two for each founding
    /// session (one in a room with steps while p03 needs step-free access) and one review.
    static func scenario(language: Language = .french, quorum: Int = 4) -> Scenario {
        let candidates = [
            slot("info-0112", .information, "2027-01-12", "18:30"),
            slot("info-0114", .information, "2027-01-14", "18:30"),
            slot("info-0119", .information, "2027-01-19", "18:30"),
            slot("f1-0202", .founding1, "2027-02-02", "18:30"),
            slot("f1-0209", .founding1, "2027-02-09", "18:30"),
            slot("f2-0216", .founding2, "2027-02-16", "18:30"),
            slot("f2-0223", .founding2, "2027-02-23", "18:30", venue: "cite"),
            slot("rev-0601", .review, "2027-06-01", "18:30"),
        ]
        let participants = zip(people, answers).enumerated().map { index, entry in
            Participant(
                id: .init("p0\(index + 1)"),
                name: entry.0.0,
                email: entry.0.1,
                language: language,
                isInitiator: index == 0,
                needsStepFreeAccess: index == 2,
                answers: Dictionary(
                    uniqueKeysWithValues: zip(slotIDs, entry.1).map { id, letter in
                        (CandidateSlot.ID(id), letter == "y" ? Availability.yes : letter == "m" ? .ifNeedBe : .no)
                    }
                )
            )
        }
        return Scenario(
            organisation: Organisation(
                name: "Centre d'entraide Vaud",
                timeZone: "Europe/Zurich",
                language: language,
                organiser: Contact(name: "Groupes d'entraide", email: "groupes@entraide-vd.example"),
                uidDomain: "entraide-vd.example"
            ),
            group: Group(
                id: "proches-aidants",
                title: "Proches aidant·e·s – Lausanne",
                theme: "Partager le quotidien.",
                type: .talkingGroup,
                region: "Lausanne",
                quorum: quorum,
                initiator: "p01"
            ),
            facilitators: [Facilitator(id: "anne", name: "Anne Rochat", email: "anne.rochat@entraide-vd.example")],
            venues: [
                Venue(
                    id: "grand-pont",
                    name: "Salle du Grand-Pont",
                    address: "Rue du Grand-Pont 2, 1003 Lausanne",
                    capacity: 16,
                    hasStepFreeAccess: true
                ),
                Venue(
                    id: "cite",
                    name: "Salle voûtée de la Cité",
                    address: "Rue Cité-Devant 6, 1005 Lausanne",
                    capacity: 14,
                    hasStepFreeAccess: false
                ),
            ],
            sessionRules: SessionKind.groupSequence.map(SessionRule.standard),
            candidates: candidates,
            participants: participants,
            closures: [Closure(from: date("2027-01-14"), to: date("2027-01-14"), reason: "Fermeture exceptionnelle")],
            rules: PlanningRules()
        )
    }

    /// The plan of a scenario that has one.
    static func result(_ scenario: Scenario) throws -> PlanningResult {
        guard case .planned(let result) = Planner(scenario: scenario).plan() else {
            Issue.record("the fixture scenario has no plan")
            throw FixtureError.unexpectedOutcome
        }
        return result
    }

    /// Why a scenario that has no plan has none.
    static func infeasibility(_ scenario: Scenario) throws -> Infeasibility {
        guard case .infeasible(let why) = Planner(scenario: scenario).plan() else {
            Issue.record("the fixture scenario has a plan")
            throw FixtureError.unexpectedOutcome
        }
        return why
    }

    enum FixtureError: Error { case unexpectedOutcome }

    static func slot(
        _ id: String,
        _ kind: SessionKind,
        _ day: String,
        _ time: String,
        venue: Venue.ID = "grand-pont"
    ) -> CandidateSlot {
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard clock.count == 2, let start = LocalTime(hour: clock[0], minute: clock[1]) else {
            preconditionFailure("fixture time '\(time)' is not hh:mm")
        }
        return CandidateSlot(
            id: .init(id),
            kind: kind,
            start: LocalDateTime(date: date(day), time: start),
            durationMinutes: SessionRule.standard(kind).durationMinutes,
            venue: venue,
            facilitator: "anne"
        )
    }

    static func date(_ text: String) -> LocalDate {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = LocalDate(year: parts[0], month: parts[1], day: parts[2]) else {
            preconditionFailure("fixture date '\(text)' is not yyyy-mm-dd")
        }
        return date
    }
}
