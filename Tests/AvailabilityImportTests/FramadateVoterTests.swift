import AvailabilityImport
import PlanningDomain
import PlanningInput
import Testing

@Suite struct FramadateVoterTests {
    /// A poll of one column (12 January 18h30) with a yes from each of `names`.
    private func poll(_ names: [String]) -> String {
        ",\"12/01/2027\",\r\n,\"18h30\",\r\n" + names.map { "\"\($0)\",\"Oui\",\r\n" }.joined()
    }

    /// Who answered in a poll of `names`.
    private func voters(
        _ names: [String],
        mapping: [String: VoterTarget] = [:],
        participants: [Participant] = PollScenario.participants
    ) throws -> Set<Participant.ID> {
        Set(try PollScenario.framadate(poll(names), voters: mapping, participants: participants).answers.keys)
    }

    @Test(
        "names match without case, accents, punctuation or extra spaces",
        arguments: [
            ("  JEAN-DANIEL   pittet ", "p02"), ("Noemie Crétegny", "p06"), ("Anne Sophie MULLER", "p05"),
            ("lea dubois marchand", "p03"), ("Martine\r\nFavre", "p01"), ("'-Martine Favre", "p01"),
        ] as [(String, Participant.ID)]
    )
    func normalisedNames(_ name: String, _ id: Participant.ID) throws {
        #expect(try voters([name]) == [id])
    }

    @Test("the voters mapping comes first, its names trimmed; ignored rows are left out") func mapping() throws {
        let mapping: [String: VoterTarget] = [
            " Rochat, Samuel ": .participant("p04"), "Martine Favre": .participant("p03"), "Anne R.": .ignored,
            "-Lou": .participant("p07"),
        ]
        #expect(
            try voters(["Rochat, Samuel", "Martine Favre", "Anne R.", "'-Lou"], mapping: mapping) == [
                "p03", "p04", "p07",
            ]
        )
    }

    @Test("an ignored row is not checked") func ignoredRow() throws {
        let text = poll(["Martine Favre"]) + "\"Anne R.\",\"Peut-être\",\r\n"
        #expect(try PollScenario.framadate(text, voters: ["Anne R.": .ignored]).answers.keys.sorted() == ["p01"])
    }

    @Test("a voter matching two participants' names is an error listing their ids") func ambiguous() {
        let twins = [PollScenario.participant("p10", "Anne Rochat"), PollScenario.participant("p11", "anne  rochat")]
        let rendered = PollScenario.rendered { _ = try voters(["Anne Rochat"], participants: twins) }
        #expect(
            rendered == """
                sondage.csv:3:1: error: this voter's name matches participants 'p10', 'p11'; map it under `voters` \
                in the scenario.
                *************,"Oui",
                ^
                """
        )
    }

    @Test("a voter matching no participant is an error, with the nearest participant when one is near")
    func unknown() {
        let rendered = PollScenario.rendered { _ = try voters(["Martine Fabre", "Zoé Zimmermann", "Favre"]) }
        #expect(
            rendered == """
                sondage.csv:3:1: error: this voter's name matches no participant's (the nearest name is \
                participant 'p01'); map it under `voters` in the scenario, or to `ignore`.
                ***************,"Oui",
                ^
                sondage.csv:4:1: error: this voter's name matches no participant's; map it under `voters` in the \
                scenario, or to `ignore`.
                ****************,"Oui",
                ^
                sondage.csv:5:1: error: this voter's name matches no participant's (the nearest name is \
                participant 'p01'); map it under `voters` in the scenario, or to `ignore`.
                *******,"Oui",
                ^
                """
        )
    }

    @Test("two rows for one participant are an error naming both rows") func duplicate() {
        let rendered = PollScenario.rendered {
            _ = try voters(["Martine Favre", "Jean-Daniel Pittet", "martine favre"])
        }
        #expect(
            rendered == """
                sondage.csv:5:1: error: the rows on lines 3 and 5 are both participant 'p01'; keep one, or map the \
                other under `voters` to `ignore`.
                ***************,"Oui",
                ^
                """
        )
    }

    @Test("a mapping entry that matches no row, or no participant, is a file-level error without the name")
    func unusedMapping() {
        let mapping: [String: VoterTarget] = [
            "Luca B.": .participant("p07"), "Animatrice": .ignored, "Martine Favre": .participant("p7"),
        ]
        let rendered = PollScenario.rendered { _ = try voters(["Martine Favre"], mapping: mapping) }
        #expect(
            rendered == """
                sondage.csv: error: a `voters` entry mapped to `ignore` matches no row of the poll.
                sondage.csv: error: a `voters` entry mapped to p07 matches no row of the poll.
                sondage.csv: error: a `voters` entry maps to 'p7', which is not a participant id; did you mean 'p07'?
                """
        )
        #expect(!rendered.contains("Luca") && !rendered.contains("Animatrice") && !rendered.contains("Martine"))
    }
}
