import AvailabilityImport
import PlanningDomain
import PlanningInput
import Testing

/// A grid's id column holds ids; a name typed there is never repeated in a message, and every "did you mean"
/// stays bounded whatever is typed.
@Suite struct GridDiscretionTests {
    @Test(
        "A name in the id column is masked, not quoted",
        arguments: ["Martine Favre", "Martine", "favre", "martine.favre@example.ch", "Léa"]
    )
    func nameMasked(_ name: String) {
        let rendered = PollScenario.rendered { _ = try PollScenario.grid("participant;info-0112\n\(name);oui\n") }
        let masked = String(repeating: "*", count: name.unicodeScalars.count)
        #expect(
            rendered.contains("grille.csv:2:1: error: this row's id is not a participant id and may be a person's name")
        )
        #expect(rendered.contains("\n\(masked);oui\n^"))
        for word in name.split(whereSeparator: { " .@".contains($0) }) where word.count > 2 {
            #expect(!rendered.contains(word), "\(word) in \(rendered)")
        }
    }

    @Test func aNameThatIsOneParticipantsSaysWhose() {
        let rendered = PollScenario.rendered { _ = try PollScenario.grid("participant;info-0112\nMartine Favre;oui\n") }
        #expect(
            rendered == """
                grille.csv:2:1: error: this row's id is not a participant id and may be a person's name (it looks \
                like the name of participant 'p01'); write the participant's id (such as p01), never a name.
                *************;oui
                ^
                """
        )
    }

    @Test func anIdThatIsNoNameIsQuotedWithTheNearestId() {
        let rendered = PollScenario.rendered { _ = try PollScenario.grid("participant;info-0112\np7;oui\n") }
        #expect(rendered.hasPrefix("grille.csv:2:1: error: 'p7' is not a participant id; did you mean 'p07'?"))
    }

    /// 2,000 candidates, and a heading of 10,000 characters: refused at once, the work bounded by construction.
    @Test func aLongUnknownHeadingComparesNothing() throws {
        let day = try #require(LocalDate(year: 2027, month: 1, day: 4))
        let candidates = (0..<2000).map { index in
            CandidateSlot(
                id: CandidateSlot.ID("f1-\(index)-grand-pont-anne-\(String(repeating: "x", count: index % 40))"),
                kind: .founding1,
                start: day.adding(days: index / 4).atMinute(1080 + 30 * (index % 4)),
                durationMinutes: 120,
                venue: "grand-pont",
                facilitator: "anne"
            )
        }
        let heading = String(repeating: "f1-grand-pont", count: 770)
        #expect(heading.count > 10_000)
        let search = Suggestion.search(for: heading, among: candidates.map(\.id.rawValue))
        #expect(search.word == nil)
        #expect(search.compared == 0)
        #expect(search.cells == 0)
        let error = try #require(throws: ScenarioErrors.self) {
            try GridPoll.answers(
                in: Array("participant;\(heading)\np01;oui\n".utf8),
                file: "grille.csv",
                participants: PollScenario.participants,
                candidates: candidates
            )
        }
        #expect(error.errors.map(\.code) == [.unknownSlot])
        #expect(error.errors[0].message.contains("… (10010 characters)' is neither a candidate slot id nor a date"))
    }

    /// A typo of an id of 60 characters against 2,000 ids: the nearest is found, and at most a band of each
    /// table is computed.
    @Test func aTypoAmongManyIdsIsFoundWithBoundedWork() {
        let ids = (0..<2000).map { "f1-2027\(String(1000 + $0))-1830-maison-de-quartier-du-centre-claire-monnier" }
        let typo = "f1-20271234-1830-maison-de-quartier-du-centre-clarie-monnier"
        let search = Suggestion.search(for: typo, among: ids)
        #expect(search.word == "f1-20271234-1830-maison-de-quartier-du-centre-claire-monnier")
        // Each comparison computes at most a band of width 2 × limit + 1 around the diagonal, limit being half
        // the length; and no more than `mostCompared` candidates are compared.
        let length = typo.count
        #expect(search.compared <= Suggestion.mostCompared)
        #expect(search.cells <= search.compared * length * (2 * (length / 2) + 1))
    }
}
