import AvailabilityImport
import PlanningDomain
import PlanningInput
import Testing

@Suite struct FramadatePollTests {
    private typealias Answers = [Participant.ID: [CandidateSlot.ID: Availability]]

    private func read(_ fixture: String, voters: [String: VoterTarget] = [:]) throws -> PollAnswers {
        try FramadatePoll.answers(
            in: PollScenario.fixture(fixture),
            file: fixture,
            participants: PollScenario.participants,
            candidates: PollScenario.candidates,
            voters: voters,
            dateOrder: nil
        )
    }

    @Test("the French export: every voter's every answer lands on the right candidates") func french() throws {
        let poll = try read(
            "framadate-fr.csv",
            voters: ["Rochat, Samuel": .participant("p04"), "Anne (animatrice)": .ignored]
        )
        let expected: Answers = [
            "p01": [
                "info-0112": .yes, "info-0112-cite": .yes, "info-0116": .ifNeedBe, "f1-0126": .yes, "f1-0130": .no,
                "f2-0209": .yes, "f2-0213": .yes,
            ],
            "p02": [
                "info-0112": .yes, "info-0112-cite": .yes, "info-0116": .no, "f1-0126": .ifNeedBe, "f1-0130": .yes,
                "f2-0209": .no,
            ],
            "p04": [
                "info-0112": .no, "info-0112-cite": .no, "info-0116": .yes, "f1-0126": .yes, "f1-0130": .ifNeedBe,
                "f2-0209": .yes, "f2-0213": .no,
            ],
            "p05": [
                "info-0112": .ifNeedBe, "info-0112-cite": .ifNeedBe, "info-0116": .ifNeedBe, "f1-0126": .no,
                "f1-0130": .yes, "f2-0209": .yes, "f2-0213": .yes,
            ],
            "p06": [
                "info-0112": .yes, "info-0112-cite": .yes, "info-0116": .yes, "f1-0126": .yes, "f1-0130": .yes,
                "f2-0209": .ifNeedBe, "f2-0213": .no,
            ],
        ]
        #expect(poll.answers == expected)
        #expect(poll.unmatchedColumns == ["16/01/2027 après-midi"])
    }

    @Test("the German export, dates written dd.mm.yy") func german() throws {
        let poll = try read("framadate-de.csv")
        let expected: Answers = [
            "p01": ["info-0112": .yes, "info-0112-cite": .yes, "info-0116": .ifNeedBe, "f1-0126": .no],
            "p02": ["info-0112": .no, "info-0112-cite": .no, "info-0116": .yes, "f1-0126": .yes],
            "p03": ["info-0112": .ifNeedBe, "info-0112-cite": .ifNeedBe, "info-0116": .no, "f1-0126": .yes],
        ]
        #expect(poll.answers == expected)
        #expect(poll.unmatchedColumns == ["09.02.27 19h"])
    }

    @Test("the English export, dates written m/d/yy and times 6:30 pm") func english() throws {
        let poll = try read("framadate-en.csv")
        let expected: Answers = [
            "p01": [
                "info-0112": .yes, "info-0112-cite": .yes, "info-0116": .ifNeedBe, "f1-0126": .no, "f2-0209": .yes,
                "f2-0213": .yes,
            ],
            "p02": ["info-0112": .no, "info-0112-cite": .no, "info-0116": .yes, "f1-0126": .ifNeedBe, "f2-0209": .no],
            "p07": [
                "info-0112": .yes, "info-0112-cite": .yes, "info-0116": .no, "f1-0126": .yes, "f2-0213": .ifNeedBe,
            ],
        ]
        #expect(poll.answers == expected)
        #expect(poll.unmatchedColumns.isEmpty)
    }

    @Test("the export re-saved by a spreadsheet: semicolons, no quotes, no trailing separators") func resaved() throws {
        let poll = try PollScenario.framadate(
            """
            ;12/01/2027;16/01/2027
            ;18h30;
            Martine Favre;oui;SI NÉCESSAIRE
            """
        )
        #expect(poll.answers == ["p01": ["info-0112": .yes, "info-0112-cite": .yes, "info-0116": .ifNeedBe]])
    }

