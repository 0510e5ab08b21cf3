import PlanningDomain
import Recruitment
import Testing

/// Registrations against the quorum and the maximum size, their sources, the information dates, the state.
@Suite struct RecruitmentFiguresTests {
    static let zone = "Europe/Zurich"
    static let group = Group(
        id: "proches-aidants-lausanne",
        title: "Proches aidant·e·s – Lausanne",
        theme: "…",
        type: .talkingGroup,
        region: "Lausanne",
        quorum: 3,
        maximumSize: 4,
        initiator: nil
    )

    static func at(_ text: String) -> Instant { Instant(iso8601: text) ?? .earliest }

    static func registration(
        _ id: String,
        _ time: String,
        _ source: RegistrationSource,
        withdrawn: String? = nil
    ) -> Registration {
        Registration(
            participant: Participant.ID(id),
            registeredAt: at(time),
            source: source,
            withdrawnAt: withdrawn.map(at)
        )
    }

    static let registrations = [
        registration("p01", "2027-01-04T08:00:00Z", .staff),
        registration("p02", "2027-01-06T22:30:00Z", .flyer),  // 23:30 in Zurich: still the 6th
        registration("p03", "2027-01-06T23:30:00Z", .partner),  // 00:30 in Zurich: the 7th
        registration("p04", "2027-01-08T10:00:00Z", .socialMedia, withdrawn: "2027-01-09T10:00:00Z"),
        registration("p05", "2027-01-10T10:00:00Z", .flyer),
        registration("p06", "2027-01-11T10:00:00Z", .press),
        registration("p07", "2027-01-12T10:00:00Z", .phone),
    ]

    static func slot(_ id: String, day: Int) -> CandidateSlot {
        CandidateSlot(
            id: CandidateSlot.ID(id),
            kind: .information,
            start: (LocalDate(year: 2027, month: 2, day: day) ?? LocalDate(dayNumber: 0)).atMinute(18 * 60 + 30),
            durationMinutes: 90,
            venue: "grand-pont",
            facilitator: "anne"
        )
    }

    static func facts(
        registrations: [Registration] = registrations,
        answers: [Participant.ID: [CandidateSlot.ID: Availability]] = [:],
        information: Instant? = nil
    ) -> RecruitmentFacts {
        RecruitmentFacts(
            group: group,
            registrations: registrations,
            informationCandidates: [slot("info-0209", day: 9), slot("info-0202", day: 2)],
            answers: answers,
            informationSessionStart: information,
            timeZone: zone
        )
    }

    @Test func membersAreTheFirstToRegisterAndTheRestWait() {
        let figures = RecruitmentFigures(Self.facts(), at: Self.at("2027-01-20T12:00:00Z"))
        #expect(figures.registered == 6)
        #expect(figures.members == ["p01", "p02", "p03", "p05"])
        #expect(figures.waitingList == ["p06", "p07"])
        #expect(figures.missingForQuorum == 0)
    }

    @Test func sourcesCountWhoCountsNow() {
        let figures = RecruitmentFigures(Self.facts(), at: Self.at("2027-01-20T12:00:00Z"))
        #expect(figures.sources.map(\.source) == RegistrationSource.allCases)
        let counts = Dictionary(uniqueKeysWithValues: figures.sources.map { ($0.source, $0.count) })
        #expect(
            counts == [.flyer: 2, .partner: 1, .socialMedia: 0, .press: 1, .other: 0, .phone: 1, .staff: 1, .mail: 0]
        )
    }

    @Test func theTimelineCountsTheCentresDays() {
        let figures = RecruitmentFigures(Self.facts(), at: Self.at("2027-01-20T12:00:00Z"))
        #expect(
            figures.timeline.map { "\($0.date) \($0.count)" } == [
                "2027-01-04 1", "2027-01-06 2", "2027-01-07 3", "2027-01-08 4", "2027-01-09 3", "2027-01-10 4",
                "2027-01-11 5", "2027-01-12 6",
            ]
        )
    }

    @Test func theFiguresOfThePastIgnoreWhatCameLater() {
        let figures = RecruitmentFigures(Self.facts(), at: Self.at("2027-01-08T12:00:00Z"))
        #expect(figures.registered == 4)
        #expect(figures.timeline.last?.count == 4)
        #expect(figures.waitingList.isEmpty)
        #expect(figures.state == .readyToPlan)
        let early = RecruitmentFigures(Self.facts(), at: Self.at("2027-01-05T12:00:00Z"))
        #expect(early.state == .recruiting)
        #expect(early.missingForQuorum == 2)
        #expect(!early.isQuorumReachable)
    }

    @Test func onceMembersAnsweredADateMustSuitAQuorum() {
        let now = Self.at("2027-01-20T12:00:00Z")
        // Only two members can come on 2 February, and nobody on the 9th: no date suits a quorum of 3.
        let few: [Participant.ID: [CandidateSlot.ID: Availability]] = [
            "p01": ["info-0202": .yes, "info-0209": .no], "p02": ["info-0202": .ifNeedBe],
            "p06": ["info-0209": .yes],  // on the waiting list: not counted
        ]
        let figures = RecruitmentFigures(Self.facts(answers: few), at: now)
        #expect(figures.informationDates.map(\.slot) == ["info-0202", "info-0209"])
        #expect(figures.informationDates[0].yes == 1 && figures.informationDates[0].ifNeedBe == 1)
        #expect(figures.informationDates[0].unanswered == 2)
        #expect(figures.informationDates[1].no == 1 && figures.informationDates[1].canCome == 0)
        #expect(!figures.isQuorumReachable)
        #expect(figures.state == .recruiting)
        var enough = few
        enough["p05"] = ["info-0202": .yes]
        #expect(RecruitmentFigures(Self.facts(answers: enough), at: now).state == .readyToPlan)
    }

    @Test func aFixedInformationSessionIsPlannedThenRunning() {
        let session = Self.at("2027-02-02T17:30:00Z")
        #expect(
            RecruitmentFigures(Self.facts(information: session), at: Self.at("2027-01-20T12:00:00Z")).state == .planned
        )
        #expect(RecruitmentFigures(Self.facts(information: session), at: session).state == .running)
    }

    @Test func aPersonRegisteredTwiceCountsOnce() {
        let twice = Self.registrations + [Self.registration("p01", "2027-01-15T10:00:00Z", .other)]
        let figures = RecruitmentFigures(Self.facts(registrations: twice), at: Self.at("2027-01-20T12:00:00Z"))
        #expect(figures.registered == 6)
        #expect(figures.sources.first { $0.source == .other }?.count == 0)
    }
}
