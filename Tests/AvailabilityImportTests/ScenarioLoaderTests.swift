import AvailabilityImport
import Foundation
import PlanningDomain
import PlanningInput
import Testing

/// The loader on the shipped examples: holidays, polls, habits and calendars merged in the documented order.
@Suite struct ScenarioLoaderTests {
    /// `Resources/Examples/<name>`, found from this file's path.
    static func example(_ name: String, filePath: String = #filePath) -> String {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/Examples/\(name)").path
    }

    static let nyon = Result { () throws(ScenarioErrors) in
        try ScenarioLoader().load(contentsOf: example("parents-ados-nyon/scenario.yaml"))
    }

    private func nyon() throws -> LoadedScenario { try Self.nyon.get() }

    private func answer(_ participant: Participant.ID, _ slot: CandidateSlot.ID) throws -> Availability? {
        try #require(try nyon().scenario.participant(participant)).answers[slot]
    }

    // MARK: - Holidays

    @Test func theCantonsHolidaysBecomeClosures() throws {
        let loaded = try ScenarioLoader().load(contentsOf: Self.example("proches-aidants-lausanne.yaml"))
        // The Vaud public holidays of 2027, from the canton's law (not from our generated file).
        let expected = [
            "2027-01-01", "2027-01-02", "2027-03-26", "2027-03-29", "2027-05-06", "2027-05-17", "2027-08-01",
            "2027-09-20", "2027-12-25",
        ]
        let holidays = loaded.scenario.closures.filter { $0.reason != "Fermeture du centre pendant les relâches" }
        #expect(holidays.map(\.from.description) == expected)
        #expect(holidays.allSatisfy { $0.from == $0.to && $0.reason?.isEmpty == false })
        #expect(loaded.report.holidayCanton == "VD")
        #expect(loaded.report.holidayDays == 9)
    }

    @Test func cantonNoneAddsNoHoliday() throws {
        var document = try ScenarioReader().document(contentsOf: Self.example("proches-aidants-lausanne.yaml"))
        document.sources.canton = nil
        let loaded = try ScenarioLoader().load(document)
        #expect(loaded.scenario.closures.count == 1)
        #expect(loaded.report.holidayCanton == nil)
    }

    @Test func genevaHasItsOwnHolidays() throws {
        var document = try ScenarioReader().document(contentsOf: Self.example("proches-aidants-lausanne.yaml"))
        document.sources.canton = Canton(code: "GE")
        let dates = try ScenarioLoader().load(document).scenario.closures.map(\.from.description)
        #expect(dates.contains("2027-09-09"))  // Jeûne genevois
        #expect(!dates.contains("2027-01-02"))  // no Saint-Berchtold in Geneva
    }

    // MARK: - Precedence

    @Test func anAnswerInTheScenarioBeatsThePoll() throws {
        // p10 answered no to the Saturday in the poll, then yes on the phone (written in the scenario).
        #expect(try answer("p10", "info-0123") == .yes)
    }

    @Test func aLaterPollBeatsAnEarlierOne() throws {
        // p03 said yes to 18 January in Framadate; the phone grid, listed after it, says no.
        #expect(try answer("p03", "info-0118") == .no)
        // An empty grid cell leaves the Framadate answer.
        #expect(try answer("p03", "info-0111") == .yes)
    }

    @Test func votersAreMatchedByNameOrByTheMapping() throws {
        #expect(try answer("p01", "info-0114") == .ifNeedBe)  // "Nathalie Berthoud"
        #expect(try answer("p03", "info-0120") == .ifNeedBe)  // "Sandrine DUFAUX"
        #expect(try answer("p04", "info-0118") == .no)  // "JM Rochat", mapped to p04
    }

    @Test func aPollAnswerBeatsHabitsAndCalendars() throws {
        // p05's calendar has her choir on Tuesdays at 18:30 from February only; in January, the poll counts.
        #expect(try answer("p05", "info-0113") == .ifNeedBe)
    }

    // MARK: - Derived answers

    @Test func aWeeklyCalendarSeriesMakesEveryTuesdayBusy() throws {
        #expect(try answer("p05", "f1-20270202-1830-maison-quartier-marc") == .no)
        #expect(try answer("p05", "f1-20270223-1900-maison-quartier-marc") == .no)
    }

    @Test func aCancelledOccurrenceFreesItsEvening() throws {
        #expect(try answer("p05", "f2-20270309-1830-maison-quartier-marc") == .yes)
    }

    @Test func aTentativeFloatingEventIsIfNeedBe() throws {
        #expect(try answer("p05", "f1-20270225-1900-maison-quartier-marc") == .ifNeedBe)
    }

    @Test func aHabitAloneGivesYesInsideAndNoOutside() throws {
        #expect(try answer("p08", "f1-20270211-1900-maison-quartier-marc") == .yes)  // Thursday 18:30–22:00
        #expect(try answer("p08", "f1-20270209-1900-maison-quartier-marc") == .no)  // a Tuesday
        #expect(try answer("p02", "f1-20270211-1830-maison-quartier-marc") == .yes)
    }

    @Test func aDayAwayIsNo() throws {
        #expect(try answer("p03", "f2-20270225-1900-maison-quartier-marc") == .no)
    }

    @Test func anAllDayEventInAGoogleCalendarIsBusyAllDay() throws {
        #expect(try answer("p01", "f2-20270304-1900-maison-quartier-claire") == .no)
    }

    // MARK: - Staff, venues and generated candidates

    @Test func theOutlookSeriesMakesClaireBusyOnTuesdays() throws {
        let ids = Set(try nyon().scenario.candidates.map(\.id))
        #expect(!ids.contains("f1-20270202-1830-maison-quartier-claire"))
        #expect(ids.contains("f1-20270202-1830-maison-quartier-marc"))
        // 16 February is an EXDATE of the series, but the centre is closed (relâches): dropped all the same.
        #expect(!ids.contains("f1-20270216-1830-maison-quartier-claire"))
    }

    @Test func claireIsAwayTheWeekOfHerTraining() throws {
        let ids = Set(try nyon().scenario.candidates.map(\.id))
        #expect(!ids.contains("f2-20270311-1830-maison-quartier-claire"))
        #expect(ids.contains("f2-20270311-1830-maison-quartier-marc"))
    }

    @Test func aBookedVenueDropsTheCandidateAndACancelledBookingDoesNot() throws {
        let ids = Set(try nyon().scenario.candidates.map(\.id))
        #expect(!ids.contains("f1-20270208-1900-maison-quartier-marc"))  // Monday choir
        #expect(ids.contains("f1-20270208-1900-paroisse-marc"))
    }

    @Test func holidaysAndClosuresDropGeneratedCandidates() throws {
        let dates = Set(try nyon().scenario.candidates.map(\.date.description))
        #expect(!dates.contains("2027-05-06"))  // Ascension
        #expect(!dates.contains("2027-05-17"))  // Whit Monday
        #expect(!dates.contains("2027-02-15"))  // relâches
        #expect(dates.contains("2027-05-13"))  // the Thursday after Ascension
    }

    @Test func theReportCountsEverySource() throws {
        let report = try nyon().report
        #expect(report.answers[.scenario] == 1)
        #expect(report.filesRead == 6)
        #expect(report.unmatchedPollColumns == ["sondage-information.csv: 25/01/2027 19h00"])
        let scenario = try nyon().scenario
        #expect(report.generatedCandidates == scenario.candidates.count - 6)
        let answered = scenario.participants.reduce(0) { $0 + $1.answers.count }
        #expect(report.answers.values.reduce(0, +) == answered)
    }
}