    @Test("a time column beats a part of the day; between equals the weaker answer wins") func overlappingColumns()
        throws
    {
        let poll = try PollScenario.framadate(
            """
            ,"12/01/2027","12/01/2027","26/01/2027","26/01/2027",
            ,"soir","18h30","18h30","18:30-20:30",
            "Martine Favre","Oui","Non","Oui","Si nécessaire",
            "Jean-Daniel Pittet","Non","","Oui","Oui",
            """
        )
        #expect(
            poll.answers == [
                "p01": ["info-0112": .no, "info-0112-cite": .no, "f1-0126": .ifNeedBe],
                "p02": ["info-0112": .no, "info-0112-cite": .no, "f1-0126": .yes],
            ]
        )
    }

    @Test(
        "each moment matches the candidates starting at its time or in its part of the day",
        arguments: [
            ("18h30", ["info-0112", "info-0112-cite"]), ("18:30", ["info-0112", "info-0112-cite"]),
            ("18.30", ["info-0112", "info-0112-cite"]), ("19 h 30", []),
            ("18h30 - 20h", ["info-0112", "info-0112-cite"]),
            ("soir", ["info-0112", "info-0112-cite"]), ("Abend", ["info-0112", "info-0112-cite"]),
            ("sera", ["info-0112", "info-0112-cite"]), ("evening", ["info-0112", "info-0112-cite"]),
            ("matin", []), ("Nachmittag", []), ("", ["info-0112", "info-0112-cite"]), ("18h", []),
        ] as [(String, [CandidateSlot.ID])]
    )
    func momentMatching(_ moment: String, _ slots: [CandidateSlot.ID]) throws {
        let poll = try PollScenario.framadate(",\"12/01/2027\",\r\n,\"\(moment)\",\r\n\"Martine Favre\",\"Oui\",\r\n")
        #expect(poll.answers["p01", default: [:]] == Dictionary(uniqueKeysWithValues: slots.map { ($0, .yes) }))
        #expect(poll.unmatchedColumns == (slots.isEmpty ? ["12/01/2027 \(moment)"] : []))
    }

    @Test("an empty answer and Framadate's word for a column added later are no answer") func noAnswer() throws {
        let poll = try PollScenario.framadate(
            ",\"12/01/2027\",\"16/01/2027\",\"26/01/2027\",\r\n,,,,\r\n\"Martine Favre\",\"\",\"Inconnu\",\"Non\",\r\n"
        )
        #expect(poll.answers == ["p01": ["f1-0126": .no]])
    }

    @Test("a poll of 400 voters and 200 columns: every answer in its place") func large() throws {
        let participants = (0..<400).map { PollScenario.participant("v\($0)", "Votante Numéro \($0)") }
        var candidates: [CandidateSlot] = []
        var dates: [String] = []
        var moments: [String] = []
        for day in 0..<100 {
            let date = try #require(LocalDate(year: 2027, month: 3, day: 1)).adding(days: day)
            let written = "\"\(date.day)/\(date.month)/2027\""
            candidates.append(PollScenario.slot("e\(day)", .information, "\(date)", "18:30"))
            candidates.append(PollScenario.slot("m\(day)", .review, "\(date)", "10:00"))
            dates += [written, written]
            moments += ["\"18h30\"", "\"matin\""]
        }
        let words = ["\"Oui\"", "\"Non\"", "\"Si nécessaire\"", "\"\""]
        var text = "," + dates.joined(separator: ",") + ",\r\n," + moments.joined(separator: ",") + ",\r\n"
        for voter in 0..<400 {
            text += "\"VOTANTE numero \(voter)\"," + (0..<200).map { words[(voter + $0) % 4] + "," }.joined() + "\r\n"
        }
        let poll = try FramadatePoll.answers(
            in: Array(text.utf8),
            file: "grand.csv",
            participants: participants,
            candidates: candidates,
            voters: [:],
            dateOrder: nil
        )
        let answers: [Availability?] = [.yes, .no, .ifNeedBe, nil]
        var expected: [Participant.ID: [CandidateSlot.ID: Availability]] = [:]
        for voter in 0..<400 {
            for (column, slot) in candidates.enumerated() {
                expected[Participant.ID("v\(voter)"), default: [:]][slot.id] = answers[(voter + column) % 4]
            }
        }
        #expect(poll.answers == expected)
        #expect(poll.unmatchedColumns.isEmpty)
    }
}
