import PlanningDomain
import PlanningInput
import Testing

/// The scenario in staff's own words: answers, dates, times and weekdays in French, German, Italian and
/// English, read by the one vocabulary every reader shares.
@Suite struct ScenarioVocabularyTests {
    private func scenario(_ replacements: Replacement...) throws -> Scenario {
        try ScenarioReader().read(yaml: ScenarioFixtures.minimal(replacing: replacements), fileName: "scenario.yaml")
    }

    struct Words: Sendable, CustomTestStringConvertible {
        let yes: String
        let ifNeedBe: String
        let no: String
        var testDescription: String { "\(yes), \(ifNeedBe), \(no)" }
    }

    @Test(
        "Answers in each language",
        arguments: [
            Words(yes: "oui", ifNeedBe: "si besoin", no: "non"),
            Words(yes: "Oui", ifNeedBe: "si nécessaire", no: "NON"),
            Words(yes: "ja", ifNeedBe: "falls nötig", no: "nein"),
            Words(yes: "sì", ifNeedBe: "se necessario", no: "no"),
            Words(yes: "yes", ifNeedBe: "if need be", no: "no"),
        ]
    )
    func answers(_ words: Words) throws {
        let read = try scenario(
            "answers: {info-0112: yes, f1-0126: if-need-be, f2-0209: yes}"
                => "answers: {info-0112: \(words.yes), f1-0126: \(words.ifNeedBe), f2-0209: \(words.no)}"
        )
        #expect(read.participant("p01")?.answers == ["info-0112": .yes, "f1-0126": .ifNeedBe, "f2-0209": .no])
    }

    @Test(
        "9 February 2027, as each language writes it",
        arguments: [
            "09.02.2027", "9.2.27", "9 février 2027", "mardi 9 février 2027", "9. Februar 2027", "Di. 09.02.2027",
            "9 febbraio 2027", "9 February 2027", "\"February 9, 2027\"", "2027-02-09", "\"9.2.2027\"",
        ]
    )
    func dates(_ written: String) throws {
        let read = try scenario("date: 2027-02-09" => "date: \(written)")
        #expect(read.candidates.first { $0.id == "f2-0209" }?.date == LocalDate(year: 2027, month: 2, day: 9))
    }

    @Test(
        "Half past six in the evening",
        arguments: ["18h30", "18 h 30", "18.30", "\"18:30\"", "6:30 pm", "18:30 Uhr"]
    )
    func times(_ written: String) throws {
        let read = try scenario("date: 2027-01-12, start: \"18:30\"" => "date: 2027-01-12, start: \(written)")
        #expect(read.candidates.first { $0.id == "info-0112" }?.start.time == LocalTime(hour: 18, minute: 30))
    }

    @Test(
        "Weekly habits in each language",
        arguments: [
            "tuesday 18:00-21:30", "mardi 18h-21h30", "mardi de 18h à 21h30", "Dienstag 18.00–21.30",
            "Di von 18 Uhr bis 21.30 Uhr", "martedì dalle 18:00 alle 21:30", "Tue 6 pm - 9:30 pm",
        ]
    )
    func weekly(_ habit: String) throws {
        let document = try ScenarioReader().document(
            yaml: ScenarioFixtures.minimal(replacing: [
                "answers: {info-0112: yes, f1-0126: no}"
                    => "answers: {info-0112: yes, f1-0126: no}\n    weekly: [\"\(habit)\"]"
            ]),
            fileName: "scenario.yaml"
        )
        #expect(document.sources.participants["p02"]?.weekly.map(\.description) == ["tuesday 18:00-21:30"])
    }

    @Test func aWindowInFrenchOrGerman() throws {
        for (weekdays, starts) in [("[mardi, jeu.]", "[\"18h30\"]"), ("[Di, Donnerstag]", "[18.30]")] {
            let read = try scenario(
                "  founding2:\n    - {id: f2-0209" => """
                      founding2:
                        - window: {from: 2027-02-01, to: 2027-02-07}
                          weekdays: \(weekdays)
                          starts: \(starts)
                          venues: [grand-pont]
                          facilitators: [anne]
                        - {id: f2-0209
                    """
            )
            let generated = read.candidates(of: .founding2).filter { $0.id != "f2-0209" }
            #expect(
                generated.map(\.id.rawValue) == [
                    "f2-20270202-1830-grand-pont-anne", "f2-20270204-1830-grand-pont-anne",
                ]
            )
        }
    }

    @Test func closuresAndDaysAwayInOtherForms() throws {
        let read = try scenario(
            "  - 2027-02-16\n" => "  - 16.02.2027\n",
            "{from: 2027-02-15, to: 2027-02-19, reason: Relâches}"
                => "{from: 15 février 2027, to: 19.2.27, reason: Relâches}"
        )
        #expect(read.closures.map(\.from.description) == ["2027-02-16", "2027-02-15"])
        #expect(read.closures.map(\.to.description) == ["2027-02-16", "2027-02-19"])
    }
}
