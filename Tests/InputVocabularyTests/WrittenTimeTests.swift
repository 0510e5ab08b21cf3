import InputVocabulary
import PlanningDomain
import Testing

/// Times as staff write them, in every language, and what is not a time.
@Suite struct WrittenTimeTests {
    @Test(
        "Each way of writing 18:30",
        arguments: ["18:30", "18.30", "18h30", "18 h 30", "18H30", "18.30 Uhr", "18:30 h", "6:30 pm", "6.30 p.m."]
    )
    func halfPastSix(_ text: String) {
        #expect(WrittenTime.time(text) == LocalTime(hour: 18, minute: 30))
    }

    @Test("Whole hours", arguments: ["19h", "19 h", "19 Uhr", "19:00", "7pm", "7 PM"])
    func seven(_ text: String) {
        #expect(WrittenTime.time(text) == LocalTime(hour: 19, minute: 0))
    }

    @Test("Not times", arguments: ["19", "1830", "18:3", "soir", "", "18h30 soir", "18-30"])
    func notTimes(_ text: String) {
        #expect(WrittenTime.read(text) == nil)
    }

    @Test("Written like a time, but no such time", arguments: ["25h", "18:75", "24:00", "13 pm"])
    func nonexistent(_ text: String) {
        #expect(WrittenTime.read(text) == .nonexistent)
    }
}
