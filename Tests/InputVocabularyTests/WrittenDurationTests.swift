import InputVocabulary
import Testing

/// Lengths of time in the four languages.
@Suite struct WrittenDurationTests {
    @Test(
        "Two hours",
        arguments: [
            "2 h", "2h", "2 heures", "2 Std.", "2 Stunden", "2 ore", "2 hours", "120 min", "120min", "120 Minuten",
            "120 minuti",
        ]
    )
    func twoHours(_ text: String) {
        #expect(WrittenDuration.minutes(text) == 120)
    }

    @Test(
        "An hour and a half",
        arguments: ["1h30", "1 h 30", "1 Std. 30 Min.", "1 hour 30 minutes", "1.5 h", "1,5 Std.", "90 min"]
    )
    func ninetyMinutes(_ text: String) {
        #expect(WrittenDuration.minutes(text) == 90)
    }

    @Test("Not durations", arguments: ["two hours", "2", "h", "1h75", "2 jours", ""])
    func notDurations(_ text: String) {
        #expect(WrittenDuration.minutes(text) == nil)
    }
}
