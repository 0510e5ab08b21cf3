import InputVocabulary
import PlanningDomain
import Testing

@testable import AvailabilityImport

@Suite struct PollMomentTests {
    private static func time(_ hour: Int, _ minute: Int) -> PollMoment? {
        LocalTime(hour: hour, minute: minute).map { .time($0) }
    }

    @Test(
        "a moment starting with a time is read as that start",
        arguments: [
            ("18h30", time(18, 30)), ("18:30", time(18, 30)), ("18.30", time(18, 30)), ("18h", time(18, 0)),
            ("19 h 30", time(19, 30)), ("18:30-20:00", time(18, 30)), ("18h30 - 20h", time(18, 30)),
            ("8h", time(8, 0)), ("9h30 à 12h", time(9, 30)), ("18H30", time(18, 30)), ("6:30 pm", time(18, 30)),
            ("10am", time(10, 0)), ("12 p.m.", time(12, 0)), ("12am", time(0, 0)), ("14:00 (salle B)", time(14, 0)),
            ("19", time(19, 0)), ("18-20", time(18, 0)), (" 7h45 ", time(7, 45)), ("00:00", time(0, 0)),
        ] as [(String, PollMoment?)]
    )
    func times(_ text: String, _ expected: PollMoment?) {
        #expect(PollMoment(text) == expected)
    }

    @Test(
        "a part of the day in any of the four languages, or nothing for the whole day",
        arguments: [
            ("matin", .morning), ("Matinée", .morning), ("morning", .morning), ("Vormittag", .morning),
            ("mattina", .morning), ("après-midi", .afternoon), ("apres midi", .afternoon), ("Afternoon", .afternoon),
            ("Nachmittag", .afternoon), ("pomeriggio", .afternoon), ("soir", .evening), ("SOIRÉE", .evening),
            ("evening", .evening), ("Abend", .evening), ("sera", .evening), ("", .wholeDay), ("  ", .wholeDay),
            ("journée", .wholeDay), ("all day", .wholeDay),
        ] as [(String, PollMoment.PartOfDay)]
    )
    func parts(_ text: String, _ part: PollMoment.PartOfDay) {
        #expect(PollMoment(text) == .part(part))
    }

    @Test(
        "anything else is unreadable",
        arguments: [
            "bientôt", "25h", "18h3", "18h300", "1830", "18:3", "13pm", "18h30x", "h30", "midi et demi", "18:60",
        ]
    )
    func unreadable(_ text: String) {
        #expect(PollMoment(text) == nil)
    }

    @Test("parts of the day cover start times: morning before 12:00, afternoon to 17:59, evening from 18:00")
    func partBounds() throws {
        let times = try [(11, 59), (12, 0), (17, 59), (18, 0)].map { try #require(LocalTime(hour: $0.0, minute: $0.1)) }
        #expect(times.map(PollMoment.PartOfDay.morning.contains) == [true, false, false, false])
        #expect(times.map(PollMoment.PartOfDay.afternoon.contains) == [false, true, true, false])
        #expect(times.map(PollMoment.PartOfDay.evening.contains) == [false, false, false, true])
        #expect(times.allSatisfy(PollMoment.PartOfDay.wholeDay.contains))
    }

    @Test(
        "names are normalised: case, accents, punctuation and runs of white space",
        arguments: [
            ("Jean-Daniel  PITTET", "jean daniel pittet"), ("Noémie\r\nCRÉTEGNY", "noemie cretegny"),
            ("Anne-Sophie Müller", "anne sophie muller"), ("Zoë d’Œuf-Łukasz", "zoe d oeuf lukasz"),
            ("Le\u{301}a", "lea"), ("  O'Brien, Seán ", "o brien sean"),
        ]
    )
    func names(_ name: String, _ normalised: String) {
        #expect(WrittenText.normalised(name) == normalised)
    }
}
