import PlanningDomain

/// A scenario with one planned information session, the Lausanne example's centre, room and facilitator.
enum SheetFixtures {
    /// Names that exercise shaping and sorting: Vietnamese, Polish, Czech, Danish, German, Turkish-French.
    static let europeanNames = [
        "Nguyễn Thị Ánh Tuyết", "Łukasz Wróbel", "Jiří Dvořák", "Søren Østergård", "Günter Weiß",
        "François Çelik", "Nathalie Bovet", "Zoé Favre", "Ælfrida Ólafsdóttir", "Đặng Văn Lâm", "ana pittet",
        "Émile Aubert",
    ]

    /// A name far too long for the name column.
    static let longName = "Marie-Geneviève-Alexandrine de Montmollin-Vuilleumier von Graffenried-Villars"

    /// The information session, Tuesday 12 January 2027, 18:30–20:00.
    static let slot = CandidateSlot(
        id: "info-0112",
        kind: .information,
        start: LocalDateTime(date: date(2027, 1, 12), time: time(18, 30)),
        durationMinutes: 90,
        venue: "grand-pont",
        facilitator: "anne"
    )

    /// A scenario whose participants `p01`, `p02`, … are named `names`; those at `ifNeedBe` (0-based) answered
    /// « if need be » for ``slot``, those at `no` answered no, the others yes.
    static func scenario(
        names: [String],
        ifNeedBe: Set<Int> = [],
        no: Set<Int> = [],
        language: Language = .french
    ) -> Scenario {
        let participants = names.enumerated().map { index, name in
            let answer: Availability = no.contains(index) ? .no : ifNeedBe.contains(index) ? .ifNeedBe : .yes
            return Participant(
                id: .init(index < 9 ? "p0\(index + 1)" : "p\(index + 1)"),
                name: name,
                email: "p\(index + 1)@example.ch",
                language: language,
                answers: [slot.id: answer]
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
                id: "proches-aidants-lausanne",
                title: "Proches aidant·e·s – Lausanne",
                theme: "Partager le quotidien de celles et ceux qui accompagnent un proche.",
                type: .talkingGroup,
                region: "Lausanne",
                initiator: "p01"
            ),
            facilitators: [Facilitator(id: "anne", name: "Anne Rochat", email: "anne.rochat@entraide-vd.example")],
            venues: [
                Venue(
                    id: "grand-pont",
                    name: "Salle du Grand-Pont",
                    address: "Rue du Grand-Pont 2, 1003 Lausanne",
                    capacity: 40,
                    hasStepFreeAccess: true
                )
            ],
            sessionRules: SessionKind.foundingSequence.map(SessionRule.standard),
            candidates: [slot],
            participants: participants,
            closures: [],
            rules: PlanningRules()
        )
    }

    /// The planned session of ``slot`` in a scenario.
    static func session(in scenario: Scenario) -> PlannedSession {
        PlannedSession(slot: slot, participants: scenario.participants)
    }

    /// `count` plain names, `Person 01` … , for pagination tests.
    static func numberedNames(_ count: Int) -> [String] {
        (1..<(count + 1)).map { $0 < 10 ? "Person 0\($0)" : "Person \($0)" }
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        guard let date = LocalDate(year: year, month: month, day: day) else { preconditionFailure("bad date") }
        return date
    }

    static func time(_ hour: Int, _ minute: Int) -> LocalTime {
        guard let time = LocalTime(hour: hour, minute: minute) else { preconditionFailure("bad time") }
        return time
    }
}
