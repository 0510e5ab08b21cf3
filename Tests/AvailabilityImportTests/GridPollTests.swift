import AvailabilityImport
import PlanningDomain
import PlanningInput
import Testing

@Suite struct GridPollTests {
    @Test("the fixture (semicolons, byte-order mark, CRLF, French words): every answer on its slot") func fixture()
        throws
    {
        let poll = try GridPoll.answers(
            in: PollScenario.fixture("grid-semicolon-bom.csv"),
            file: "grid-semicolon-bom.csv",
            participants: PollScenario.participants,
            candidates: PollScenario.candidates
        )
        let expected: [Participant.ID: [CandidateSlot.ID: Availability]] = [
            "p01": [
                "info-0112": .yes, "info-0112-cite": .yes, "info-0116": .ifNeedBe, "f1-0126": .yes, "f1-0130": .no,
                "f2-0209": .yes,
            ],
            "p07": [
                "info-0112": .no, "info-0112-cite": .no, "info-0116": .ifNeedBe, "f1-0126": .yes, "f1-0130": .yes,
                "f2-0209": .no, "f2-0213": .no,
            ],
            "p03": [
                "info-0112": .yes, "info-0116": .no, "f1-0126": .ifNeedBe, "f1-0130": .yes, "f2-0209": .yes,
                "f2-0213": .yes,
            ],
        ]
        #expect(poll.answers == expected)
        #expect(poll.unmatchedColumns.isEmpty)
    }

    @Test(
        "the first heading may be written several ways",
        arguments: [
            "participant", "Participant ID", "participant-id", "ID", "participant·e", "Teilnehmer", "partecipante",
        ]
    )
    func headings(_ heading: String) throws {
        let poll = try PollScenario.grid("\(heading),info-0112\np02,yes\n")
        #expect(poll.answers == ["p02": ["info-0112": .yes]])
        #expect(GridPoll.isGrid(Array("\(heading);x\n".utf8)))
    }

    @Test("a Framadate export is not a grid") func notAGrid() throws {
        #expect(try !GridPoll.isGrid(PollScenario.fixture("framadate-fr.csv")))
        #expect(!GridPoll.isGrid(Array("nom;info-0112\n".utf8)))
        #expect(!GridPoll.isGrid([]))
    }

    @Test(
        "answers in French, German, Italian and English, any case",
        arguments: [
            ("oui", .yes), ("Si nécessaire", .ifNeedBe), ("si besoin", .ifNeedBe), ("NON", .no), ("ja", .yes),
            ("unter Vorbehalt", .ifNeedBe), ("wenn nötig", .ifNeedBe), ("Nein", .no), ("sì", .yes), ("si", .yes),
            ("se necessario", .ifNeedBe), ("no", .no), ("Yes", .yes), ("if-need-be", .ifNeedBe),
            ("if need be", .ifNeedBe), ("maybe", .ifNeedBe),
        ] as [(String, Availability)]
    )
    func words(_ word: String, _ answer: Availability) throws {
        #expect(try PollScenario.grid("participant;f1-0126\np05;\(word)\n").answers == ["p05": ["f1-0126": answer]])
    }

    @Test("empty cells, a column with neither heading nor answers and empty cells past the header are ignored")
    func tolerated() throws {
        let poll = try PollScenario.grid("participant,info-0112,,f1-0126\np01,,,oui,,\n\np02,non,,,\n")
        #expect(poll.answers == ["p01": ["f1-0126": .yes], "p02": ["info-0112": .no]])
    }
}
