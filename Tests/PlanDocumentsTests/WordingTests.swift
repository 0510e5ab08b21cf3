import PlanDocuments
import PlanningDomain
import Testing

@Suite struct WordingTests {
    let slot: CandidateSlot

    init() throws {
        slot = CandidateSlot(
            id: "info",
            kind: .information,
            start: LocalDateTime(
                date: try #require(LocalDate(year: 2027, month: 1, day: 12)),
                time: try #require(LocalTime(hour: 18, minute: 30))
            ),
            durationMinutes: 120,
            venue: "v",
            facilitator: "f"
        )
    }

    @Test func frenchDatesReadAsAPersonWritesThem() {
        let wording = Wording(.french)
        #expect(wording.range(slot) == "mardi 12 janvier 2027, 18 h 30 – 20 h 30")
        #expect(wording.time(LocalTime(hour: 19, minute: 0)!) == "19 h")
        #expect(wording.halves(55) == "27,5")
        #expect(wording.halves(54) == "27")
        #expect(wording.title(of: .founding2) == "Deuxième séance de fondation")
    }

    @Test func englishDates() {
        let wording = Wording(.english)
        #expect(wording.range(slot) == "Tuesday 12 January 2027, 18:30 – 20:30")
        #expect(wording.halves(55) == "27.5")
    }

    @Test func languagesWithoutACatalogueFallBackToFrench() {
        #expect(Wording(.italian).language == .french)
        #expect(Wording(.italian).title(of: .information) == "Séance d'information")
    }

    @Test func everyKeyExistsInEveryCatalogue() {
        let keys = [
            "explain.title", "explain.continuity", "loss.continuity", "infeasible.sequenceQuorum",
            "exclusion.stepFreeAccess", "event.description", "event.reminder",
        ]
        for language in Wording.availableLanguages {
            let wording = Wording(language)
            for key in keys { #expect(wording.text(key) != key, "\(language): \(key) missing") }
        }
    }
}
