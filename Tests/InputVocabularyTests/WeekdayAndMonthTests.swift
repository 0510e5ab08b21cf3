import InputVocabulary
import PlanningDomain
import Testing

/// Weekdays and months in the four languages, with their usual short forms.
@Suite struct WeekdayAndMonthTests {
    static let thursdays = [
        "thursday", "Thursday", "thu", "Thurs", "jeudi", "Jeudi", "jeu.", "Donnerstag", "Do", "Do.", "donnerstags",
        "giovedì", "giovedi", "gio",
    ]

    @Test("Thursday in every language", arguments: thursdays)
    func thursday(_ text: String) {
        #expect(WeekdayWords.weekday(text) == .thursday)
    }

    @Test func everyDayHasItsNameInEachLanguage() {
        for language in [Language.french, .german, .italian, .english] {
            for day in Weekday.allCases {
                #expect(WeekdayWords.weekday(WeekdayWords.name(of: day, in: language)) == day)
                #expect(WeekdayWords.weekday(WeekdayWords.abbreviation(of: day, in: language)) == day)
            }
        }
        #expect(WeekdayWords.name(of: .tuesday, in: .french) == "mardi")
        #expect(WeekdayWords.abbreviation(of: .tuesday, in: .german) == "Di.")
    }

    @Test("Not weekdays", arguments: ["mardy", "weekend", "", "lundimardi"])
    func notWeekdays(_ text: String) {
        #expect(WeekdayWords.weekday(text) == nil)
    }

    @Test func everyMonthHasItsNameInEachLanguage() {
        for language in [Language.french, .german, .italian, .english] {
            for month in 1...12 { #expect(MonthWords.month(MonthWords.name(of: month, in: language)) == month) }
        }
        #expect(MonthWords.month("déc.") == 12)
        #expect(MonthWords.month("Dez") == 12)
        #expect(MonthWords.month("Jänner") == 1)
        #expect(MonthWords.month("févr.") == 2)
        #expect(MonthWords.month("août") == 8)
        #expect(MonthWords.month("Sept") == 9)
        #expect(MonthWords.month("brumaire") == nil)
    }
}
