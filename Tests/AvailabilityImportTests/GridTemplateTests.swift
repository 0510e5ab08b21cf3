import AvailabilityImport
import Foundation
import InputVocabulary
import PlanningDomain
import PlanningInput
import Testing

/// `entraide grid`'s empty grid: columns by date and time in the staff member's language, one row per
/// participant id, and what it reads back as once filled in.
@Suite struct GridTemplateTests {
    private func nyon() throws -> Scenario { try ScenarioLoaderTests.nyon.get().scenario }

    private func read(_ bytes: [UInt8], _ scenario: Scenario) throws -> PollAnswers {
        try GridPoll.answers(
            in: bytes,
            file: "grille.csv",
            participants: scenario.participants,
            candidates: scenario.candidates,
            venues: scenario.venues,
            facilitators: scenario.facilitators
        )
    }

    @Test("Filled in and read back, in each language", arguments: [Language.french, .german, .italian, .english])
    func roundTrip(_ language: Language) throws {
        let scenario = try nyon()
        let template = GridTemplate(scenario: scenario, language: language)
        let bytes = template.bytes
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(GridTemplate.isUntouched(bytes))
        #expect(GridPoll.isGrid(bytes))
        #expect(try read(bytes, scenario).answers.isEmpty)

        // Each occasion (start, room, facilitator) is one column, in time order.
        func occasion(_ slot: CandidateSlot) -> String { "\(slot.start) \(slot.venue) \(slot.facilitator)" }
        let occasions = scenario.candidates
            .sorted {
                ($0.start.wallMinutes, $0.venue.rawValue, $0.facilitator.rawValue)
                    < ($1.start.wallMinutes, $1.venue.rawValue, $1.facilitator.rawValue)
            }
            .map(occasion)
            .reduce(into: [String]()) { list, name in if list.last != name { list.append(name) } }
        #expect(template.headings.count == occasions.count)
        let words = try #require(AnswerWords.all.words(in: language))
        let choices: [(String, Availability)] = [
            (words.yes[0], .yes), (words.ifNeedBe[0], .ifNeedBe), (words.no[0], .no),
        ]
        var lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        var expected: [Participant.ID: [CandidateSlot.ID: Availability]] = [:]
        for (row, participant) in scenario.participants.enumerated() {
            let line = 2 + row
            #expect(lines[line] == participant.id.rawValue)
            for column in occasions.indices {
                let (word, answer) = choices[(row + column) % 3]
                lines[line] += ";" + word
                for slot in scenario.candidates where occasion(slot) == occasions[column] {
                    expected[participant.id, default: [:]][slot.id] = answer
                }
            }
        }
        let filled = [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8)
        #expect(try read(filled, scenario).answers == expected)
        #expect(!GridTemplate.isUntouched(filled))
    }

    @Test func headingsAreDatesAndTimesAsStaffReadThem() throws {
        let scenario = try nyon()
        let french = GridTemplate(scenario: scenario, language: .french).headings
        #expect(french.first == "lun. 11.01.2027 19h00")
        #expect(french.contains("jeu. 04.02.2027 18h30 paroisse marc"))
        #expect(french.contains("mar. 02.02.2027 18h30 paroisse"))
        #expect(GridTemplate(scenario: scenario, language: .german).headings.first == "Mo. 11.01.2027 19.00")
        #expect(GridTemplate(scenario: scenario, language: .italian).headings.first == "lun 11.01.2027 19:00")
        #expect(GridTemplate(scenario: scenario, language: .english).headings.first == "Mon 2027-01-11 19:00")
    }

    @Test func theFirstLineMarksTheGridAndSaysHowToFillItIn() throws {
        let bytes = GridTemplate(scenario: try nyon(), language: .french).bytes
        let first = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")[0]
        #expect(
            first == "#entraide-grid parents-ados-nyon;Une réponse par case (oui, si besoin, non), case vide : pas de "
                + "réponse."
        )
    }

    @Test func onlyAnUntouchedGridOfEntraideMayBeReplaced() {
        #expect(!GridTemplate.isUntouched(Array("participant;info-0112\np01;\n".utf8)))
        #expect(GridTemplate.isUntouched(Array("#entraide-grid g;x\nparticipant;info-0112\np01;\n".utf8)))
        #expect(!GridTemplate.isUntouched(Array("#entraide-grid g;x\nparticipant;info-0112\np01;oui\n".utf8)))
        #expect(!GridTemplate.isUntouched(Array("#entraide-grid g\nnom;info-0112\n".utf8)))
        #expect(!GridTemplate.isUntouched(Array("organisation:\n  name: x\n".utf8)))
        #expect(!GridTemplate.isUntouched([0xFF, 0xFE, 0x00]))
        // Excel re-saves the marker line with a separator per column.
        #expect(GridTemplate.isUntouched(Array("#entraide-grid g;Une réponse;;\r\nparticipant;a;b\r\np01;;\r\n".utf8)))
    }
}
