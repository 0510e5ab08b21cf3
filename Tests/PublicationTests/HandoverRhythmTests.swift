import PlanDocuments
import PlanningDomain
import Publication
import Testing

/// `--rhythm` texts: what each reads as, and every malformed one with its whole message.
@Suite struct HandoverRhythmTests {
    typealias D = ReplyTestData

    /// Founding session 2 was on Tuesday 2027-03-02; the rhythm starts the day after by default.
    static let dayAfter = D.date(2027, 3, 3)

    static func time(_ hour: Int, _ minute: Int) -> LocalTime {
        guard let time = LocalTime(hour: hour, minute: minute) else { preconditionFailure("bad test time") }
        return time
    }

    struct Valid: CustomTestStringConvertible, Sendable {
        let text: String
        let rhythm: Rhythm
        var testDescription: String { text }
    }

    static let valid: [Valid] =
        [
            Valid(
                text: "every 2 weeks tuesday 19:00 120min",
                rhythm: Rhythm(every: 2, weekday: .tuesday, start: time(19, 0), durationMinutes: 120, from: dayAfter)
            ),
            Valid(
                text: "  Every week THURSDAY 9:30 1h30  ",
                rhythm: Rhythm(every: 1, weekday: .thursday, start: time(9, 30), durationMinutes: 90, from: dayAfter)
            ),
            Valid(
                text: "every 3 weeks monday 18:15 90 min until 2027-12-20 from 2027-04-01",
                rhythm: Rhythm(
                    every: 3,
                    weekday: .monday,
                    start: time(18, 15),
                    durationMinutes: 90,
                    from: D.date(2027, 4, 1),
                    until: D.date(2027, 12, 20)
                )
            ),
            Valid(
                text: "every 4 weeks saturday 10:00 2h from 2027-03-06 until 2027-03-06",
                rhythm: Rhythm(
                    every: 4,
                    weekday: .saturday,
                    start: time(10, 0),
                    durationMinutes: 120,
                    from: D.date(2027, 3, 6),
                    until: D.date(2027, 3, 6)
                )
            ),
        ] + fortnightly

    /// Every two weeks on Thursday at 19:30 for two hours until 16 December 2027, as each language writes it.
    static let fortnightly: [Valid] = [
        "tous les 15 jours le jeudi 19h30, 2 h, jusqu'au 16 décembre 2027",
        "toutes les deux semaines, le jeudi de 19h30 à 21h30, jusqu’au 16.12.2027",
        "une semaine sur deux le jeudi à 19 h 30, 2 heures, jusqu'au jeudi 16 décembre 2027",
        "alle 2 Wochen am Donnerstag 19.30, 2 Std., bis 16. Dezember 2027",
        "alle 14 Tage donnerstags um 19.30 Uhr, 120 Minuten, bis 16.12.27",
        "jede zweite Woche am Do von 19.30 bis 21.30 Uhr bis zum 16. Dez. 2027",
        "ogni 2 settimane il giovedì alle 19:30, 2 ore, fino al 16 dicembre 2027",
        "ogni quindici giorni di giovedì dalle 19:30 alle 21:30 fino al 2027-12-16",
        "every 2 weeks on Thursday 19:30, 2h, until 16 December 2027",
        "every other week on Thursdays at 7:30 pm, 2 hours, until December 16, 2027",
        "fortnightly thu 19:30 2 hours until 2027-12-16",
    ].map { text in
        Valid(
            text: text,
            rhythm: Rhythm(
                every: 2,
                weekday: .thursday,
                start: time(19, 30),
                durationMinutes: 120,
                from: dayAfter,
                until: D.date(2027, 12, 16)
            )
        )
    }

    /// The examples `entraide handover --help` gives.
    @Test(
        "The examples of the help",
        arguments: [
            "every 2 weeks on Tuesday 19:00, 2h, until 21 December 2027",
            "tous les 15 jours le mardi 19h, 2 h, jusqu'au 21 décembre 2027",
            "alle 2 Wochen am Dienstag 19 Uhr, 2 Std., bis 21.12.2027",
            "ogni 2 settimane il martedì alle 19:00, 2 ore, fino al 21 dicembre 2027",
        ]
    )
    func helpExamples(_ text: String) throws {
        let expected = Rhythm(
            every: 2,
            weekday: .tuesday,
            start: Self.time(19, 0),
            durationMinutes: 120,
            from: Self.dayAfter,
            until: D.date(2027, 12, 21)
        )
        #expect(try Rhythm.parse(text, from: Self.dayAfter) == expected)
    }

    @Test("Each way of writing a rhythm", arguments: valid)
    func parses(_ valid: Valid) throws {
        #expect(try Rhythm.parse(valid.text, from: Self.dayAfter) == valid.rhythm)
    }

    @Test("The description reads back as the same rhythm")
    func roundTrip() throws {
        for valid in Self.valid {
            #expect(try Rhythm.parse(valid.rhythm.description, from: D.date(2000, 1, 1)) == valid.rhythm)
        }
    }

    @Test("The first meeting is the first weekday from the start; meetings fall every N weeks up to the end")
    func meetings() {
        let rhythm = Rhythm(
            every: 2,
            weekday: .tuesday,
            start: Self.time(19, 0),
            durationMinutes: 120,
            from: Self.dayAfter,
            until: D.date(2027, 4, 6)
        )
        #expect(rhythm.firstDate == D.date(2027, 3, 9))
        let days = (0..<60).map { Self.dayAfter.adding(days: $0) }.filter(rhythm.hasMeeting(on:))
        #expect(days == [D.date(2027, 3, 9), D.date(2027, 3, 23), D.date(2027, 4, 6)])
        let fromTuesday = Rhythm(
            every: 1,
            weekday: .tuesday,
            start: Self.time(19, 0),
            durationMinutes: 60,
            from: D.date(2027, 3, 9)
        )
        #expect(fromTuesday.firstDate == D.date(2027, 3, 9))
    }

}
