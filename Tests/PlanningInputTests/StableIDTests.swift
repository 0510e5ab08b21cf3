import PlanningDomain
import PlanningInput
import Testing

/// A generated slot's id is what the slot is (kind, date, start, room, facilitator), never what else its window
/// lists; the shorter ids of earlier versions are still understood where they name one slot.
@Suite struct StableIDTests {
    /// The minimal scenario with a window of one day for founding 2, and more answers for p02.
    private func yaml(venues: String, facilitators: String, answers: String = "") throws -> String {
        try ScenarioFixtures.minimal(replacing: [
            "  founding2:\n    - {id: f2-0209" => """
                  founding2:
                    - window: {from: 2027-02-02, to: 2027-02-02}
                      starts: ["18:30"]
                      venues: \(venues)
                      facilitators: \(facilitators)
                    - {id: f2-0209
                """,
            "answers: {info-0112: yes, f1-0126: no}" => "answers: {info-0112: yes, f1-0126: no\(answers)}",
        ])
    }

    private func scenario(venues: String, facilitators: String, answers: String = "") throws -> Scenario {
        try ScenarioReader().read(
            yaml: yaml(venues: venues, facilitators: facilitators, answers: answers),
            fileName: "scenario.yaml"
        )
    }

    private func generated(_ scenario: Scenario) -> [String] {
        scenario.candidates(of: .founding2).map(\.id.rawValue).filter { $0 != "f2-0209" }
    }

    @Test func anIdNamesTheRoomAndTheFacilitatorEvenWhenTheWindowListsOne() throws {
        #expect(
            try generated(scenario(venues: "[grand-pont]", facilitators: "[anne]")) == [
                "f2-20270202-1830-grand-pont-anne"
            ]
        )
    }

    @Test func editingTheWindowsListsRenamesNoSlot() throws {
        let alone = Set(try generated(scenario(venues: "[grand-pont]", facilitators: "[anne]")))
        let more = Set(try generated(scenario(venues: "[salle-b, grand-pont]", facilitators: "[luc, anne]")))
        #expect(alone.isSubset(of: more))
        #expect(more.count == 4)
        #expect(more.contains("f2-20270202-1830-salle-b-luc"))
    }

    @Test func theShortIdsOfEarlierVersionsStillNameTheirSlot() throws {
        let read = try scenario(venues: "[grand-pont]", facilitators: "[anne]", answers: ", f2-20270202-1830: oui")
        #expect(read.participant("p02")?.answers["f2-20270202-1830-grand-pont-anne"] == .yes)
        let byRoom = try scenario(
            venues: "[grand-pont, salle-b]",
            facilitators: "[anne]",
            answers: ", f2-20270202-1830-salle-b: non"
        )
        #expect(byRoom.participant("p02")?.answers["f2-20270202-1830-salle-b-anne"] == .no)
    }

    @Test func aShortIdThatFitsSeveralSlotsIsAnErrorListingThem() throws {
        let errors = try ScenarioFixtures.errors(
            reading: yaml(venues: "[grand-pont, salle-b]", facilitators: "[anne]", answers: ", f2-20270202-1830: oui")
        )
        #expect(
            errors.rendered == """
                scenario.yaml:45:44: error: participant 'p02' answers for 'f2-20270202-1830', which names 2 candidates \
                (f2-20270202-1830-grand-pont-anne, f2-20270202-1830-salle-b-anne); write the whole id.
                    answers: {info-0112: yes, f1-0126: no, f2-20270202-1830: oui}
                                                           ^
                """
        )
        #expect(errors.errors.map(\.code) == [.ambiguousSlot])
    }

    @Test func answeringOneSlotTwiceIsAnError() throws {
        // The answers' line is the minimal scenario's, with two more keys.
        let text = try yaml(venues: "[grand-pont]", facilitators: "[anne]")
            .replacing(
                "answers: {info-0112: yes, f1-0126: no}",
                with: "answers: {f2-20270202-1830: oui, f2-20270202-1830-grand-pont-anne: non}"
            )
        let errors = try ScenarioFixtures.errors(reading: text)
        #expect(errors.errors.map(\.code) == [.duplicateKey])
        #expect(
            errors.errors.first?.message
                == "participant 'p02' answers twice for candidate 'f2-20270202-1830-grand-pont-anne' (as "
                + "'f2-20270202-1830' and as 'f2-20270202-1830-grand-pont-anne')."
        )
    }

    @Test func referencesResolveOnlyWhatTheyName() {
        let slots =
            ["grand-pont", "salle-b"].flatMap { venue in
                ["anne", "luc"].map { facilitator in
                    CandidateSlot(
                        id: CandidateSlot.ID("f1-20270202-1830-\(venue)-\(facilitator)"),
                        kind: .founding1,
                        start: LocalDateTime(
                            date: LocalDate(year: 2027, month: 2, day: 2)!,
                            time: LocalTime(hour: 18, minute: 30)!
                        ),
                        durationMinutes: 120,
                        venue: Venue.ID(venue),
                        facilitator: Facilitator.ID(facilitator)
                    )
                }
            } + [
                CandidateSlot(
                    id: "info-0112",
                    kind: .information,
                    start: LocalDateTime(
                        date: LocalDate(year: 2027, month: 1, day: 12)!,
                        time: LocalTime(hour: 18, minute: 30)!
                    ),
                    durationMinutes: 90,
                    venue: "grand-pont",
                    facilitator: "anne"
                )
            ]
        let references = CandidateReferences(slots)
        #expect(references.resolve("info-0112") == .slot("info-0112"))
        #expect(references.resolve("f1-20270202-1830-salle-b-luc") == .slot("f1-20270202-1830-salle-b-luc"))
        #expect(
            references.resolve("f1-20270202-1830-salle-b")
                == .ambiguous(["f1-20270202-1830-salle-b-anne", "f1-20270202-1830-salle-b-luc"])
        )
        #expect(
            references.resolve("f1-20270202-1830-luc")
                == .ambiguous(["f1-20270202-1830-grand-pont-luc", "f1-20270202-1830-salle-b-luc"])
        )
        #expect(references.resolve("f1-20270202-1830").ambiguousCount == 4)
        #expect(references.resolve("f1-20270202-1900") == .unknown)
        #expect(references.resolve("f2-20270202-1830-salle-b-luc") == .unknown)
        #expect(references.resolve("info") == .unknown)
    }
}

extension CandidateReferences.Resolution {
    fileprivate var ambiguousCount: Int {
        if case .ambiguous(let ids) = self { return ids.count }
        return 0
    }
}
